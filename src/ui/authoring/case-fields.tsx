import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { addObjective, removeObjective, setField } from '../../engine/authoring/draft-operations';
import type { Scenario } from '../../engine/scenario-schema';
import { CHANNELS, INDUSTRIES, PSYCHOLOGIES } from '../../engine/vocabulary';
import { AppearanceFields } from './appearance-fields';
import { BilingualField } from './bilingual-field';
import { CaseKindField } from './letter-fields';
import { MoodModelFields } from './mood-model-fields';
import { NumberField } from './number-field';
import { SelectField } from './select-field';
import type { Edit } from './use-draft-editor';

/** The case as a whole and the customer behind it. */
export function CaseFields({ draft, edit }: { draft: Scenario; edit: Edit }) {
  const { t } = useTranslation();
  const id = useId();
  const set = (path: Array<string | number>, value: unknown) =>
    edit((d) => setField(d, path, value ?? undefined));
  const persona = draft.persona;
  return (
    <div className="case-fields">
      <section className="panel" aria-labelledby={`${id}-case`}>
        <h2 id={`${id}-case`}>{t('author.caseSection')}</h2>
        <div className="field">
          <label htmlFor={`${id}-id`}>{t('author.fields.id')}</label>
          <input
            id={`${id}-id`}
            data-field="$.id"
            value={draft.id}
            aria-describedby={`${id}-id-hint`}
            onChange={(e) => {
              const value = e.target.value;
              edit((d) => setField(d, ['id'], value), '$.id');
            }}
          />
          <span id={`${id}-id-hint`} className="hint">
            {t('author.fields.idHint')}
          </span>
        </div>
        <BilingualField
          label={t('author.fields.title')}
          path={['title']}
          text={draft.title}
          edit={edit}
        />
        <BilingualField
          label={t('author.fields.briefing')}
          path={['briefing']}
          text={draft.briefing}
          edit={edit}
          long
        />
        <div className="field-row">
          <SelectField
            label={t('author.fields.industry')}
            field="$.industry"
            value={draft.industry}
            options={INDUSTRIES.map((v) => ({ value: v, label: t(`industry.${v}`) }))}
            onChange={(v) => set(['industry'], v)}
          />
          <SelectField
            label={t('author.fields.channel')}
            field="$.channel"
            value={draft.channel}
            options={CHANNELS.map((v) => ({ value: v, label: t(`channel.${v}`) }))}
            onChange={(v) => set(['channel'], v)}
          />
          <CaseKindField draft={draft} edit={edit} />
          <NumberField
            label={t('author.fields.difficulty')}
            field="$.difficulty"
            value={draft.difficulty}
            min={1}
            max={5}
            onChange={(v) => set(['difficulty'], v)}
          />
          <SelectField
            label={t('author.fields.start')}
            field="$.start"
            value={draft.start}
            options={draft.nodes.map((n) => ({ value: n.id, label: n.id }))}
            onChange={(v) => set(['start'], v)}
          />
        </div>
        <div className="field-row checks">
          <label className="check">
            <input
              type="checkbox"
              data-field="$.companyAtFault"
              checked={draft.companyAtFault !== false}
              onChange={(e) => set(['companyAtFault'], e.target.checked ? undefined : false)}
            />
            {t('author.fields.companyAtFault')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              data-field="$.protocol"
              checked={draft.protocol === 'bank-seven-steps'}
              onChange={(e) => set(['protocol'], e.target.checked ? 'bank-seven-steps' : undefined)}
            />
            {t('author.fields.bankProtocol')}
          </label>
        </div>
        <h3>{t('author.fields.objectives')}</h3>
        {draft.objectives.map((objective, i) => (
          <div key={i} className="with-remove">
            <BilingualField
              label={t('author.fields.objective', { n: i + 1 })}
              path={['objectives', i]}
              text={objective}
              edit={edit}
              long
            />
            <button
              type="button"
              className="small-button"
              onClick={() => edit((d) => removeObjective(d, i))}
            >
              {t('author.fields.removeObjective', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => edit(addObjective)}>
          {t('author.fields.addObjective')}
        </button>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-source`}>{t('author.fields.source')}</label>
            <input
              id={`${id}-source`}
              data-field="$.source.caseId"
              value={draft.source.caseId}
              onChange={(e) => {
                const value = e.target.value;
                edit((d) => setField(d, ['source', 'caseId'], value), '$.source.caseId');
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-file`}>{t('author.fields.sourceFile')}</label>
            <input
              id={`${id}-file`}
              data-field="$.source.file"
              value={draft.source.file}
              onChange={(e) => {
                const value = e.target.value;
                edit((d) => setField(d, ['source', 'file'], value), '$.source.file');
              }}
            />
          </div>
        </div>
        <BilingualField
          label={t('author.fields.notes')}
          path={['notes']}
          text={draft.notes}
          edit={edit}
          long
        />
      </section>
      <section className="panel" aria-labelledby={`${id}-persona`}>
        <h2 id={`${id}-persona`}>{t('author.personaSection')}</h2>
        <BilingualField
          label={t('author.fields.name')}
          path={['persona', 'name']}
          text={persona.name}
          edit={edit}
        />
        <BilingualField
          label={t('author.fields.profile')}
          path={['persona', 'profile']}
          text={persona.profile}
          edit={edit}
          long
        />
        <SelectField
          label={t('author.fields.psychology')}
          field="$.persona.psychology"
          value={persona.psychology}
          options={PSYCHOLOGIES.map((v) => ({ value: v, label: t(`author.psychology.${v}`) }))}
          onChange={(v) => set(['persona', 'psychology'], v)}
        />
        <BilingualField
          label={t('author.fields.surfaceComplaint')}
          path={['persona', 'surfaceComplaint']}
          text={persona.surfaceComplaint}
          edit={edit}
          long
        />
        <BilingualField
          label={t('author.fields.realExpectation')}
          path={['persona', 'realExpectation']}
          text={persona.realExpectation}
          edit={edit}
          long
        />
        <div className="field-row">
          <NumberField
            label={t('author.fields.startingAnger')}
            field="$.persona.startingMood.anger"
            value={persona.startingMood.anger}
            min={0}
            max={100}
            onChange={(v) => set(['persona', 'startingMood', 'anger'], v)}
          />
          <NumberField
            label={t('author.fields.startingTrust')}
            field="$.persona.startingMood.trust"
            value={persona.startingMood.trust}
            min={0}
            max={100}
            onChange={(v) => set(['persona', 'startingMood', 'trust'], v)}
          />
          <NumberField
            label={t('author.fields.agitatedAt')}
            field="$.persona.agitatedAt"
            value={persona.agitatedAt}
            min={0}
            max={100}
            onChange={(v) => set(['persona', 'agitatedAt'], v)}
          />
        </div>
        <MoodModelFields draft={draft} edit={edit} />
        <AppearanceFields persona={persona} set={set} />
      </section>
    </div>
  );
}
