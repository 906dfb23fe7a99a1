import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/**
 * Shown instead of a call or debrief this tab may not open. The application has already refused
 * it and written nothing; this only says so and offers the ways back.
 */
export function CallRefused() {
  const { t } = useTranslation();
  return (
    <section className="screen notice" aria-labelledby="refused-title">
      <h1 id="refused-title">{t('call.refused.title')}</h1>
      <p role="alert">{t('call.refused.body')}</p>
      <p className="muted">{t('call.refused.nothingChanged')}</p>
      <div className="actions">
        <Link href="/library" className="button primary">
          {t('call.backToLibrary')}
        </Link>
        <Link href="/" className="button">
          {t('call.refused.switchProfile')}
        </Link>
      </div>
    </section>
  );
}
