/**
 * @file Measure 8, restriction of a utility service for persistent non-payers (Правила № 354 раздел XI): the candidates by service with the threshold, the warnings with their delivery and 20-day timers, the orders to contractors and the acts, the restorations due, the repayment agreements that pause it, and the dated data (norms, tariffs, restrictable services, rules) — one tab each.
 */
import { PageTabs } from '../components/PageTabs';
import { RestrictionCandidatesTab } from './restriction/RestrictionCandidatesTab';
import { RestrictionWarningsTab } from './restriction/RestrictionWarningsTab';
import { RestrictionOrdersTab } from './restriction/RestrictionOrdersTab';
import { RestrictionRestorationTab } from './restriction/RestrictionRestorationTab';
import { AgreementsTab } from './restriction/AgreementsTab';
import { RestrictionDataTab } from './restriction/RestrictionDataTab';

const TABS = [
  { id: 'candidates', label: 'Кандидаты', render: () => <RestrictionCandidatesTab /> },
  { id: 'warnings', label: 'Предупреждения и сроки', render: () => <RestrictionWarningsTab /> },
  { id: 'orders', label: 'Заявки и акты', render: () => <RestrictionOrdersTab /> },
  { id: 'restoration', label: 'Восстановление', render: () => <RestrictionRestorationTab /> },
  { id: 'agreements', label: 'Соглашения', render: () => <AgreementsTab /> },
  { id: 'data', label: 'Нормативы и правила', render: () => <RestrictionDataTab /> },
] as const;

export function RestrictionPage() {
  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие 8 из 13</p>
      <h1 tabIndex={-1}>8. Ограничение водоотведения и других услуг</h1>
      <PageTabs
        tabs={TABS}
        first="candidates"
        storageKey="restriction-page-tab"
        idPrefix="restriction-tab"
        label="Разделы мероприятия 8"
      />
    </section>
  );
}
