import { useTranslation } from 'react-i18next';
import {
  addBranch,
  removeBranch,
  setNext,
  setOtherwise,
  updateBranch,
} from '../../engine/authoring/draft-operations';
import type { MoodCondition, Next, Scenario } from '../../engine/scenario-schema';
import { factsOf, withFactFormat } from '../../engine/authoring/fact-operations';
import { useFactLabel } from './fact-label';
import { NumberField } from './number-field';
import { SelectField } from './select-field';
import type { Edit } from './use-draft-editor';

type ConditionKind = 'agitated' | 'calm' | 'angerAtLeast' | 'trustBelow' | 'fact';

function kindOf(when: MoodCondition): ConditionKind | null {
  const keys = Object.keys(when);
  if (keys.length !== 1) return null;
  if (when.fact !== undefined) return 'fact';
  if (when.agitated !== undefined) return when.agitated ? 'agitated' : 'calm';
  if (when.anger && Object.keys(when.anger).join() === 'atLeast') return 'angerAtLeast';
  if (when.trust && Object.keys(when.trust).join() === 'below') return 'trustBelow';
  return null;
}

function conditionOf(kind: ConditionKind, threshold: number, fact: string): MoodCondition {
  switch (kind) {
    case 'fact':
      return { fact };
    case 'agitated':
      return { agitated: true };
    case 'calm':
      return { agitated: false };
    case 'angerAtLeast':
      return { anger: { atLeast: threshold } };
    case 'trustBelow':
      return { trust: { below: threshold } };
  }
}

const thresholdOf = (when: MoodCondition) => when.anger?.atLeast ?? when.trust?.below ?? 50;

/** A branch on a fact lifts an older draft to the format that has facts. */
const updateWhen = (d: Scenario, nodeId: string, reply: number, k: number, when: MoodCondition) =>
  updateBranch(when.fact ? withFactFormat(d) : d, nodeId, reply, k, { when });

/** Where a reply leads: one node, or branches on the customer's mood with a fallback. */
export function NextEditor({
  draft,
  nodeId,
  reply,
  base,
  next,
  edit,
}: {
  draft: Scenario;
  nodeId: string;
  reply: number;
  base: string;
  next: Next;
  edit: Edit;
}) {
  const { t } = useTranslation();
  const targets = draft.nodes
    .filter((n) => n.id !== nodeId)
    .map((n) => ({ value: n.id, label: n.id }));
  const facts = factsOf(draft).map((f) => f.id);
  const factLabel = useFactLabel(draft);
  const kinds: ConditionKind[] = [
    'agitated',
    'calm',
    'angerAtLeast',
    'trustBelow',
    ...(facts.length > 0 ? (['fact'] as const) : []),
  ];
  const kindLabel = (kind: ConditionKind) =>
    kind === 'fact' ? t('author.facts.branchCondition') : t(`author.reply.conditions.${kind}`);
  if (typeof next === 'string') {
    return (
      <div className="next-editor">
        <SelectField
          label={t('author.reply.next')}
          field={`${base}.next`}
          value={next}
          options={targets}
          onChange={(to) => edit((d) => setNext(d, nodeId, reply, to))}
        />
        <button
          type="button"
          onClick={() => edit((d) => addBranch(d, nodeId, reply, { agitated: true }, next))}
        >
          {t('author.reply.addBranch')}
        </button>
      </div>
    );
  }
  return (
    <div className="next-editor">
      <p className="field-label">{t('author.reply.branches')}</p>
      {next.branches.map((branch, k) => {
        const kind = kindOf(branch.when);
        const where = `${base}.next.branches[${k}]`;
        return (
          <fieldset key={k} className="branch">
            <legend>{t('author.reply.branch', { n: k + 1 })}</legend>
            {kind === null ? (
              <code data-field={`${where}.when`}>{JSON.stringify(branch.when)}</code>
            ) : (
              <SelectField
                label={t('author.reply.condition')}
                field={`${where}.when`}
                value={kind}
                options={kinds.map((v) => ({ value: v, label: kindLabel(v) }))}
                onChange={(v) =>
                  edit((d) =>
                    updateWhen(
                      d,
                      nodeId,
                      reply,
                      k,
                      conditionOf(v, thresholdOf(branch.when), branch.when.fact ?? facts[0]!),
                    ),
                  )
                }
              />
            )}
            {kind === 'fact' && (
              <SelectField
                label={t('author.facts.branchFact')}
                field={`${where}.when.fact`}
                value={branch.when.fact!}
                options={facts.map((f) => ({ value: f, label: factLabel(f) }))}
                onChange={(fact) => edit((d) => updateWhen(d, nodeId, reply, k, { fact }))}
              />
            )}
            {(kind === 'angerAtLeast' || kind === 'trustBelow') && (
              <NumberField
                label={t('author.reply.threshold')}
                field={`${where}.when.${kind === 'angerAtLeast' ? 'anger.atLeast' : 'trust.below'}`}
                value={thresholdOf(branch.when)}
                min={0}
                max={100}
                onChange={(v) =>
                  edit((d) => updateWhen(d, nodeId, reply, k, conditionOf(kind, v ?? 0, '')))
                }
              />
            )}
            <SelectField
              label={t('author.reply.to')}
              field={`${where}.to`}
              value={branch.to}
              options={targets}
              onChange={(to) => edit((d) => updateBranch(d, nodeId, reply, k, { to }))}
            />
            <button
              type="button"
              className="small-button"
              onClick={() => edit((d) => removeBranch(d, nodeId, reply, k))}
            >
              {t('author.reply.removeBranch', { n: k + 1 })}
            </button>
          </fieldset>
        );
      })}
      <SelectField
        label={t('author.reply.otherwise')}
        field={`${base}.next.otherwise`}
        value={next.otherwise}
        options={targets}
        onChange={(to) => edit((d) => setOtherwise(d, nodeId, reply, to))}
      />
      <button
        type="button"
        onClick={() => edit((d) => addBranch(d, nodeId, reply, { agitated: true }, next.otherwise))}
      >
        {t('author.reply.addBranch')}
      </button>
    </div>
  );
}
