import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

const TOOLS = [
  { href: '/group', key: 'group' },
  { href: '/roleplay', key: 'roleplay' },
  { href: '/my-group', key: 'myGroup' },
  { href: '/author', key: 'author' },
  { href: '/packs', key: 'packs' },
] as const;

/** The trainer's starting point: every tool for running the room and writing cases. */
export function TrainerScreen() {
  const { t } = useTranslation();
  return (
    <section className="trainer-hub" aria-labelledby="trainer-hub-title">
      <h1 id="trainer-hub-title">{t('trainerHub.title')}</h1>
      <p className="muted">{t('trainerHub.intro')}</p>
      <ul className="hub-cards">
        {TOOLS.map((tool) => (
          <li key={tool.key} className="panel hub-card">
            <Link href={tool.href} className="hub-link">
              {t(`trainerHub.tools.${tool.key}.name`)}
            </Link>
            <p>{t(`trainerHub.tools.${tool.key}.what`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
