/**
 * @file Measure 12, eviction of social tenants for non-payment (ЖК ст.90, 83): the candidates and the cases with their checklist, stages and documents, and the municipal housing stock the household moves to — one tab each.
 */
import { PageTabs } from '../components/PageTabs';
import { EvictionCasesTab } from './eviction/EvictionCasesTab';
import { HousingStockTab } from './eviction/HousingStockTab';

const TABS = [
  { id: 'cases', label: 'Кандидаты и дела', render: () => <EvictionCasesTab /> },
  { id: 'housing', label: 'Муниципальный жилой фонд', render: () => <HousingStockTab /> },
] as const;

export function EvictionPage() {
  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие 12 из 13</p>
      <h1 tabIndex={-1}>12. Выселение нанимателей за долги</h1>
      <PageTabs
        tabs={TABS}
        first="cases"
        storageKey="eviction-page-tab"
        idPrefix="eviction-tab"
        label="Разделы мероприятия 12"
      />
    </section>
  );
}
