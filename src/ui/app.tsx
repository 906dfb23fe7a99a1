import { useTranslation } from 'react-i18next';
import { lazy, Suspense } from 'react';
import { Link, Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { currentProfileId } from './hooks/current-profile';
import { AudioControls } from './audio/audio-controls';
import { LanguageSwitch } from './components/language-switch';
import { StorageBanners } from './components/storage-banners';
import { UpdatePrompt } from './components/update-prompt';
import { CallScreen } from './screens/call-screen';

// Screens a trainee does not need to take a call load on first use.
const LibraryScreen = lazy(() =>
  import('./screens/library-screen').then((m) => ({ default: m.LibraryScreen })),
);
const ProfileScreen = lazy(() =>
  import('./screens/profile-screen').then((m) => ({ default: m.ProfileScreen })),
);
const RecordScreen = lazy(() =>
  import('./screens/record-screen').then((m) => ({ default: m.RecordScreen })),
);
const PacksScreen = lazy(() =>
  import('./screens/packs-screen').then((m) => ({ default: m.PacksScreen })),
);
const DataScreen = lazy(() =>
  import('./screens/data-screen').then((m) => ({ default: m.DataScreen })),
);
const DebriefScreen = lazy(() =>
  import('./screens/debrief-screen').then((m) => ({ default: m.DebriefScreen })),
);
const HistoryScreen = lazy(() =>
  import('./screens/history-screen').then((m) => ({ default: m.HistoryScreen })),
);
const HrScreen = lazy(() => import('./screens/hr-screen').then((m) => ({ default: m.HrScreen })));
const HrPersonScreen = lazy(() =>
  import('./screens/hr-person-screen').then((m) => ({ default: m.HrPersonScreen })),
);
const HandbookScreen = lazy(() =>
  import('./screens/handbook-screen').then((m) => ({ default: m.HandbookScreen })),
);

function RequireProfile({ children }: { children: (profileId: string) => React.ReactNode }) {
  const id = currentProfileId();
  return id ? <>{children(id)}</> : <Redirect to="/" />;
}

export function App({ wiped }: { wiped: boolean }) {
  const { t } = useTranslation();
  return (
    <Router hook={useHashLocation}>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link href="/library" className="brand">
          <span className="brand-mark" aria-hidden="true">
            ☎
          </span>
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('app.name')} className="app-nav">
          <Link href="/library">{t('app.nav.library')}</Link>
          <Link href="/history">{t('app.nav.history')}</Link>
          <Link href="/handbook">{t('app.nav.handbook')}</Link>
          <Link href="/packs">{t('app.nav.packs')}</Link>
          <Link href="/data">{t('app.nav.data')}</Link>
          <Link href="/hr">{t('hr.nav')}</Link>
          <Link href="/">{t('app.nav.switchProfile')}</Link>
          <AudioControls />
          <LanguageSwitch />
        </nav>
      </header>
      <StorageBanners wiped={wiped} />
      <main id="main" tabIndex={-1} className="app-main">
        <Suspense fallback={null}>
          <Switch>
            <Route path="/">{() => <ProfileScreen />}</Route>
            <Route path="/library">
              {() => <RequireProfile>{(id) => <LibraryScreen profileId={id} />}</RequireProfile>}
            </Route>
            <Route path="/history">
              {() => <RequireProfile>{(id) => <HistoryScreen profileId={id} />}</RequireProfile>}
            </Route>
            <Route path="/call/:attemptId">
              {(params) => (
                <RequireProfile>
                  {(id) => (
                    <CallScreen
                      key={params.attemptId}
                      profileId={id}
                      attemptId={params.attemptId}
                    />
                  )}
                </RequireProfile>
              )}
            </Route>
            <Route path="/debrief/:attemptId">
              {(params) => <DebriefScreen key={params.attemptId} attemptId={params.attemptId} />}
            </Route>
            <Route path="/record/:scenarioId">
              {(params) => <RecordScreen scenarioId={params.scenarioId} />}
            </Route>
            <Route path="/packs">{() => <PacksScreen />}</Route>
            <Route path="/data">{() => <DataScreen />}</Route>
            <Route path="/hr">{() => <HrScreen />}</Route>
            <Route path="/hr/person/:profileId">
              {(params) => <HrPersonScreen key={params.profileId} profileId={params.profileId} />}
            </Route>
            <Route path="/handbook">{() => <HandbookScreen />}</Route>
            <Route path="/handbook/:entryId">
              {(params) => <HandbookScreen entryId={params.entryId} />}
            </Route>
            <Route>
              <Redirect to="/" />
            </Route>
          </Switch>
        </Suspense>
      </main>
      <UpdatePrompt />
    </Router>
  );
}
