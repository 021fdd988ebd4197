/**
 * @file Measure 13, meetings with building elders, initiative groups and council chairmen, and the «Управдом»
 * forum: the meetings log, the follow-up tasks (overdue ones first), and a one-page debt summary per building for
 * the meeting — one tab each.
 */
import { PageTabs } from '../components/PageTabs';
import { MeetingsLogTab } from './meetings/MeetingsLogTab';
import { MeetingTasksTab } from './meetings/MeetingTasksTab';
import { BuildingKitTab } from './meetings/BuildingKitTab';

const TABS = [
  { id: 'log', label: 'Встречи', render: () => <MeetingsLogTab /> },
  { id: 'tasks', label: 'Поручения', render: () => <MeetingTasksTab /> },
  { id: 'kit', label: 'Сводка по дому', render: () => <BuildingKitTab /> },
] as const;

export function MeetingsPage() {
  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие 13 из 13</p>
      <h1 tabIndex={-1}>13. Встречи со старшими по домам</h1>
      <PageTabs
        tabs={TABS}
        first="log"
        storageKey="meetings-page-tab"
        idPrefix="meetings-tab"
        label="Разделы мероприятия 13"
      />
    </section>
  );
}
