import { useTranslation } from 'react-i18next';
import { switchLocale } from '../i18n/i18n';
import { useLocalized } from '../i18n/use-localized';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const other = locale === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      aria-label={`${t('app.language')}: ${t('app.otherLanguage')}`}
      onClick={() => void switchLocale(other)}
    >
      {t('app.otherLanguage')}
    </button>
  );
}
