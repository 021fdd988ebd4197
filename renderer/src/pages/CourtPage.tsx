/**
 * @file Measure 9, court work: the queue by bracket, the cases and their steps, the deadlines, the state duty, the
 * court directory and the packages per court — one tab each (the tab is kept in the address: #/measures/9?tab=cases
 * is not used; the last tab is remembered for the session).
 */
import { PageTabs } from '../components/PageTabs';
import { CourtQueueTab } from './court/CourtQueueTab';
import { CourtCasesTab } from './court/CourtCasesTab';
import { CourtDeadlinesTab } from './court/CourtDeadlinesTab';
import { CourtDutyTab } from './court/CourtDutyTab';
import { CourtDirectoryTab } from './court/CourtDirectoryTab';
import { CourtPackagesTab } from './court/CourtPackagesTab';

const TABS = [
  { id: 'queue', label: 'Очередь', render: () => <CourtQueueTab /> },
  { id: 'cases', label: 'Дела', render: () => <CourtCasesTab /> },
  { id: 'deadlines', label: 'Сроки', render: () => <CourtDeadlinesTab /> },
  { id: 'duty', label: 'Госпошлина', render: () => <CourtDutyTab /> },
  { id: 'packages', label: 'Пакеты в суд', render: () => <CourtPackagesTab /> },
  { id: 'directory', label: 'Суды', render: () => <CourtDirectoryTab /> },
] as const;

export function CourtPage() {
  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие 9 из 13</p>
      <h1 tabIndex={-1}>9. Судебная работа</h1>
      <PageTabs
        tabs={TABS}
        first="queue"
        storageKey="court-page-tab"
        idPrefix="court-tab"
        label="Разделы судебной работы"
      />
    </section>
  );
}
