/**
 * @file Measures 10 and 11, the bailiffs: the writ registry and its presentation deadlines, the applications and
 * the transfer registers, the enforcement proceedings, the petitions and their answers, the reconciliation with the
 * department's list, the joint raids and the departments' directory — one tab each. Measure 10 opens on the writs,
 * measure 11 on the proceedings; the last tab chosen is remembered for the session.
 */
import { PageTabs } from '../components/PageTabs';
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

const HEADINGS = {
  10: { title: '10. Исполнительные документы в ФССП', first: 'writs' },
  11: { title: '11. Работа с ФССП', first: 'proceedings' },
} as const;

export function FsspPage({ measure }: { measure: 10 | 11 }) {
  const heading = HEADINGS[measure];
  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие {measure} из 13</p>
      <h1 tabIndex={-1}>{heading.title}</h1>
      <PageTabs
        tabs={TABS}
        first={heading.first}
        storageKey={`fssp-page-tab-${measure}`}
        idPrefix="fssp-tab"
        label="Разделы работы с ФССП"
      />
    </section>
  );
}
