import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  declareFact,
  factsOf,
  removeFact,
  renameFact,
  type FactUse,
} from '../../engine/authoring/fact-operations';
import type { Scenario } from '../../engine/scenario-schema';
import { BilingualField } from './bilingual-field';
import { useFactLabel } from './fact-label';
import { FieldProblems, useFieldProblems } from './field-problems';
import { IdField } from './id-field';
import type { Edit } from './use-draft-editor';

/**
 * The facts a case names: what each means, where it is used, and what is wrong with it. Facts
 * used in replies or lines but not yet named are listed too, to be described.
 */
export function FactsPanel({ draft, edit }: { draft: Scenario; edit: Edit }) {
  const { t } = useTranslation();
  const id = useId();
  const facts = factsOf(draft);
  return (
    <section className="panel facts-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('author.facts.heading')}</h2>
      <p className="hint">{t('author.facts.intro')}</p>
      {facts.length === 0 && <p>{t('author.facts.none')}</p>}
      <ul className="fact-list">
        {facts.map((fact) => (
          <li key={fact.declared ?? `used-${fact.id}`} className="fact-editor">
            {fact.declared === null && fact.promise ? (
              <PromiseOutcomeFact draft={draft} fact={fact} />
            ) : fact.declared === null ? (
              <UndeclaredFact fact={fact} edit={edit} />
            ) : (
              <DeclaredFact draft={draft} fact={fact} index={fact.declared} edit={edit} />
            )}
          </li>
        ))}
      </ul>
      <button type="button" data-field="$.facts" onClick={() => edit((d) => declareFact(d).draft)}>
        {t('author.facts.add')}
      </button>
    </section>
  );
}

function DeclaredFact({
  draft,
  fact,
  index,
  edit,
}: {
  draft: Scenario;
  fact: FactUse;
  index: number;
  edit: Edit;
}) {
  const { t } = useTranslation();
  const id = useId();
  const problems = useFieldProblems(`$.facts[${index}].id`, true);
  const description = draft.facts![index]!.description;
  return (
    <>
      <IdField
        label={t('author.facts.id')}
        field={`$.facts[${index}].id`}
        value={fact.id}
        taken={factsOf(draft).map((f) => f.id)}
        takenMessage={t('author.idTaken')}
        describedBy={problems.length > 0 ? `${id}-hint ${id}-problems` : `${id}-hint`}
        onRename={(value) => edit((d) => renameFact(d, fact.id, value))}
      />
      <p id={`${id}-hint`} className="hint">
        {t('author.facts.idHint')}
      </p>
      <FieldProblems id={`${id}-problems`} problems={problems} />
      <BilingualField
        label={t('author.facts.description')}
        path={['facts', index, 'description']}
        text={description}
        edit={edit}
      />
      <Uses fact={fact} />
      <button
        type="button"
        className="small-button"
        onClick={() => {
          if (!window.confirm(t('author.facts.confirmRemove', { id: fact.id }))) return;
          edit((d) => removeFact(d, fact.id));
        }}
      >
        {t('author.facts.remove', { id: fact.id })}
      </button>
    </>
  );
}

function UndeclaredFact({ fact, edit }: { fact: FactUse; edit: Edit }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <code>{fact.id}</code> {t('author.facts.undeclared', { id: fact.id })}
      </p>
      <Uses fact={fact} />
      <button type="button" onClick={() => edit((d) => declareFact(d, fact.id).draft)}>
        {t('author.facts.describe', { id: fact.id })}
      </button>
    </>
  );
}

/** A promise's outcome: the engine sets it as the stage checking the promise opens. */
function PromiseOutcomeFact({ draft, fact }: { draft: Scenario; fact: FactUse }) {
  const { t } = useTranslation();
  const label = useFactLabel(draft);
  return (
    <>
      <p>
        <code>{fact.id}</code>{' '}
        {t(`authoringStages.promiseOutcome.${fact.promise!.outcome}`, {
          promise: label(fact.promise!.fact),
        })}
      </p>
      <Uses fact={fact} />
    </>
  );
}

function Uses({ fact }: { fact: FactUse }) {
  const { t } = useTranslation();
  return (
    <p className="small muted">
      {t('author.facts.uses', {
        setBy: fact.setBy.length,
        clearedBy: fact.clearedBy.length,
        lines: fact.lines,
        branches: fact.branches,
      })}
    </p>
  );
}
