/**
 * @file The registry's filter bar: debt groups, УК, house (narrowed by the УК), minimum debt in rubles, months in
 * arrears, tenure and account state. Controlled: the page owns the state and turns it into a query.
 */
import type { BracketCode } from '../../../shared/registry/brackets';
import type { RegistryFilterOptions, Tenure } from '../../../shared/registry/registry-types';
import { kopecksOfText } from '../../../shared/numbers/field-value';

export interface RegistryFilterState {
  brackets: BracketCode[];
  companyId: number | null;
  buildingId: number | null;
  /** As typed, in rubles; converted to kopecks when the query is built. */
  minDebtRub: string;
  minMonths: string;
  tenure: Tenure | null;
  status: 'open' | 'closed' | 'all';
}

export const EMPTY_FILTERS: RegistryFilterState = {
  brackets: [],
  companyId: null,
  buildingId: null,
  minDebtRub: '',
  minMonths: '',
  tenure: null,
  status: 'all',
};

export function parseMonths(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  return /^\d{1,3}$/.test(t) ? Number(t) : Number.NaN;
}

interface Props {
  options: RegistryFilterOptions | null;
  value: RegistryFilterState;
  onChange: (next: RegistryFilterState) => void;
}

export function RegistryFilters({ options, value, onChange }: Props) {
  const set = (patch: Partial<RegistryFilterState>): void => onChange({ ...value, ...patch });
  const buildings = (options?.buildings ?? []).filter(
    (b) => value.companyId === null || b.companyId === value.companyId,
  );
  const debtInvalid = Number.isNaN(kopecksOfText(value.minDebtRub));
  const monthsInvalid = Number.isNaN(parseMonths(value.minMonths));
  const toggleBracket = (code: BracketCode): void =>
    set({
      brackets: value.brackets.includes(code) ? value.brackets.filter((c) => c !== code) : [...value.brackets, code],
    });

  return (
    <div className="filters">
      <div className="filter-top">
        <fieldset className="bracket-toggles">
          <legend>Группа долга</legend>
          {(options?.brackets ?? []).map((b) => (
            <label key={b.code} className={`toggle bracket-${b.code}`}>
              <input type="checkbox" checked={value.brackets.includes(b.code)} onChange={() => toggleBracket(b.code)} />
              {b.label}
            </label>
          ))}
        </fieldset>
        <button type="button" className="secondary small" onClick={() => onChange(EMPTY_FILTERS)}>
          Сбросить фильтры
        </button>
      </div>
      <div className="filter-row">
        <label>
          УК
          <select
            value={value.companyId ?? ''}
            onChange={(e) => {
              const companyId = e.target.value === '' ? null : Number(e.target.value);
              // A house of another УК would silently empty the table: drop it together with the УК.
              const keep = options?.buildings.some((b) => b.id === value.buildingId && b.companyId === companyId);
              set({ companyId, buildingId: companyId === null || keep ? value.buildingId : null });
            }}
          >
            <option value="">все УК</option>
            {(options?.companies ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Дом
          <select
            className="select-wide"
            value={value.buildingId ?? ''}
            onChange={(e) => set({ buildingId: e.target.value === '' ? null : Number(e.target.value) })}
          >
            <option value="">{value.companyId === null ? 'все дома' : 'все дома УК'}</option>
            {buildings.map((b) => (
              <option key={b.id} value={b.id}>
                {b.address}
              </option>
            ))}
          </select>
        </label>
        <label>
          Просроченный долг от, ₽
          <input
            className="input-num"
            inputMode="decimal"
            value={value.minDebtRub}
            aria-invalid={debtInvalid}
            aria-describedby={debtInvalid ? 'min-debt-hint' : undefined}
            placeholder="0"
            onChange={(e) => set({ minDebtRub: e.target.value })}
          />
        </label>
        <label>
          Месяцев просрочки от
          <input
            className="input-num input-short"
            inputMode="numeric"
            value={value.minMonths}
            aria-invalid={monthsInvalid}
            placeholder="0"
            onChange={(e) => set({ minMonths: e.target.value })}
          />
        </label>
        <label>
          Основание
          <select
            className="select-short"
            value={value.tenure ?? ''}
            onChange={(e) => set({ tenure: e.target.value === '' ? null : (e.target.value as Tenure) })}
          >
            <option value="">все</option>
            <option value="owner">собственник</option>
            <option value="social_tenant">наниматель</option>
          </select>
        </label>
        <label>
          Состояние счёта
          <select
            className="select-short"
            value={value.status}
            onChange={(e) => set({ status: e.target.value as RegistryFilterState['status'] })}
          >
            <option value="all">все</option>
            <option value="open">открыт</option>
            <option value="closed">закрыт</option>
          </select>
        </label>
      </div>
      {(debtInvalid || monthsInvalid) && (
        <p id="min-debt-hint" className="error-text small" role="alert">
          {debtInvalid && 'Сумма долга не распознана — введите рубли, например «10 000» или «5000,50». '}
          {monthsInvalid && 'Число месяцев — целое, например «3».'} Пока значение не исправлено, этот фильтр не
          применяется.
        </p>
      )}
    </div>
  );
}
