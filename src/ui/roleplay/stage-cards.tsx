import { useTranslation } from 'react-i18next';
import type { NamedFact, StageOnCard } from '../../engine/role-cards';
import type { LocalizedText } from '../../engine/scenario-schema';
import { useLocalized } from '../i18n/use-localized';

/** How a card names a fact: a settled promise by its promise, else the case's description. */
export function useFactName() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (fact: NamedFact) =>
    fact.promise
      ? t(
          fact.promise.status === 'kept'
            ? 'stagesElsewhere.roleplay.promiseKept'
            : 'stagesElsewhere.roleplay.promiseBroken',
          { promise: pick(fact.promise.text) },
        )
      : (fact.description && pick(fact.description).trim()) || fact.id;
}

const stageTitle = (
  pick: (text: LocalizedText) => string,
  stage: Pick<StageOnCard, 'title' | 'elapsed'>,
) => (stage.elapsed ? `${pick(stage.elapsed)} · ${pick(stage.title)}` : pick(stage.title));

/**
 * The customer's side of a staged case: each contact with what opens it (which line depends on
 * whether the last promise was kept) and the promises it checks, so the colleague can play the
 * customer who remembers.
 */
export function CustomerStages({ stages }: { stages: readonly StageOnCard[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const factName = useFactName();
  if (stages.length === 0) return null;
  return (
    <section className="role-card-stages" aria-labelledby="customer-stages-title">
      <h3 id="customer-stages-title">{t('stagesElsewhere.roleplay.stagesTitle')}</h3>
      <p className="muted">{t('stagesElsewhere.roleplay.stagesHint')}</p>
      <ol className="role-card-stage-list">
        {stages.map((stage, k) => (
          <li key={k}>
            <h4>
              {t('stagesElsewhere.stageLabel', {
                n: k + 1,
                total: stages.length,
                title: stageTitle(pick, stage),
              })}{' '}
              <span className="tag">{t(`channel.${stage.channel}`)}</span>
            </h4>
            {k === 0 ? (
              <p className="muted">{t('stagesElsewhere.roleplay.firstStage')}</p>
            ) : (
              <>
                <p>{t('stagesElsewhere.roleplay.opening')}</p>
                <ul className="role-card-list">
                  {stage.opening.map((line, i) => (
                    <li key={i}>
                      “{pick(line.text)}”
                      {line.when && (
                        <span className="tag">
                          {t('roleplay.onlyWhen', { fact: factName(line.when) })}
                        </span>
                      )}
                      {line.unless && (
                        <span className="tag">
                          {t('roleplay.onlyUnless', { fact: factName(line.unless) })}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {stage.checks.length > 0 && (
              <>
                <p>
                  <strong>{t('stagesElsewhere.roleplay.checks')}</strong>
                </p>
                <ul className="role-card-list">
                  {stage.checks.map((check, i) => (
                    <li key={i}>
                      <strong>{pick(check.text)}</strong>
                      <br />
                      {t('stagesElsewhere.roleplay.made', { fact: factName(check.made) })}
                      <br />
                      {check.keptWhen
                        ? t('stagesElsewhere.roleplay.keptWhen', { fact: factName(check.keptWhen) })
                        : t('stagesElsewhere.roleplay.keptByMaking')}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The representative's side: the contacts ahead, without lines or what each one checks. */
export function RepresentativeStages({
  stages,
}: {
  stages: ReadonlyArray<Pick<StageOnCard, 'title' | 'elapsed' | 'channel'>>;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  if (stages.length === 0) return null;
  return (
    <>
      <h3>{t('stagesElsewhere.roleplay.repStages')}</h3>
      <ol className="role-card-list">
        {stages.map((stage, k) => (
          <li key={k}>
            {stageTitle(pick, stage)} <span className="tag">{t(`channel.${stage.channel}`)}</span>
          </li>
        ))}
      </ol>
      <p className="muted">{t('stagesElsewhere.roleplay.repStagesHint')}</p>
    </>
  );
}
