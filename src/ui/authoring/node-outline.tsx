import { useTranslation } from 'react-i18next';
import { addDecision, addEnding } from '../../engine/authoring/draft-operations';
import type { Scenario } from '../../engine/scenario-schema';
import { useLocalized } from '../i18n/use-localized';
import type { Edit } from './use-draft-editor';

export type Selection = 'case' | number;

/** The case's parts as a list to pick from, and the buttons that add nodes. */
export function NodeOutline({
  draft,
  selected,
  onSelect,
  edit,
}: {
  draft: Scenario;
  selected: Selection;
  onSelect: (selection: Selection) => void;
  edit: Edit;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  // Where a later contact begins, so the outline reads as the stages' sequence.
  const opens = (id: string) => draft.stages?.findIndex((s) => s.startNode === id) ?? -1;
  return (
    <nav className="panel outline" aria-label={t('author.outline')}>
      <h2>{t('author.outline')}</h2>
      <ul>
        <li>
          <button
            type="button"
            className="outline-item"
            aria-current={selected === 'case' || undefined}
            onClick={() => onSelect('case')}
          >
            {t('author.caseItem')}
          </button>
        </li>
        {draft.nodes.map((node, i) => (
          <li key={i}>
            <button
              type="button"
              className={`outline-item outline-${node.kind}`}
              aria-current={selected === i || undefined}
              onClick={() => onSelect(i)}
            >
              <span className="outline-id">
                {node.id || '—'}
                {node.id === draft.start && <span className="tag">{t('author.startMark')}</span>}
                {opens(node.id) > 0 && (
                  <span className="tag">
                    {t('authoringStages.opensHere', { n: opens(node.id) + 1 })}
                  </span>
                )}
              </span>
              <span className="outline-words">
                {node.kind === 'ending'
                  ? t(`outcome.${node.outcome}`)
                  : pick(node.lines[0]?.text ?? { 'zh-CN': '', en: '' })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            edit((d) => addDecision(d).draft);
            onSelect(draft.nodes.length);
          }}
        >
          {t('author.addDecision')}
        </button>
        <button
          type="button"
          onClick={() => {
            edit((d) => addEnding(d, 'resolved-grudging').draft);
            onSelect(draft.nodes.length);
          }}
        >
          {t('author.addEnding')}
        </button>
      </div>
    </nav>
  );
}
