import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificationProgram } from '../../engine/certification/program';
import type { CaseSummary } from '../../scenarios/case-summary';
import {
  currentProgram,
  InvalidProgramError,
  listPrograms,
  saveProgramVersion,
} from '../../app/certification/program';
import { certifiableCases } from '../certification/case-list';
import { LevelFields } from '../certification/level-fields';
import { useProblemWording } from '../components/problem-wording';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import '../certification/certification.css';
import { CaseFormTag } from '../library/case-form-tag';

async function loadProgram() {
  const [program, versions, cases] = await Promise.all([
    currentProgram(),
    listPrograms(),
    certifiableCases(),
  ]);
  return { program, versions, cases };
}

/** HR edits the certification program; every save is a new version, earlier awards keep theirs. */
export function ProgramScreen() {
  const [revision, setRevision] = useState(0);
  // Kept here, not in the editor: the editor starts afresh from each newly saved version.
  const [message, setMessage] = useState<Message | null>(null);
  const loaded = useLoaded(loadProgram, String(revision));
  if (loaded.state !== 'ready') return null;
  return (
    <ProgramEditor
      key={loaded.value.program.version}
      {...loaded.value}
      message={message}
      onMessage={setMessage}
      onSaved={() => setRevision((r) => r + 1)}
    />
  );
}

interface Message {
  ok: boolean;
  text: string;
}

function ProgramEditor({
  program,
  versions,
  cases,
  message,
  onMessage: setMessage,
  onSaved,
}: {
  program: CertificationProgram;
  versions: Awaited<ReturnType<typeof listPrograms>>;
  cases: CaseSummary[];
  message: Message | null;
  onMessage: (message: Message) => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const wording = useProblemWording();
  const [draft, setDraft] = useState(program);

  const toggleCore = (id: string) =>
    setDraft({
      ...draft,
      coreScenarioIds: draft.coreScenarioIds.includes(id)
        ? draft.coreScenarioIds.filter((c) => c !== id)
        : [...draft.coreScenarioIds, id],
    });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const { version: _current, ...edited } = draft;
    try {
      const saved = await saveProgramVersion(edited);
      setMessage({ ok: true, text: t('certification.program.saved', { version: saved.version }) });
      onSaved();
    } catch (error) {
      setMessage({
        ok: false,
        text:
          error instanceof InvalidProgramError
            ? t('certification.program.invalid', {
                issues: error.problems.map((p) => `${p.path} ${wording(p).words}`).join('; '),
              })
            : t('certification.program.saveFailed'),
      });
    }
  };

  return (
    <section className="screen program-screen" aria-labelledby="program-title">
      <h1 id="program-title">{t('certification.program.title')}</h1>
      <p className="lead">{t('certification.program.intro', { version: program.version })}</p>
      {message && (
        <p
          role={message.ok ? 'status' : 'alert'}
          className={message.ok ? 'saved-note' : 'form-error'}
        >
          {message.text}
        </p>
      )}
      <form onSubmit={(e) => void save(e)} className="program-form" noValidate>
        <label className="field field-number">
          <span>{t('certification.program.fields.validityMonths')}</span>
          <input
            type="number"
            min={1}
            max={60}
            value={Number.isNaN(draft.validityMonths) ? '' : draft.validityMonths}
            onChange={(e) => setDraft({ ...draft, validityMonths: e.target.valueAsNumber })}
          />
        </label>
        <div className="level-grid">
          {draft.levels.map((level, i) => (
            <LevelFields
              key={level.id}
              level={level}
              onChange={(changed) =>
                setDraft({ ...draft, levels: draft.levels.map((l, j) => (j === i ? changed : l)) })
              }
            />
          ))}
        </div>
        <fieldset className="panel core-fields">
          <legend>{t('certification.program.coreTitle')}</legend>
          <p className="hint">{t('certification.program.coreHint')}</p>
          <ul className="core-list">
            {cases.map((c) => (
              <li key={c.id}>
                <label className="quiz-option">
                  <input
                    type="checkbox"
                    checked={draft.coreScenarioIds.includes(c.id)}
                    onChange={() => toggleCore(c.id)}
                  />
                  <span>
                    {pick(c.title)} <CaseFormTag scenario={c} />{' '}
                    <span className="muted">
                      {t('library.difficulty', { level: c.difficulty })}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className="primary">
          {t('certification.program.save')}
        </button>
      </form>
      <section className="panel" aria-labelledby="versions-title">
        <h2 id="versions-title">{t('certification.program.versions')}</h2>
        <ul className="award-list">
          {versions.map((v) => (
            <li key={v.version}>
              <strong>v{v.version}</strong>
              <span>
                {v.createdAt
                  ? new Date(v.createdAt).toLocaleString(locale)
                  : t('certification.program.builtIn')}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
