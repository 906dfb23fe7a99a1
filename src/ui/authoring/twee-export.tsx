import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseToTwee } from '../../engine/authoring/twee/case-to-twee';
import { download } from '../download';
import { findScenario } from '../scenario-source';
import { CasePicker, useAllCases } from './case-picker';

/** Any case, bundled or published here, downloaded as a Twee 3 story to review in Twine 2. */
export function TweeExport() {
  const { t } = useTranslation();
  const cases = useAllCases();
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
      <CasePicker
        id="twee-export-case"
        label={t('authorTwee.exportPick')}
        cases={cases}
        value={chosen}
        onChange={setChosen}
      />
      <button type="button" disabled={!chosen} onClick={() => void exportCase()}>
        {t('authorTwee.exportButton')}
      </button>
    </div>
  );
}
