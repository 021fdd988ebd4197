/**
 * @file Measure 9, court work: the queue by bracket, the cases and their steps, the deadlines, the state duty, the
 * court directory and the packages per court — one tab each (the tab is kept in the address: #/measures/9?tab=cases
 * is not used; the last tab is remembered for the session).
 */
import { useState, type KeyboardEvent } from 'react';
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

type TabId = (typeof TABS)[number]['id'];

const STORAGE_KEY = 'court-page-tab';

export function CourtPage() {
  const [tab, setTab] = useState<TabId>(() => {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    return TABS.some((t) => t.id === saved) ? (saved as TabId) : 'queue';
  });
  const choose = (id: TabId) => {
    setTab(id);
    sessionStorage.setItem(STORAGE_KEY, id);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    choose(next.id);
    document.getElementById(`court-tab-${next.id}`)?.focus();
  };
  const current = TABS.find((t) => t.id === tab)!;
  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие 9 из 13</p>
      <h1 tabIndex={-1}>9. Судебная работа</h1>
      <div role="tablist" aria-label="Разделы судебной работы" className="tabs" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`court-tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={t.id === tab}
            aria-controls="court-tab-panel"
            tabIndex={t.id === tab ? 0 : -1}
            className={t.id === tab ? 'tab active' : 'tab'}
            onClick={() => choose(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id="court-tab-panel" role="tabpanel" aria-labelledby={`court-tab-${tab}`}>
        {current.render()}
      </div>
    </section>
  );
}
