import { useTranslation } from 'react-i18next';
import { lazy, Suspense } from 'react';
import { Link, Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { staffAreas } from '../app/pins/setup-code';
import { currentProfileId } from '../app/profiles/current-profile';
import { AudioControls } from './audio/audio-controls';
import { FocusOnNewScreen } from './components/focus-on-new-screen';
import { LanguageSwitch } from './components/language-switch';
import { LockButton } from './components/lock-button';
import { RoleGate } from './components/role-gate';
import { TraineeGate } from './components/trainee-gate';
import { StorageBanners } from './components/storage-banners';
import { UpdatePrompt } from './components/update-prompt';
import { CallScreen } from './screens/call-screen';
import { loadAllMessages } from './i18n/i18n';

/** A screen's module with every message: the first load carries only a call's (i18n.ts). */
const withMessages = <T,>(module: Promise<T>) =>
  Promise.all([module, loadAllMessages()]).then(([loaded]) => loaded);

// Screens a trainee does not need to take a call load on first use.
const LibraryScreen = lazy(() =>
  withMessages(import('./screens/library-screen')).then((m) => ({ default: m.LibraryScreen })),
);
const ProfileScreen = lazy(() =>
  withMessages(import('./screens/profile-screen')).then((m) => ({ default: m.ProfileScreen })),
);
const RecordScreen = lazy(() =>
  withMessages(import('./screens/record-screen')).then((m) => ({ default: m.RecordScreen })),
);
const PacksScreen = lazy(() =>
  withMessages(import('./screens/packs-screen')).then((m) => ({ default: m.PacksScreen })),
);
const DataScreen = lazy(() =>
  withMessages(import('./screens/data-screen')).then((m) => ({ default: m.DataScreen })),
);
const DebriefScreen = lazy(() =>
  withMessages(import('./screens/debrief-screen')).then((m) => ({ default: m.DebriefScreen })),
);
const HistoryScreen = lazy(() =>
  withMessages(import('./screens/history-screen')).then((m) => ({ default: m.HistoryScreen })),
);
const GroupStartScreen = lazy(() =>
  withMessages(import('./group/group-start-screen')).then((m) => ({ default: m.GroupStartScreen })),
);
const GroupStageScreen = lazy(() =>
  withMessages(import('./group/group-stage-screen')).then((m) => ({ default: m.GroupStageScreen })),
);
const RolePlayScreen = lazy(() =>
  withMessages(import('./roleplay/role-play-screen')).then((m) => ({ default: m.RolePlayScreen })),
);
const LmsScreen = lazy(() =>
  withMessages(import('./screens/lms-screen')).then((m) => ({ default: m.LmsScreen })),
);
const HrScreen = lazy(() =>
  withMessages(import('./screens/hr-screen')).then((m) => ({ default: m.HrScreen })),
);
const HrPersonScreen = lazy(() =>
  withMessages(import('./screens/hr-person-screen')).then((m) => ({ default: m.HrPersonScreen })),
);
const HandbookScreen = lazy(() =>
  withMessages(import('./screens/handbook-screen')).then((m) => ({ default: m.HandbookScreen })),
);
const MyGroupScreen = lazy(() =>
  withMessages(import('./screens/my-group-screen')).then((m) => ({ default: m.MyGroupScreen })),
);
const CohortScreen = lazy(() =>
  withMessages(import('./screens/cohort-screen')).then((m) => ({ default: m.CohortScreen })),
);
const ItemAnalysisScreen = lazy(() =>
  withMessages(import('./screens/item-analysis-screen')).then((m) => ({
    default: m.ItemAnalysisScreen,
  })),
);
const CertificationScreen = lazy(() =>
  withMessages(import('./screens/certification-screen')).then((m) => ({
    default: m.CertificationScreen,
  })),
);
const QuizScreen = lazy(() =>
  withMessages(import('./screens/quiz-screen')).then((m) => ({ default: m.QuizScreen })),
);
const CertificateScreen = lazy(() =>
  withMessages(import('./screens/certificate-screen')).then((m) => ({
    default: m.CertificateScreen,
  })),
);
const TrainerScreen = lazy(() =>
  withMessages(import('./screens/trainer-screen')).then((m) => ({ default: m.TrainerScreen })),
);
const ProgramScreen = lazy(() =>
  withMessages(import('./screens/program-screen')).then((m) => ({ default: m.ProgramScreen })),
);

const AuthoringScreen = lazy(() =>
  withMessages(import('./authoring/authoring-screen')).then((m) => ({
    default: m.AuthoringScreen,
  })),
);
const EditorScreen = lazy(() =>
  withMessages(import('./authoring/editor-screen')).then((m) => ({ default: m.EditorScreen })),
);

function RequireProfile({ children }: { children: (profileId: string) => React.ReactNode }) {
  const id = currentProfileId();
  return id ? <TraineeGate profileId={id}>{children(id)}</TraineeGate> : <Redirect to="/" />;
}

export function App({ wiped }: { wiped: boolean }) {
  const { t } = useTranslation();
  // A SCORM package has no trainer or HR areas: every learner's browser would hand them to whoever came first.
  const hasStaffAreas = staffAreas() !== 'lms-package';
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
          <Link href="/certification">{t('certification.title')}</Link>
          {hasStaffAreas && <Link href="/trainer">{t('trainerHub.nav')}</Link>}
          {hasStaffAreas && <Link href="/hr">{t('app.nav.hr')}</Link>}
          <Link href="/data">{t('app.nav.data')}</Link>
          <Link href="/">{t('app.nav.switchProfile')}</Link>
          <LockButton />
          <AudioControls />
        </nav>
        <LanguageSwitch />
      </header>
      <StorageBanners wiped={wiped} />
      <FocusOnNewScreen />
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
              {(params) => (
                <RoleGate role="trainer">
                  <RecordScreen scenarioId={params.scenarioId} />
                </RoleGate>
              )}
            </Route>
            <Route path="/packs">
              {() => (
                <RoleGate role="trainer">
                  <PacksScreen />
                </RoleGate>
              )}
            </Route>
            <Route path="/group">
              {() => (
                <RoleGate role="trainer">
                  <GroupStartScreen />
                </RoleGate>
              )}
            </Route>
            <Route path="/group/:sessionId">
              {(params) => (
                <RoleGate role="trainer">
                  <GroupStageScreen key={params.sessionId} sessionId={params.sessionId} />
                </RoleGate>
              )}
            </Route>
            <Route path="/roleplay">
              {() => (
                <RoleGate role="trainer">
                  <RolePlayScreen />
                </RoleGate>
              )}
            </Route>
            <Route path="/data">{() => <DataScreen />}</Route>
            <Route path="/trainer">
              {() => (
                <RoleGate role="trainer">
                  <TrainerScreen />
                </RoleGate>
              )}
            </Route>
            <Route path="/my-group">
              {() => (
                <RoleGate role="trainer">
                  <MyGroupScreen />
                </RoleGate>
              )}
            </Route>
            <Route path="/my-group/:cohortId/cases/:assignmentId">
              {(params) => (
                <RoleGate role="trainer">
                  <ItemAnalysisScreen
                    key={params.assignmentId}
                    cohortId={params.cohortId}
                    assignmentId={params.assignmentId}
                  />
                </RoleGate>
              )}
            </Route>
            <Route path="/my-group/:cohortId">
              {(params) => (
                <RoleGate role="trainer">
                  <CohortScreen key={params.cohortId} cohortId={params.cohortId} />
                </RoleGate>
              )}
            </Route>
            <Route path="/lms">
              {() => (
                <RoleGate role="hr">
                  <LmsScreen />
                </RoleGate>
              )}
            </Route>
            <Route path="/author">
              {() => (
                <RoleGate role="trainer">
                  <AuthoringScreen />
                </RoleGate>
              )}
            </Route>
            <Route path="/author/:draftId">
              {(params) => (
                <RoleGate role="trainer">
                  <EditorScreen key={params.draftId} draftId={params.draftId} />
                </RoleGate>
              )}
            </Route>
            <Route path="/hr">
              {() => (
                <RoleGate role="hr">
                  <HrScreen />
                </RoleGate>
              )}
            </Route>
            <Route path="/hr/person/:profileId">
              {(params) => (
                <RoleGate role="hr">
                  <HrPersonScreen key={params.profileId} profileId={params.profileId} />
                </RoleGate>
              )}
            </Route>
            <Route path="/handbook">{() => <HandbookScreen />}</Route>
            <Route path="/handbook/:entryId">
              {(params) => <HandbookScreen entryId={params.entryId} />}
            </Route>
            <Route path="/certification">
              {() => (
                <RequireProfile>{(id) => <CertificationScreen profileId={id} />}</RequireProfile>
              )}
            </Route>
            <Route path="/quiz">
              {() => <RequireProfile>{(id) => <QuizScreen profileId={id} />}</RequireProfile>}
            </Route>
            <Route path="/certificate/:awardId">
              {(params) => <CertificateScreen key={params.awardId} awardId={params.awardId} />}
            </Route>
            <Route path="/hr/program">
              {() => (
                <RoleGate role="hr">
                  <ProgramScreen />
                </RoleGate>
              )}
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
