import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseToTwee } from '../../engine/authoring/twee/case-to-twee';
import { CATALOG } from '../../scenarios/catalog.generated';
import { download } from '../download';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import { findScenario, importedSummaries } from '../scenario-source';

/** Any case, bundled or published here, downloaded as a Twee 3 story to review in Twine 2. */
export function TweeExport() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const imported = useLoaded(importedSummaries, 'imported');
  const cases = [...CATALOG, ...(imported.state === 'ready' ? imported.value : [])];
  const [chosen, setChosen] = useState('');

  const exportCase = async () => {
    const scenario = await findScenario(chosen);
    if (!scenario) return;
    const text = caseToTwee(scenario);
    download(`${scenario.id}.twee`, new Blob([text], { type: 'text/plain;charset=utf-8' }));
  };

  return (
    <div className="twee-export">
      <h3 id="twee-export-title">{t('authorTwee.exportTitle')}</h3>
      <p className="hint">{t('authorTwee.exportHint')}</p>
      <div className="field">
        <label htmlFor="twee-export-case">{t('authorTwee.exportPick')}</label>
        <select id="twee-export-case" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">—</option>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {pick(c.title)} ({c.id})
            </option>
          ))}
        </select>
      </div>
      <button type="button" disabled={!chosen} onClick={() => void exportCase()}>
        {t('authorTwee.exportButton')}
      </button>
    </div>
  );
}
