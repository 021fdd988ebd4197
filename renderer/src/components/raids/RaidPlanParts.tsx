/**
 * @file The pieces of a raid's plan both raids share: the candidates grouped by building in route order with a
 * checkbox per flat and per building (flat, entrance and account shared; the raid's own columns passed in), the
 * «how many to show» choice, the plan's buttons with the count and the sum chosen, and the form itself (Enter plans,
 * Escape closes) with the state of its one call.
 */
import { useState, type ReactNode } from 'react';
import { formatRubles, plural } from '../../format';
import { columnCells, columnHeads, type RaidColumn } from './RaidsPage';

export const CANDIDATE_LIMITS = [50, 100, 200, 500] as const;

export function LimitSelect({ limit, onChange }: { limit: number; onChange: (limit: number) => void }) {
  return (
    <label>
      Показать адресов
      <select value={limit} onChange={(e) => onChange(Number(e.target.value))}>
        {CANDIDATE_LIMITS.map((l) => (
          <option key={l} value={l}>
            {l} с наибольшим долгом
          </option>
        ))}
      </select>
    </label>
  );
}

interface CandidateFlat {
  accountId: number;
  apartment: string;
  entrance: number | null;
  accountNumber: string;
  debtKopecks: number;
}

interface CandidateBuilding<F extends CandidateFlat> {
  buildingId: number;
  address: string;
  totalDebtKopecks: number;
  flats: readonly F[];
}

export function CandidatesTable<F extends CandidateFlat, B extends CandidateBuilding<F>>({
  buildings,
  selected,
  setSelected,
  testId,
  buildingNote,
  middleColumns = [],
  lastColumns = [],
}: {
  buildings: readonly B[];
  selected: ReadonlySet<number>;
  setSelected: (s: Set<number>) => void;
  testId: string;
  /** After the building's address and its number of flats. */
  buildingNote?: (b: B) => ReactNode;
  /** Between the account and the debt. */
  middleColumns?: ReadonlyArray<RaidColumn<F>>;
  /** After the debt. */
  lastColumns?: ReadonlyArray<RaidColumn<F>>;
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
      <table className="grid compact" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col" aria-label="Выбор" />
            <th scope="col">Кв.</th>
            <th scope="col">Подъезд</th>
            <th scope="col">Л/с</th>
            {columnHeads(middleColumns)}
            <th scope="col" className="num">
              Долг, ₽
            </th>
            {columnHeads(lastColumns)}
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
                <th scope="rowgroup" colSpan={3 + middleColumns.length}>
                  {b.address}
                  <span className="muted small">
                    {' '}
                    · {b.flats.length} {plural(b.flats.length, ['адрес', 'адреса', 'адресов'])}
                    {buildingNote?.(b)}
                  </span>
                </th>
                <td className="num">
                  <strong>{formatRubles(b.totalDebtKopecks)}</strong>
                </td>
                {lastColumns.map((c) => (
                  <td key={c.header} />
                ))}
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
                  {columnCells(middleColumns, f)}
                  <td className="num">{formatRubles(f.debtKopecks)}</td>
                  {columnCells(lastColumns, f)}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

/** The plan's buttons: «<verb>: N адресов, X ₽» and «Отмена», and the error of the last attempt. */
export function PlanActions({
  verb,
  chosen,
  disabled,
  working,
  testId,
  onCancel,
  error,
}: {
  verb: string;
  chosen: ReadonlyArray<{ debtKopecks: number }>;
  disabled: boolean;
  working: boolean;
  testId: string;
  onCancel: () => void;
  error: string | null;
}) {
  const sum = chosen.reduce((s, f) => s + f.debtKopecks, 0);
  return (
    <>
      <div className="form-actions">
        <button type="submit" disabled={working || disabled} data-testid={testId}>
          {working
            ? 'Сохраняется…'
            : `${verb}: ${chosen.length} ${plural(chosen.length, ['адрес', 'адреса', 'адресов'])}, ${formatRubles(sum)} ₽`}
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
    </>
  );
}

type PlanResult<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

/** Runs the plan's create call once at a time; the created raid goes to `onPlanned`, a refusal to `error`. */
export function usePlanSubmit<T>(onPlanned: (raid: T) => void): {
  working: boolean;
  error: string | null;
  run: (call: () => Promise<PlanResult<T>>) => Promise<void>;
} {
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  async function run(call: () => Promise<PlanResult<T>>): Promise<void> {
    setError(null);
    setWorking(true);
    const r = await call();
    setWorking(false);
    if (r.ok) onPlanned(r.value);
    else setError(r.error.message);
  }
  return { working, error, run };
}

/** The plan's form: Enter plans, Escape closes. */
export function PlanForm({
  label,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className="raid-plan"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      {children}
    </form>
  );
}

/** The candidates while they load, or why they could not be had. */
export function CandidatesPending({
  state,
}: {
  state: { state: 'loading' } | { state: 'error'; error: { message: string } } | { state: 'ready' };
}) {
  if (state.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (state.state === 'error')
    return (
      <p className="error-text" role="alert">
        {state.error.message}
      </p>
    );
  return null;
}
