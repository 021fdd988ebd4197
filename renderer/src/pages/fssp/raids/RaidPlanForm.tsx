/**
 * @file Planning a joint raid: the date, the team, the department (a filter of the addresses and the raid's
 * department), and the candidates — debtors with open proceedings, the largest debts first, grouped by building in
 * route order — with a checkbox per flat and per building. Accounts already in a raid that day are not offered.
 */
import { useState } from 'react';
import type { RaidCandidateBuilding, RaidView } from '../../../../../shared/api/contract-fssp-raids';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { formatRubles, plural } from '../../../format';
import { DateField } from '../../../components/fields/DateField';

const LIMITS = [50, 100, 200, 500] as const;

function CandidatesTable({
  buildings,
  selected,
  setSelected,
}: {
  buildings: readonly RaidCandidateBuilding[];
  selected: ReadonlySet<number>;
  setSelected: (s: Set<number>) => void;
}) {
  const toggle = (ids: number[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids)
      if (on) next.add(id);
      else next.delete(id);
    setSelected(next);
  };
  return (
    <div className="table-scroll raid-candidates">
      <table className="grid compact" data-testid="raid-candidates">
        <thead>
          <tr>
            <th scope="col" aria-label="Выбор" />
            <th scope="col">Кв.</th>
            <th scope="col">Подъезд</th>
            <th scope="col">Л/с</th>
            <th scope="col">Должник</th>
            <th scope="col">Исполнительные производства</th>
            <th scope="col" className="num">
              Долг, ₽
            </th>
          </tr>
        </thead>
        {buildings.map((b) => {
          const ids = b.flats.map((f) => f.accountId);
          const all = ids.every((id) => selected.has(id));
          return (
            <tbody key={b.buildingId}>
              <tr className="raid-building-row">
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Выбрать все квартиры: ${b.address}`}
                    checked={all}
                    onChange={() => toggle(ids, !all)}
                  />
                </td>
                <th scope="rowgroup" colSpan={5}>
                  {b.address}
                  <span className="muted small">
                    {' '}
                    · {b.flats.length} {plural(b.flats.length, ['адрес', 'адреса', 'адресов'])} · наибольший долг{' '}
                    {formatRubles(b.maxDebtKopecks)} ₽
                    {b.departmentName ? ` · ${b.departmentName}` : ' · отдел не определён'}
                  </span>
                </th>
                <td className="num">
                  <strong>{formatRubles(b.totalDebtKopecks)}</strong>
                </td>
              </tr>
              {b.flats.map((f) => (
                <tr key={f.accountId}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Выбрать кв. ${f.apartment}, ${b.address}`}
                      checked={selected.has(f.accountId)}
                      onChange={() => toggle([f.accountId], !selected.has(f.accountId))}
                    />
                  </td>
                  <td>{f.apartment}</td>
                  <td>{f.entrance ?? '—'}</td>
                  <td>{f.accountNumber}</td>
                  <td>{f.debtorName}</td>
                  <td className="small nowrap">
                    {f.proceedings.map((p) => (
                      <div key={p.proceedingId}>
                        {p.number}
                        {p.status === 'suspended' && <span className="chip chip-muted">приостановлено</span>}
                      </div>
                    ))}
                  </td>
                  <td className="num">{formatRubles(f.debtKopecks)}</td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

export function RaidPlanForm({
  departments,
  defaultDate,
  onPlanned,
  onCancel,
}: {
  departments: ReadonlyArray<{ id: number; name: string }>;
  defaultDate: string;
  onPlanned: (raid: RaidView) => void;
  onCancel: () => void;
}) {
  const [raidDate, setRaidDate] = useState(defaultDate);
  const [team, setTeam] = useState('');
  const [departmentId, setDepartmentId] = useState<number | null>(null);
  const [limit, setLimit] = useState<number>(200);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(raidDate);
  const [candidates] = useApi('raids.candidates', { departmentId, raidDate: validDate ? raidDate : null, limit }, [
    departmentId,
    validDate ? raidDate : '',
    limit,
  ]);
  const flats = candidates.state === 'ready' ? candidates.value.buildings.flatMap((b) => b.flats) : [];
  const chosen = flats.filter((f) => selected.has(f.accountId));
  const chosenSum = chosen.reduce((s, f) => s + f.debtKopecks, 0);

  async function plan(): Promise<void> {
    setError(null);
    setWorking(true);
    // Without a filter, the raid takes the department of the chosen buildings when they all share one.
    const chosenDepartments = new Set(
      candidates.state === 'ready'
        ? candidates.value.buildings
            .filter((b) => b.flats.some((f) => selected.has(f.accountId)))
            .map((b) => b.departmentId)
        : [],
    );
    const only = chosenDepartments.size === 1 ? [...chosenDepartments][0]! : null;
    const r = await api.call('raids.create', {
      raidDate,
      team,
      departmentId: departmentId ?? only,
      accountIds: chosen.map((f) => f.accountId),
    });
    setWorking(false);
    if (r.ok) onPlanned(r.value);
    else setError(r.error.message);
  }

  return (
    <form
      className="raid-plan"
      aria-label="План рейда"
      onSubmit={(e) => {
        e.preventDefault();
        void plan();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <div className="raid-plan-fields">
        <label>
          Дата рейда
          <DateField value={raidDate} onChange={(v) => setRaidDate(v)} required autoFocus />
        </label>
        <label className="raid-team">
          Состав группы
          <input
            value={team}
            onChange={(e) => setTeam(e.target.value)}
            placeholder="СПИ Петров А. А., специалист УК Белова О. В."
            required
          />
        </label>
        <label>
          Отдел судебных приставов
          <select
            value={departmentId ?? ''}
            onChange={(e) => {
              setDepartmentId(e.target.value === '' ? null : Number(e.target.value));
              setSelected(new Set());
            }}
          >
            <option value="">все отделы</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Показать адресов
          <select value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
            {LIMITS.map((l) => (
              <option key={l} value={l}>
                {l} с наибольшим долгом
              </option>
            ))}
          </select>
        </label>
      </div>
      {candidates.state === 'loading' && <p className="muted">Загрузка…</p>}
      {candidates.state === 'error' && (
        <p className="error-text" role="alert">
          {candidates.error.message}
        </p>
      )}
      {candidates.state === 'ready' && (
        <>
          <p className="muted small">
            {candidates.value.debtBasis} Дома — по наибольшему долгу, квартиры в доме — по подъездам и номерам, как идёт
            маршрут.
            {candidates.value.leftOut > 0 &&
              ` Ещё ${candidates.value.leftOut} ${plural(candidates.value.leftOut, ['должник', 'должника', 'должников'])} с меньшим долгом не показаны.`}
            {candidates.value.alreadyPlanned > 0 && ` Уже в рейде в этот день: ${candidates.value.alreadyPlanned}.`}
          </p>
          {candidates.value.buildings.length === 0 ? (
            <p className="muted" data-testid="raid-no-candidates">
              Должников с открытыми исполнительными производствами{departmentId !== null ? ' в этом отделе' : ''} нет.
            </p>
          ) : (
            <CandidatesTable buildings={candidates.value.buildings} selected={selected} setSelected={setSelected} />
          )}
        </>
      )}
      <div className="form-actions">
        <button
          type="submit"
          disabled={working || chosen.length === 0 || team.trim().length < 3}
          data-testid="raid-plan-submit"
        >
          {working
            ? 'Сохраняется…'
            : `Запланировать рейд: ${chosen.length} ${plural(chosen.length, ['адрес', 'адреса', 'адресов'])}, ${formatRubles(chosenSum)} ₽`}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Отмена
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
