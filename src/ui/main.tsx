import { LazyMotion, MotionConfig } from 'framer-motion';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { onStorageEvent } from '../storage/database';
import { startScormReporting } from '../lms/scorm-runtime';
import { startLms } from '../lms/start-lms';
import { ensureDemoProfile } from '../storage/profiles';
import { databaseWasWiped, rememberRecordCounts } from '../storage/wipe-marker';
import { App } from './app';
import { UpgradeBlocked } from './components/upgrade-blocked';
import { initI18n } from './i18n/i18n';
import './styles.css';

const loadMotionFeatures = () => import('./motion-features').then((m) => m.default);

async function boot() {
  await initI18n();
  const root = createRoot(document.getElementById('root')!);
  // Opening the database waits while another tab holds an older version open; say so meanwhile,
  // or the trainee faces a blank page with no idea that closing that tab lets the upgrade run.
  const stopWatching = onStorageEvent((event) => {
    if (event === 'upgrade-blocked') root.render(<UpgradeBlocked />);
  });
  // Checked before anything is written: an emptied database must not look like a first visit.
  const wiped = await databaseWasWiped();
  await ensureDemoProfile();
  if (!wiped) await rememberRecordCounts();
  stopWatching();
  // Inside a SCORM LMS the LMS's learner becomes the trainee before the first screen shows.
  await startScormReporting();
  root.render(
    <StrictMode>
      <LazyMotion features={loadMotionFeatures} strict>
        <MotionConfig reducedMotion="user">
          <App wiped={wiped} />
        </MotionConfig>
      </LazyMotion>
    </StrictMode>,
  );
  // Statements waiting from an earlier visit go out after the first screen has its turn.
  startLms();
}

void boot();
