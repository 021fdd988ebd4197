/**
 * @file One raid: its date, team and department, the summary (outcomes counted, paid on the spot, promised), the
 * route sheet (PDF, made on request and kept), and the addresses in route order, grouped by building, each with its
 * outcome and a button that opens the outcome form in place. The bailiff's route shows the debtor and the
 * proceedings numbers; the route table and the papers' buttons are the raids' shared ones
 * (components/raids/RaidCardParts.tsx).
 */
import { useState } from 'react';
import type { RaidAddressView, RaidView } from '../../../../../shared/api/contract-fssp-raids';
import { RAID_OUTCOMES, RAID_OUTCOME_LABELS } from '../../../../../shared/fssp/fssp-terms';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { outcomesLine, RaidDocs, RaidRouteTable, RouteSheetButtons } from '../../../components/raids/RaidCardParts';
import type { RaidColumn } from '../../../components/raids/RaidsPage';
import { formatDate, formatRubles } from '../../../format';
import { RaidOutcomeForm } from './RaidOutcomeForm';

function RouteSheetControls({ raid, onMade }: { raid: RaidView; onMade: () => void }) {
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function make(regenerate: boolean): Promise<void> {
    setError(null);
    setWorking(true);
    const r = await api.call('raids.routeSheet', { raidId: raid.id, regenerate });
    setWorking(false);
    if (r.ok) onMade();
    else setError(r.error.message);
  }
  return (
    <RaidDocs note="В листе нет имён и телефонов должников — только адрес, квартира, № ИП и сумма." error={error}>
      <RouteSheetButtons
        documentId={raid.routeDocumentId}
        working={working}
        disabled={working}
        onMake={(regenerate) => void make(regenerate)}
        testIds={{ make: 'raid-route-sheet', open: 'raid-route-open' }}
      />
    </RaidDocs>
  );
}

function outcomeCell(a: RaidAddressView): string {
  if (a.outcome === null) return '—';
  const label = RAID_OUTCOME_LABELS[a.outcome];
  if (a.outcome === 'paid' && a.paidKopecks !== null) return `${label}: ${formatRubles(a.paidKopecks)}\u00a0₽`;
  if (a.outcome === 'promise' && a.promiseDate) return `${label} до ${formatDate(a.promiseDate)}`;
  return label;
}

/** The bailiff finds the debtor by name and proceedings (the screen, unlike the printed sheet, may show the name). */
const DEBTOR_COLUMNS: ReadonlyArray<RaidColumn<RaidAddressView>> = [
  { header: 'Должник', cell: (a) => a.debtorName },
  {
    header: '№ ИП',
    className: 'small nowrap',
    cell: (a) => a.proceedingNumbers.map((n) => <div key={n}>{n}</div>),
  },
];

export function RaidCard({ raidId, onChanged }: { raidId: number; onChanged: () => void }) {
  const [loaded, reload] = useApi('raids.get', { raidId }, [raidId]);
  const [message, setMessage] = useState<string | null>(null);
  if (loaded.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (loaded.state === 'error')
    return (
      <p className="error-text" role="alert">
        {loaded.error.message}
      </p>
    );
  const raid = loaded.value;
  const s = raid.summary;
  return (
    <section className="raid-card" aria-label={`Рейд № ${raid.id}`} data-testid="raid-card">
      <h2>
        Рейд № {raid.id} · {formatDate(raid.raidDate)}
      </h2>
      <dl className="raid-facts">
        <dt>Состав группы</dt>
        <dd>{raid.team}</dd>
        <dt>Отдел</dt>
        <dd>{raid.departmentName ?? 'не указан'}</dd>
        <dt>Итоги</dt>
        <dd data-testid="raid-summary">
          {outcomesLine(s, RAID_OUTCOMES, RAID_OUTCOME_LABELS, (o) =>
            o === 'paid' ? s.paidKopecks : o === 'promise' ? s.promisedKopecks : 0,
          )}
        </dd>
      </dl>
      <RouteSheetControls
        raid={raid}
        onMade={() => {
          reload();
          onChanged();
        }}
      />
      <p className="muted small">
        Долг — остаток по исполнительным производствам на день планирования. Оплата на месте записывается как итог и
        долг не меняет: он уменьшится, когда платёж придёт с выгрузкой биллинга.
      </p>
      {message && (
        <p className="ok-text" role="status">
          {message}
        </p>
      )}
      <RaidRouteTable
        addresses={raid.addresses}
        testId="raid-route"
        middleColumns={DEBTOR_COLUMNS}
        outcomeText={outcomeCell}
        canRecord
        renderForm={(a, done) => (
          <RaidOutcomeForm
            raid={raid}
            address={a}
            onClose={done.close}
            onSaved={(_r, summary) => {
              done.saved();
              setMessage(summary);
              reload();
              onChanged();
            }}
          />
        )}
      />
    </section>
  );
}
