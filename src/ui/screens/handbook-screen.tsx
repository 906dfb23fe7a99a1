import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { HANDBOOK, handbookEntry, type HandbookBlock } from '../../handbook/entries';
import { useLocalized } from '../i18n/use-localized';

function Block({ block }: { block: HandbookBlock }) {
  const { pick } = useLocalized();
  const { t } = useTranslation();
  if (block.kind === 'text') return <p>{pick(block.text)}</p>;
  if (block.kind === 'list') {
    const List = block.ordered ? 'ol' : 'ul';
    return (
      <List className="handbook-list">
        {block.items.map((item, i) => (
          <li key={i}>{pick(item)}</li>
        ))}
      </List>
    );
  }
  return (
    <table className="phrase-table">
      <thead>
        <tr>
          <th scope="col">{t('handbook.avoid')}</th>
          <th scope="col">{t('handbook.better')}</th>
        </tr>
      </thead>
      <tbody>
        {block.pairs.map((p, i) => (
          <tr key={i}>
            <td className="avoid">{pick(p.avoid)}</td>
            <td className="better">{pick(p.better)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Where the entry was opened from, when a debrief or a test-play's rule link led here: the link
 * stores it in the history entry, so it survives a reload of the entry.
 */
function cameFrom(): { href: string; label: 'backToDebrief' | 'backToEditor' } | null {
  const from: unknown = (window.history.state as { from?: unknown } | null)?.from;
  if (typeof from !== 'string') return null;
  if (/^\/debrief\/[^/]+$/.test(from)) return { href: from, label: 'backToDebrief' };
  if (/^\/author\/[^/]+$/.test(from)) return { href: from, label: 'backToEditor' };
  return null;
}

export function HandbookScreen({ entryId }: { entryId?: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  if (entryId) {
    const entry = handbookEntry(entryId);
    const from = cameFrom();
    return (
      <article className="screen handbook-entry" aria-labelledby="entry-title">
        <p className="back-links">
          {from && (
            <>
              <Link href={from.href} className="back-link">
                ← {t(`authorGuide.${from.label}`)}
              </Link>
              {' · '}
            </>
          )}
          <Link href="/handbook" className="back-link">
            ← {t('handbook.back')}
          </Link>
        </p>
        {entry ? (
          <>
            <h1 id="entry-title">{pick(entry.title)}</h1>
            <p className="lead">{pick(entry.summary)}</p>
            {entry.blocks.map((block, i) => (
              <Block key={i} block={block} />
            ))}
          </>
        ) : (
          <p role="alert">{t('handbook.notFound')}</p>
        )}
      </article>
    );
  }
  return (
    <section className="screen" aria-labelledby="handbook-title">
      <h1 id="handbook-title">{t('handbook.title')}</h1>
      <p className="lead">{t('handbook.intro')}</p>
      <ul className="handbook-index">
        {HANDBOOK.map((entry) => (
          <li key={entry.id}>
            <Link href={`/handbook/${entry.id}`} className="handbook-card">
              <strong>{pick(entry.title)}</strong>
              <span className="muted">{pick(entry.summary)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
