import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setText } from '../../engine/authoring/draft-operations';
import { formatFieldPath, type FieldPath } from '../../engine/authoring/field-path';
import type { LocalizedText } from '../../engine/scenario-schema';
import { LOCALES } from '../../engine/vocabulary';
import type { Edit } from './use-draft-editor';

/** One text in both languages side by side, flagging the language still to write. */
export function BilingualField({
  label,
  path,
  text,
  edit,
  long = false,
  describedBy,
}: {
  label: string;
  path: FieldPath;
  text: LocalizedText;
  edit: Edit;
  long?: boolean;
  /** Help beside the field (the guided new case), read out with each language's input. */
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const filled = LOCALES.filter((l) => text[l].trim() !== '');
  return (
    <fieldset className="bilingual">
      <legend>{label}</legend>
      {LOCALES.map((locale) => {
        const field = formatFieldPath([...path, locale]);
        const missing = filled.length === 1 && !filled.includes(locale);
        const props = {
          id: `${id}-${locale}`,
          'data-field': field,
          lang: locale,
          value: text[locale],
          'aria-invalid': missing || undefined,
          'aria-describedby':
            [missing ? `${id}-${locale}-missing` : '', describedBy ?? ''].join(' ').trim() ||
            undefined,
          onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
            const value = e.target.value;
            edit((d) => setText(d, path, locale, value), field);
          },
        };
        return (
          <div key={locale} className={`bilingual-side${missing ? ' is-missing' : ''}`}>
            <span className="bilingual-label">
              <label htmlFor={props.id}>{t(`author.lang.${locale}`)}</label>
              {missing && (
                <span id={`${id}-${locale}-missing`} className="missing-mark">
                  {t('author.missingLang', { lang: t(`author.lang.${locale}`) })}
                </span>
              )}
            </span>
            {long ? <textarea rows={2} {...props} /> : <input {...props} />}
          </div>
        );
      })}
    </fieldset>
  );
}
