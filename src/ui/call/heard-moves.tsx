import { useTranslation } from 'react-i18next';
import type { Behaviour } from '../../engine/behaviours';
import { BEHAVIOUR_GROUPS } from '../../engine/authoring/behaviour-groups';

const MISTAKES: readonly Behaviour[] = BEHAVIOUR_GROUPS.mistakes;

/**
 * What the detector hears in the reply being typed, so the trainee sees how the grader reads their
 * words before sending them. Moves to avoid are listed apart and marked with a sign, not by colour.
 */
export function HeardMoves({ behaviours }: { behaviours: readonly Behaviour[] }) {
  const { t } = useTranslation();
  const good = behaviours.filter((b) => !MISTAKES.includes(b));
  const bad = behaviours.filter((b) => MISTAKES.includes(b));
  const label = (b: Behaviour) => t(`author.behaviour.${b}`);
  return (
    <div className="heard" aria-live="polite">
      <span className="hint">{t('typedReply.call.heard')}</span>
      {behaviours.length === 0 ? (
        <span className="hint"> {t('typedReply.call.heardNone')}</span>
      ) : (
        <>
          {good.length > 0 && (
            <ul className="heard-list" aria-label={t('typedReply.call.heardGood')}>
              {good.map((b) => (
                <li key={b} className="heard-move heard-good">
                  <span aria-hidden="true">＋</span>
                  {label(b)}
                </li>
              ))}
            </ul>
          )}
          {bad.length > 0 && (
            <ul className="heard-list" aria-label={t('typedReply.call.heardBad')}>
              {bad.map((b) => (
                <li key={b} className="heard-move heard-bad">
                  <span aria-hidden="true">－</span>
                  {label(b)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
