/**
 * @file The app shell: navigation on the left, the current screen, the status line at the bottom.
 * Alt+1…6 jump between the main sections (listed in the navigation's hints).
 */
import { useEffect } from 'react';
import { navigate, useRoute, type Route } from './routing';
import { Sidebar } from './components/Sidebar';
import { StatusBar } from './components/StatusBar';
import { SessionBadge } from './components/SessionBadge';
import { NoAccess } from './components/NoAccess';
import { useSession } from './session/session-context';
import { mayOpen, pageMethods } from './session/page-access';
import { HomePage } from './pages/HomePage';
import { RegistryPage } from './pages/RegistryPage';
import { MeasurePage } from './pages/MeasurePage';
import { ReportsPage } from './pages/ReportsPage';
import { JournalPage } from './pages/JournalPage';
import { SettingsPage } from './pages/SettingsPage';
import { AccountCardPage } from './pages/AccountCardPage';
import { ImportPage } from './pages/ImportPage';
import { PenaltyRunPage } from './pages/PenaltyRunPage';
import { EpdExportPage } from './pages/EpdExportPage';
import { SmsPage } from './pages/SmsPage';
import { CallsPage } from './pages/CallsPage';
import { MyQueuePage } from './pages/MyQueuePage';
import { RulesPage } from './pages/RulesPage';
import { ClaimsPage } from './pages/ClaimsPage';
import { CourtPage } from './pages/CourtPage';
import { FsspPage } from './pages/FsspPage';
import { RestrictionPage } from './pages/RestrictionPage';
import { EvictionPage } from './pages/EvictionPage';
import { MediaPage } from './pages/MediaPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { NoticesPage } from './pages/NoticesPage';

export const SECTION_HOTKEYS: ReadonlyArray<{ key: string; route: Route }> = [
  { key: '1', route: { page: 'home' } },
  { key: '2', route: { page: 'registry' } },
  { key: '3', route: { page: 'reports' } },
  { key: '4', route: { page: 'journal' } },
  { key: '5', route: { page: 'settings' } },
  { key: '6', route: { page: 'import' } },
  { key: '7', route: { page: 'my-queue' } },
  { key: '8', route: { page: 'rules' } },
];

export function App() {
  const route = useRoute();
  const session = useSession();

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const hit = SECTION_HOTKEYS.find((h) => h.key === event.key);
      // Only to the sections the user may open (the same the navigation lists).
      if (hit && mayOpen(session, hit.route)) {
        event.preventDefault();
        navigate(hit.route);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session]);

  useEffect(() => {
    // Move focus to the new screen's heading so keyboard and screen-reader users land on it.
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [route]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Перейти к содержанию
      </a>
      <header className="topbar">
        <span className="brand">АРМ «Долги ЖКУ»</span>
        <span className="topbar-note">Работа с задолженностью за жилищно-коммунальные услуги</span>
        <SessionBadge />
      </header>
      <Sidebar route={route} />
      <main id="main" className="content">
        <Screen route={route} />
      </main>
      <StatusBar />
    </div>
  );
}

function Screen({ route }: { route: Route }) {
  const session = useSession();
  const methods = pageMethods(route);
  if (!mayOpen(session, route) && methods[0]) return <NoAccess method={methods[0]} />;
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'registry':
      return <RegistryPage />;
    case 'account':
      // Keyed by the id: another account starts from «loading», never from the previous card's data.
      return <AccountCardPage key={route.accountId} accountId={route.accountId} />;
    case 'import':
      return <ImportPage />;
    case 'measure':
      // Measures 3 (ЕПД information) and 4 (the monthly penalty run) have their own screens.
      if (route.number === 1) return <SmsPage />;
      if (route.number === 2) return <CallsPage />;
      if (route.number === 3) return <EpdExportPage />;
      if (route.number === 4) return <PenaltyRunPage />;
      if (route.number === 5) return <ClaimsPage />;
      if (route.number === 6) return <NoticesPage />;
      if (route.number === 7) return <MediaPage />;
      if (route.number === 8) return <RestrictionPage />;
      if (route.number === 9) return <CourtPage />;
      // Keyed by the measure: 10 opens on the writs, 11 on the proceedings.
      if (route.number === 10 || route.number === 11) return <FsspPage key={route.number} measure={route.number} />;
      if (route.number === 12) return <EvictionPage />;
      if (route.number === 13) return <MeetingsPage />;
      return <MeasurePage number={route.number} />;
    case 'reports':
      return <ReportsPage />;
    case 'journal':
      return <JournalPage />;
    case 'settings':
      return <SettingsPage />;
    case 'my-queue':
      return <MyQueuePage />;
    case 'rules':
      return <RulesPage />;
    case 'not_found':
      return (
        <section>
          <h1 tabIndex={-1}>Страница не найдена</h1>
          <p>
            Адреса «{route.path}» в приложении нет. <a href="#/">Вернуться на главную</a>.
          </p>
        </section>
      );
  }
}
