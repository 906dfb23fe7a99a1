import { useTranslation } from 'react-i18next';
import type { ReplyMode } from '../../engine/detect/typed-reply';
import type { CaseKind } from '../../engine/scenario-schema';

/** What a history row tells of the case a call was on. */
export interface CaseShape {
  kind: CaseKind;
  /** Contacts the case spans; 1 for one call. */
  stages: number;
}

interface Props {
  replyMode?: ReplyMode | undefined;
  /** Undefined when the case is no longer on this machine: only the call's own mode is told. */
  shape: CaseShape | undefined;
}

/**
 * How a call was played, beside its title in the history: a written reply is a letter (so it never
 * reads as a call), a call said in the trainee's own words is marked, and a complaint that spanned
 * several contacts says how many — one attempt, one row.
 */
export function CallTags({ replyMode, shape }: Props) {
  const { t } = useTranslation();
  const letter = shape?.kind === 'written-reply';
  const stages = shape && shape.stages > 1 ? shape.stages : 0;
  if (!letter && replyMode !== 'type' && !stages) return null;
  return (
    <span className="history-tags">
      {letter && <span className="tag tag-letter">{t('writtenReply.tag')}</span>}
      {replyMode === 'type' && (
        <span className="tag tag-typed">{t('typedReply.call.modeTag')}</span>
      )}
      {stages > 0 && (
        <span className="tag tag-stages">
          {t('typedAndStagedReports.history.stages', { count: stages })}
        </span>
      )}
    </span>
  );
}
