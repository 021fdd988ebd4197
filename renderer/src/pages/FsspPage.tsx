/**
 * @file Measures 10 and 11, the bailiffs: the writ registry and its presentation deadlines, the applications and
 * the transfer registers, the enforcement proceedings, the petitions and their answers, the reconciliation with the
 * department's list, the joint raids and the departments' directory — one tab each. Measure 10 opens on the writs,
 * measure 11 on the proceedings; the last tab chosen is remembered for the session.
 */
import { useState, type KeyboardEvent } from 'react';
import { FsspWritsTab } from './fssp/FsspWritsTab';
import { FsspDeadlinesTab } from './fssp/FsspDeadlinesTab';
import { FsspApplicationsTab } from './fssp/FsspApplicationsTab';
import { FsspProceedingsTab } from './fssp/FsspProceedingsTab';
import { FsspPetitionsTab } from './fssp/FsspPetitionsTab';
import { FsspReconciliationTab } from './fssp/FsspReconciliationTab';
import { FsspRaidsTab } from './fssp/FsspRaidsTab';
import { FsspDepartmentsTab } from './fssp/FsspDepartmentsTab';

const TABS = [
  { id: 'writs', label: 'Исполнительные документы', render: () => <FsspWritsTab /> },
  { id: 'deadlines', label: 'Сроки', render: () => <FsspDeadlinesTab /> },
  { id: 'applications', label: 'Заявления и реестры', render: () => <FsspApplicationsTab /> },
  { id: 'proceedings', label: 'Производства', render: () => <FsspProceedingsTab /> },
  { id: 'petitions', label: 'Ходатайства', render: () => <FsspPetitionsTab /> },
  { id: 'reconciliation', label: 'Сверка', render: () => <FsspReconciliationTab /> },
  { id: 'raids', label: 'Рейды', render: () => <FsspRaidsTab /> },
  { id: 'departments', label: 'Отделы ФССП', render: () => <FsspDepartmentsTab /> },
] as const;

type TabId = (typeof TABS)[number]['id'];

const STORAGE_KEY = 'fssp-page-tab';

const HEADINGS = {
  10: { title: '10. Исполнительные документы в ФССП', first: 'writs' },
  11: { title: '11. Работа с ФССП', first: 'proceedings' },
} as const;

export function FsspPage({ measure }: { measure: 10 | 11 }) {
  const heading = HEADINGS[measure];
  const [tab, setTab] = useState<TabId>(() => {
    const saved = sessionStorage.getItem(`${STORAGE_KEY}-${measure}`);
    return TABS.some((t) => t.id === saved) ? (saved as TabId) : heading.first;
  });
  const choose = (id: TabId) => {
    setTab(id);
    sessionStorage.setItem(`${STORAGE_KEY}-${measure}`, id);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    choose(next.id);
    document.getElementById(`fssp-tab-${next.id}`)?.focus();
  };
  const current = TABS.find((t) => t.id === tab)!;
  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие {measure} из 13</p>
      <h1 tabIndex={-1}>{heading.title}</h1>
      <div role="tablist" aria-label="Разделы работы с ФССП" className="tabs" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`fssp-tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={t.id === tab}
            aria-controls="fssp-tab-panel"
            tabIndex={t.id === tab ? 0 : -1}
            className={t.id === tab ? 'tab active' : 'tab'}
            onClick={() => choose(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id="fssp-tab-panel" role="tabpanel" aria-labelledby={`fssp-tab-${tab}`}>
        {current.render()}
      </div>
    </section>
  );
}
