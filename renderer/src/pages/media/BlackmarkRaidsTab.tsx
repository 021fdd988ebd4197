/**
 * @file Мероприятие 7, вкладка «Рейды «Чёрная метка»»: «Чёрная метка» actions and demonstrative disconnections. The
 * list of raids (day, kind, team, status, addresses, outcomes), the plan of a new raid (kind, day, team, scope and
 * the candidates with why each is in), and the card of the chosen raid with its route sheet and visit cards, the
 * outcomes per address, files, closing and cancelling. The frame is the raids' shared one
 * (components/raids/RaidsPage.tsx).
 */
import type { BlackmarkListItem } from '../../../../shared/api/contract-blackmark';
import { BLACKMARK_KIND_LABELS, BLACKMARK_STATUS_LABELS } from '../../../../shared/blackmark/blackmark-terms';
import { useApi } from '../../api/use-api';
import { RaidsPage, type RaidColumn } from '../../components/raids/RaidsPage';
import { formatDate, formatRubles, todayIsoDate } from '../../format';
import { BlackmarkPlanForm } from './raids/BlackmarkPlanForm';
import { BlackmarkRaidCard } from './raids/BlackmarkRaidCard';

const COLUMNS: ReadonlyArray<RaidColumn<BlackmarkListItem>> = [
  { header: 'Дата', cell: (r) => formatDate(r.raidDate) },
  { header: 'Вид', cell: (r) => BLACKMARK_KIND_LABELS[r.kind] },
  { header: 'Состав группы', cell: (r) => r.team },
  { header: 'Состояние', cell: (r) => BLACKMARK_STATUS_LABELS[r.status] },
  { header: 'Адресов', num: true, cell: (r) => r.summary.addresses },
  { header: 'Итоги', num: true, cell: (r) => `${r.summary.recorded} из ${r.summary.addresses}` },
  {
    header: 'Оплачено на месте, ₽',
    num: true,
    cell: (r) => (r.summary.paidKopecks > 0 ? formatRubles(r.summary.paidKopecks) : '—'),
  },
  {
    header: 'Обещано, ₽',
    num: true,
    cell: (r) => (r.summary.promisedKopecks > 0 ? formatRubles(r.summary.promisedKopecks) : '—'),
  },
];

export function BlackmarkRaidsTab() {
  const [list, reloadList] = useApi('blackmark.list', {});
  if (list.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (list.state === 'error')
    return (
      <p className="error-text" role="alert">
        {list.error.message}
      </p>
    );
  return (
    <RaidsPage
      intro={
        <>
          Акции «Чёрная метка» и показательные отключения: выход группы (со специалистом УК и корреспондентом) по
          адресам крупных должников, маршрут по домам, маршрутный лист и карточки адресов, итог по каждому адресу. Имена
          и телефоны должников в документах и на экране не показываются.
        </>
      }
      planButton={{ label: 'Новый рейд', testId: 'bm-plan-open' }}
      renderPlan={({ cancel, planned }) => (
        <BlackmarkPlanForm
          scope={list.value}
          defaultDate={todayIsoDate()}
          onCancel={cancel}
          onPlanned={(raid) => {
            planned(raid.id);
            reloadList();
          }}
        />
      )}
      raids={list.value.raids}
      columns={COLUMNS}
      testIds={{ list: 'bm-list', empty: 'bm-empty' }}
      renderCard={(raidId) => <BlackmarkRaidCard key={raidId} raidId={raidId} onChanged={reloadList} />}
    />
  );
}
