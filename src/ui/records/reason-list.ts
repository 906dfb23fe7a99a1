import { useTranslation } from 'react-i18next';
import type { ProvenanceReason } from '../../engine/records/ledger';
import type { MachineWithdrawal } from '../../engine/records/machine';
import { useLocalized } from '../i18n/use-localized';

/**
 * The reasons a record is not simply genuine, in the reader's language, as one phrase. Given the
 * withdrawal of the machine that signed it (a merge plan knows it), a withdrawn source says who
 * withdrew the machine, when and why.
 */
export function useReasonText(): (
  reasons: readonly ProvenanceReason[] | undefined,
  withdrawal?: MachineWithdrawal,
) => string {
  const { t, i18n } = useTranslation();
  const { locale } = useLocalized();
  const separator = i18n.language.startsWith('zh') ? '；' : '; ';
  const textOf = (reason: ProvenanceReason, withdrawal: MachineWithdrawal | undefined) => {
    if (reason !== 'withdrawn-source') return t(`provenance.reasons.${reason}`);
    if (!withdrawal) return t('machineWithdraw.reason');
    const { by, at, why } = withdrawal;
    return t('machineWithdraw.reasonDetailed', {
      by,
      at: new Date(at).toLocaleDateString(locale),
      why,
    });
  };
  return (reasons, withdrawal) => (reasons ?? []).map((r) => textOf(r, withdrawal)).join(separator);
}
