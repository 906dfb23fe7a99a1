import { useTranslation } from 'react-i18next';
import type { Persona } from '../../engine/scenario-schema';
import { CustomerFace } from '../components/customer-face';
import { SelectField } from './select-field';

const AGES = ['young', 'middle', 'senior'] as const;
const HAIRS = ['short', 'long', 'bun', 'bald'] as const;
const SKINS = ['0', '1', '2', '3', '4'] as const;

/**
 * How the customer looks on the call, the projector and the role-play card, with the face as
 * trainees will see it: a case about a Ms Zhao should not show the default man.
 */
export function AppearanceFields({
  persona,
  set,
}: {
  persona: Persona;
  set: (path: Array<string | number>, value: unknown) => void;
}) {
  const { t } = useTranslation();
  const look = persona.appearance ?? {};
  const at = (field: string) => ['persona', 'appearance', field];
  return (
    <fieldset className="appearance-fields">
      <legend>{t('author.appearance.title')}</legend>
      <div className="appearance-row">
        <CustomerFace
          appearance={persona.appearance}
          mood={persona.startingMood}
          label={t('author.appearance.preview')}
        />
        <div className="field-row">
          <SelectField
            label={t('author.appearance.age')}
            field="$.persona.appearance.age"
            value={look.age ?? 'middle'}
            options={AGES.map((v) => ({ value: v, label: t(`author.appearance.ages.${v}`) }))}
            onChange={(v) => set(at('age'), v)}
          />
          <SelectField
            label={t('author.appearance.hair')}
            field="$.persona.appearance.hair"
            value={look.hair ?? 'short'}
            options={HAIRS.map((v) => ({ value: v, label: t(`author.appearance.hairs.${v}`) }))}
            onChange={(v) => set(at('hair'), v)}
          />
          <SelectField
            label={t('author.appearance.skin')}
            field="$.persona.appearance.skin"
            value={String(look.skin ?? 1) as (typeof SKINS)[number]}
            options={SKINS.map((v) => ({
              value: v,
              label: t('author.appearance.skinTone', { n: Number(v) + 1 }),
            }))}
            onChange={(v) => set(at('skin'), Number(v))}
          />
          <label className="check appearance-glasses">
            <input
              type="checkbox"
              checked={look.glasses ?? false}
              onChange={(e) => set(at('glasses'), e.target.checked)}
            />
            <span>{t('author.appearance.glasses')}</span>
          </label>
        </div>
      </div>
    </fieldset>
  );
}
