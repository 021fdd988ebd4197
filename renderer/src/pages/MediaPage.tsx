/**
 * @file Measure 7, the municipal media: a press summary without personal data, the publications log, and the
 * «Чёрная метка» raids and demonstrative disconnections with their routes and outcomes — one tab each.
 */
import { PageTabs } from '../components/PageTabs';
import { PressSummaryTab } from './media/PressSummaryTab';
import { PublicationsTab } from './media/PublicationsTab';
import { BlackmarkRaidsTab } from './media/BlackmarkRaidsTab';

const TABS = [
  { id: 'press', label: 'Сводка для СМИ', render: () => <PressSummaryTab /> },
  { id: 'publications', label: 'Публикации', render: () => <PublicationsTab /> },
  { id: 'raids', label: 'Рейды «Чёрная метка»', render: () => <BlackmarkRaidsTab /> },
] as const;

export function MediaPage() {
  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие 7 из 13</p>
      <h1 tabIndex={-1}>7. Информирование через муниципальные СМИ</h1>
      <PageTabs
        tabs={TABS}
        first="press"
        storageKey="media-page-tab"
        idPrefix="media-tab"
        label="Разделы мероприятия 7"
      />
    </section>
  );
}
