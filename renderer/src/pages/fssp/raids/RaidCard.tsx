/**
 * @file One raid: its date, team and department, the summary (outcomes counted, paid on the spot, promised), the
 * route sheet (PDF, made on request and kept), and the addresses in route order, grouped by building, each with its
 * outcome and a button that opens the outcome form in place.
 */
import { Fragment, useState } from 'react';
import type { RaidView } from '../../../../../shared/api/contract-fssp-raids';
import { RAID_OUTCOMES, RAID_OUTCOME_LABELS } from '../../../../../shared/fssp/fssp-terms';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { OpenDocumentButton } from '../../../components/OpenDocumentButton';
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
    <div className="raid-route-sheet">
      {raid.routeDocumentId === null ? (
        <button type="button" onClick={() => void make(false)} disabled={working} data-testid="raid-route-sheet">
          {working ? 'Формируется…' : 'Маршрутный лист (PDF)'}
        </button>
      ) : (
        <>
          <OpenDocumentButton
            documentId={raid.routeDocumentId}
            label="Маршрутный лист (PDF)"
            testId="raid-route-open"
          />
          <button type="button" className="link-button small" onClick={() => void make(true)} disabled={working}>
            {working ? 'формируется…' : 'сформировать заново'}
          </button>
        </>
      )}
      <span className="muted small">
        В листе нет имён и телефонов должников — только адрес, квартира, № ИП и сумма.
      </span>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function outcomeCell(a: RaidView['addresses'][number]): string {
  if (a.outcome === null) return '—';
  const label = RAID_OUTCOME_LABELS[a.outcome];
  if (a.outcome === 'paid' && a.paidKopecks !== null) return `${label}: ${formatRubles(a.paidKopecks)}\u00a0₽`;
  if (a.outcome === 'promise' && a.promiseDate) return `${label} до ${formatDate(a.promiseDate)}`;
  return label;
}

export function RaidCard({ raidId, onChanged }: { raidId: number; onChanged: () => void }) {
  const [loaded, reload] = useApi('raids.get', { raidId }, [raidId]);
  const [editing, setEditing] = useState<number | null>(null);
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
          записано {s.recorded} из {s.addresses}
          {RAID_OUTCOMES.filter((o) => s.counts[o] > 0).map((o) => {
            const sum = o === 'paid' ? s.paidKopecks : o === 'promise' ? s.promisedKopecks : 0;
            return ` · ${RAID_OUTCOME_LABELS[o]}: ${s.counts[o]}${sum > 0 ? ` (${formatRubles(sum)} ₽)` : ''}`;
          })}
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
      <div className="table-scroll">
        <table className="grid compact raid-route" data-testid="raid-route">
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">Кв.</th>
              <th scope="col">Подъезд</th>
              <th scope="col">Л/с</th>
              <th scope="col">Должник</th>
              <th scope="col">№ ИП</th>
              <th scope="col" className="num">
                Долг, ₽
              </th>
              <th scope="col">Итог</th>
              <th scope="col" aria-label="Действие" />
            </tr>
          </thead>
          <tbody>
            {raid.addresses.map((a, i) => (
              <Fragment key={a.accountId}>
                {(i === 0 || raid.addresses[i - 1]!.buildingId !== a.buildingId) && (
                  <tr className="raid-building-row">
                    <th scope="rowgroup" colSpan={9}>
                      {a.buildingAddress}
                    </th>
                  </tr>
                )}
                <tr className={a.outcome ? 'raid-done' : undefined}>
                  <td>{a.routeOrder}</td>
                  <td>{a.apartment}</td>
                  <td>{a.entrance ?? '—'}</td>
                  <td>{a.accountNumber}</td>
                  <td>{a.debtorName}</td>
                  <td className="small nowrap">
                    {a.proceedingNumbers.map((n) => (
                      <div key={n}>{n}</div>
                    ))}
                  </td>
                  <td className="num">{formatRubles(a.debtKopecks)}</td>
                  <td>
                    {outcomeCell(a)}
                    {a.note && <div className="small muted">{a.note}</div>}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setEditing(editing === a.accountId ? null : a.accountId)}
                      aria-expanded={editing === a.accountId}
                      aria-label={`Итог по адресу № ${a.routeOrder}, кв. ${a.apartment}`}
                    >
                      {a.outcome ? 'изменить' : 'итог…'}
                    </button>
                  </td>
                </tr>
                {editing === a.accountId && (
                  <tr className="raid-outcome-row">
                    <td colSpan={9}>
                      <RaidOutcomeForm
                        raid={raid}
                        address={a}
                        onClose={() => setEditing(null)}
                        onSaved={(_r, summary) => {
                          // On to the next address on the route still without an outcome: the clerk types the sheet in order.
                          const next = raid.addresses.slice(i + 1).find((x) => x.outcome === null);
                          setEditing(next?.accountId ?? null);
                          setMessage(summary);
                          reload();
                          onChanged();
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
