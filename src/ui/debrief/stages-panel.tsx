import { useTranslation } from 'react-i18next';
import type { StagesDebrief } from '../../engine/debrief/stage-account';
import { useLocalized } from '../i18n/use-localized';

/** A complaint that spanned several contacts: each stage with its share, and each promise kept or not. */
export function StagesPanel({ account }: { account: StagesDebrief }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <section className="panel stages-panel" aria-labelledby="stages-title">
      <h2 id="stages-title">{t('stages.title')}</h2>
      <p className="muted">{t('stages.intro')}</p>
      <ol className="stage-list">
        {account.stages.map((stage) => (
          <li key={stage.id} className={stage.reached ? 'stage-reached' : 'stage-missed'}>
            <h3>
              {stage.elapsed && <span className="muted">{pick(stage.elapsed)} · </span>}
              {pick(stage.title)} <span className="tag">{t(`channel.${stage.channel}`)}</span>
            </h3>
            {stage.reached && stage.meanGrade !== null ? (
              <p>
                {t('stages.share', { count: stage.turns.length, share: stage.weight })} ·{' '}
                {t('stages.meanGrade', { grade: stage.meanGrade })}
              </p>
            ) : (
              <p className="muted">{t('stages.notReached')}</p>
            )}
          </li>
        ))}
      </ol>
      <h3>{t('stages.promises')}</h3>
      {account.promises.length === 0 ? (
        <p className="muted">{t('stages.noPromises')}</p>
      ) : (
        <ul className="promise-list">
          {account.promises.map((promise) => (
            <li key={promise.fact} className={`promise promise-${promise.status}`}>
              <span className="promise-status">{t(`stages.status.${promise.status}`)}</span>{' '}
              {pick(promise.text)}{' '}
              <span className="muted">
                {t('stages.checkedAt', { stage: pick(promise.checkedAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
