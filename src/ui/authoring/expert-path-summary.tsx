import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { expertPathAccount } from '../../engine/authoring/test-play-explained';
import type { Scenario } from '../../engine/scenario-schema';
import { CAP_EXPLANATION } from '../../engine/scoring/outcome-caps';
import { TEACHING } from '../../engine/validation/teaching-advice';
import { RulePointsList } from '../debrief/rule-points-list';
import { useLocalized } from '../i18n/use-localized';

/**
 * The expert path's total, and when it falls short of a model answer, which rules cost it the
 * points and at which reply, and which cap held it down.
 */
export function ExpertPathSummary({ draft }: { draft: Scenario }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const id = useId();
  const account = useMemo(() => expertPathAccount(draft), [draft]);
  if (!account) return null;
  const short = account.total < TEACHING.bestAtLeast;
  return (
    <div className={`expert-path-summary${short ? ' is-short' : ''}`} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('authorGuide.expertPathTitle')}</h3>
      <p>
        {short
          ? t('authorGuide.expertPathShort', { total: account.total, aim: TEACHING.bestAtLeast })
          : t('authorGuide.expertPathGood', { total: account.total })}
      </p>
      {short && (
        <ul className="expert-losses">
          {account.losses.map((loss) => (
            <li key={`${loss.turn}/${loss.rule.id}`}>
              <span>
                {t('authorGuide.lossAt', { turn: loss.turn, node: loss.node, reply: loss.choice })}
              </span>
              <RulePointsList points={[loss.rule]} />
            </li>
          ))}
          {account.caps.map((cap) => (
            <li key={cap}>{pick(CAP_EXPLANATION[cap])}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
