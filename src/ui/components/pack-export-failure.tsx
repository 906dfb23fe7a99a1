import { useTranslation } from 'react-i18next';

/** Why a case could not be exported: gone from this computer, or its stored parts unreadable. */
export interface PackExportProblem {
  id: string;
  title: string;
  kind: 'gone' | 'unreadable';
}

/** A case export that produced no file, said where the trainer asked for it. */
export function PackExportFailure({ problem }: { problem: PackExportProblem }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="form-error">
      {t(`packExport.${problem.kind}`, { title: problem.title })}
    </p>
  );
}
