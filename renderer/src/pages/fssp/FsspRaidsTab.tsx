/**
 * @file The bailiffs' page, tab «Рейды» (measure 11): joint raids with the bailiffs. The list of raids with their
 * progress, the plan of a new raid (date, team, department, addresses chosen from debtors with open proceedings,
 * largest first, grouped by building), and the card of the chosen raid with its route, the route sheet (PDF) and
 * the outcome per address. The frame is the raids' shared one (components/raids/RaidsPage.tsx).
 */
import type { RaidListItem } from '../../../../shared/api/contract-fssp-raids';
import { useApi } from '../../api/use-api';
import { RaidsPage, type RaidColumn } from '../../components/raids/RaidsPage';
import { formatDate, formatRubles, todayIsoDate } from '../../format';
import { RaidCard } from './raids/RaidCard';
import { RaidPlanForm } from './raids/RaidPlanForm';

const COLUMNS: ReadonlyArray<RaidColumn<RaidListItem>> = [
  { header: 'Дата', cell: (r) => formatDate(r.raidDate) },
  { header: 'Состав группы', cell: (r) => r.team },
  { header: 'Отдел', cell: (r) => r.departmentName ?? '—' },
  { header: 'Адресов', num: true, cell: (r) => r.summary.addresses },
  {
    header: 'Итоги',
    num: true,
    cell: (r) =>
      r.summary.pending === 0 ? (
        <span className="chip chip-ok">все записаны</span>
      ) : (
        `${r.summary.recorded} из ${r.summary.addresses}`
      ),
  },
  { header: 'Долг, ₽', num: true, cell: (r) => formatRubles(r.summary.debtKopecks) },
  {
    header: 'Оплачено на месте, ₽',
    num: true,
    cell: (r) => (r.summary.paidKopecks > 0 ? formatRubles(r.summary.paidKopecks) : '—'),
  },
];

export function FsspRaidsTab() {
  const [list, reloadList] = useApi('raids.list', {});
  if (list.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (list.state === 'error')
    return (
      <p className="error-text" role="alert">
        {list.error.message}
      </p>
    );
  const { raids, departments } = list.value;
  return (
    <RaidsPage
      intro={
        <>
          Совместные рейды с судебными приставами по должникам с открытыми исполнительными производствами: адреса с
          наибольшим долгом, маршрут по домам, маршрутный лист для группы и итог по каждому адресу (мероприятие 11).
        </>
      }
      planButton={{ label: 'Запланировать рейд', testId: 'raid-plan-open' }}
      renderPlan={({ cancel, planned }) => (
        <RaidPlanForm
          departments={departments}
          defaultDate={todayIsoDate()}
          onCancel={cancel}
          onPlanned={(raid) => {
            planned(raid.id);
            reloadList();
          }}
        />
      )}
      raids={raids}
      columns={COLUMNS}
      testIds={{ list: 'raids-list', empty: 'raids-empty' }}
      renderCard={(raidId) => <RaidCard key={raidId} raidId={raidId} onChanged={reloadList} />}
    />
  );
}
