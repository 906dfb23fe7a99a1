import { LazyMotion, MotionConfig } from 'framer-motion';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ensureDemoProfile } from '../storage/profiles';
import { App } from './app';
import { initI18n } from './i18n/i18n';
import './styles.css';

const loadMotionFeatures = () => import('./motion-features').then((m) => m.default);

async function boot() {
  await initI18n();
  await ensureDemoProfile();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <LazyMotion features={loadMotionFeatures} strict>
        <MotionConfig reducedMotion="user">
          <App />
        </MotionConfig>
      </LazyMotion>
    </StrictMode>,
  );
}

void boot();
