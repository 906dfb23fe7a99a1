import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { getAward } from '../../app/certification/awards';
import { getProgram } from '../../app/certification/program';
import { getProfile } from '../../app/profiles/profiles';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import '../certification/certification.css';

async function loadCertificate(awardId: string) {
  const award = await getAward(awardId);
  if (!award) return null;
  const [profile, program] = await Promise.all([
    getProfile(award.profileId),
    getProgram(award.programVersion),
  ]);
  return {
    award,
    profile,
    level: program?.levels.find((l) => l.id === award.level),
    expired: award.expiresAt <= Date.now(),
  };
}

/** HR's person page, when the certificate was opened from it: the way back is there. */
function backFromCertificate(): { href: string } | null {
  const from: unknown = (window.history.state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && /^\/hr\/person\/[^/]+$/.test(from) ? { href: from } : null;
}

/** A printable certificate: on paper, only the certificate itself, on one A4 page. */
export function CertificateScreen({ awardId }: { awardId: string }) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const loaded = useLoaded(() => loadCertificate(awardId), awardId);
  if (loaded.state === 'loading') return null;
  const found = loaded.state === 'ready' ? loaded.value : null;
  if (!found) {
    return (
      <section className="screen notice">
        <p role="alert">{t('certification.certificate.notFound')}</p>
        <Link href="/certification" className="button">
          {t('certification.backToCertification')}
        </Link>
      </section>
    );
  }
  const { award, profile, level, expired } = found;
  const back = backFromCertificate();
  const date = (at: number) =>
    new Date(at).toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
  return (
    <section className="screen certificate-screen">
      <div className="certificate-actions">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('certification.certificate.print')}
        </button>
        <Link href={back?.href ?? '/certification'} className="button">
          {back ? t('hr.backToPerson') : t('certification.backToCertification')}
        </Link>
        {expired && <p className="form-error">{t('certification.certificate.expiredNote')}</p>}
      </div>
      <article className="certificate" aria-labelledby="certificate-title">
        <p className="certificate-issuer">{t('app.name')}</p>
        <h1 id="certificate-title">{t('certification.certificate.title')}</h1>
        <p className="certificate-statement">{t('certification.certificate.certifies')}</p>
        <p className="certificate-name">{profile?.name ?? '—'}</p>
        <p className="certificate-id">
          {t('profile.employeeId')} <span>{award.employeeId}</span>
        </p>
        <p className="certificate-statement">
          {t('certification.certificate.hasMet', { version: award.programVersion })}
        </p>
        <p className="certificate-level">{level ? pick(level.name) : award.level}</p>
        <dl className="certificate-facts">
          <div>
            <dt>{t('certification.certificate.awarded')}</dt>
            <dd>{date(award.awardedAt)}</dd>
          </div>
          <div>
            <dt>{t('certification.certificate.expires')}</dt>
            <dd>{date(award.expiresAt)}</dd>
          </div>
          <div>
            <dt>{t('certification.certificate.programVersion')}</dt>
            <dd>v{award.programVersion}</dd>
          </div>
        </dl>
        <p className="certificate-number">
          {t('certification.certificate.number')} <code>{award.id}</code>
        </p>
      </article>
    </section>
  );
}
