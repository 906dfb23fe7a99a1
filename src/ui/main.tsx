import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { databaseWasWiped, onStorageEvent, rememberRecordCounts } from '../app/data/device-storage';
import { ensureDemoProfile } from '../app/profiles/profiles';
import { findScormApi } from '../lms/scorm-api';
import { App } from './app';
import { UpgradeBlocked } from './components/upgrade-blocked';
import { prefetchCall } from './screens/open-call';
import { initI18n } from './i18n/i18n';
import { whenIdle } from './when-idle';
import './styles.css';

async function boot() {
  await initI18n();
  const root = createRoot(document.getElementById('root')!);
  // Opening the database waits while another tab holds an older version open; say so meanwhile,
  // or the trainee faces a blank page with no idea that closing that tab lets the upgrade run.
  const stopWatching = onStorageEvent((event) => {
    if (event === 'upgrade-blocked') root.render(<UpgradeBlocked />);
  });
  const openedOnCall = /^#\/call\/([^/?#]+)/.exec(window.location.hash);
  if (openedOnCall) prefetchCall(decodeURIComponent(openedOnCall[1]!));
  // Checked before anything is written: an emptied database must not look like a first visit.
  const wiped = await databaseWasWiped();
  await ensureDemoProfile();
  stopWatching();
  // Inside a SCORM LMS the LMS's learner becomes the trainee before the first screen shows; the
  // runtime is downloaded only there.
  if (findScormApi()) await (await import('../lms/scorm-runtime')).startScormReporting();
  root.render(
    <StrictMode>
      <App wiped={wiped} />
    </StrictMode>,
  );
  // Bookkeeping and statements waiting from an earlier visit go out after the first screen has
  // had its turn.
  whenIdle(() => {
    if (!wiped) void rememberRecordCounts();
    void import('../lms/start-lms').then((lms) => lms.startLms());
  });
}

void boot();
