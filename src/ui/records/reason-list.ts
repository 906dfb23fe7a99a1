import { useTranslation } from 'react-i18next';
import type { ProvenanceReason } from '../../engine/records/ledger';

/** The reasons a record is not simply genuine, in the reader's language, as one phrase. */
export function useReasonText(): (reasons: readonly ProvenanceReason[] | undefined) => string {
  const { t, i18n } = useTranslation();
  const separator = i18n.language.startsWith('zh') ? '；' : '; ';
  return (reasons) => (reasons ?? []).map((r) => t(`provenance.reasons.${r}`)).join(separator);
}
