/**
 * @file The territory of a directory entry (a court, a bailiffs' department) as the forms edit it: rows of street +
 * house range + parity, typed as text and read back as numbers before saving. Each directory says in its own words
 * what an empty territory means.
 */
import type { Parity } from '../../../../shared/court/court-territory-match';

export interface TerritoryDraft {
  street: string;
  houseFrom: string;
  houseTo: string;
  parity: Parity;
}

export interface TerritoryRange {
  street: string;
  houseFrom: number | null;
  houseTo: number | null;
  parity: Parity;
}

const houseText = (n: number | null) => (n === null ? '' : String(n));

/** The saved ranges as the form's text rows. */
export function territoryDrafts(territories: readonly TerritoryRange[] | undefined): TerritoryDraft[] {
  return (territories ?? []).map((t) => ({
    street: t.street,
    houseFrom: houseText(t.houseFrom),
    houseTo: houseText(t.houseTo),
    parity: t.parity,
  }));
}

/**
 * The rows read back for saving: blank rows dropped, house numbers whole numbers without letters; the first row that
 * is not is refused in words («Диапазон 2: …»).
 */
export function parseTerritoryDrafts(
  drafts: readonly TerritoryDraft[],
): { ranges: TerritoryRange[] } | { error: string } {
  const ranges: TerritoryRange[] = [];
  for (const [i, t] of drafts.entries()) {
    if (t.street.trim() === '' && t.houseFrom === '' && t.houseTo === '') continue;
    const num = (v: string) => (v.trim() === '' ? null : /^\d{1,5}$/.test(v.trim()) ? Number(v.trim()) : NaN);
    const from = num(t.houseFrom);
    const to = num(t.houseTo);
    if (Number.isNaN(from) || Number.isNaN(to))
      return { error: `Диапазон ${i + 1}: номера домов — целые числа без букв (12, а не 12А).` };
    ranges.push({ street: t.street.trim(), houseFrom: from, houseTo: to, parity: t.parity });
  }
  return { ranges };
}

export function TerritoryFieldset({
  drafts,
  onChange,
  emptyText,
}: {
  drafts: TerritoryDraft[];
  onChange: (drafts: TerritoryDraft[]) => void;
  /** What an entry without ranges means, in the directory's words. */
  emptyText: string;
}) {
  const setRow = (i: number, patch: Partial<TerritoryDraft>) =>
    onChange(drafts.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  return (
    <fieldset className="court-fieldset court-territories">
      <legend>Территория: улица и дома (пусто — вся улица; границы включительно)</legend>
      {drafts.length === 0 && <p className="muted small">{emptyText}</p>}
      {drafts.map((t, i) => (
        <div className="territory-row" key={i} role="group" aria-label={`Диапазон ${i + 1}`}>
          <label>
            Улица
            <input value={t.street} placeholder="ул. Ленина" onChange={(e) => setRow(i, { street: e.target.value })} />
          </label>
          <label>
            Дом с
            <input inputMode="numeric" value={t.houseFrom} onChange={(e) => setRow(i, { houseFrom: e.target.value })} />
          </label>
          <label>
            Дом по
            <input inputMode="numeric" value={t.houseTo} onChange={(e) => setRow(i, { houseTo: e.target.value })} />
          </label>
          <label>
            Чётность
            <select value={t.parity} onChange={(e) => setRow(i, { parity: e.target.value as Parity })}>
              <option value="all">все</option>
              <option value="odd">нечётные</option>
              <option value="even">чётные</option>
            </select>
          </label>
          <button type="button" className="secondary" onClick={() => onChange(drafts.filter((_, j) => j !== i))}>
            Убрать
          </button>
        </div>
      ))}
      <div>
        <button
          type="button"
          className="secondary"
          onClick={() => onChange([...drafts, { street: '', houseFrom: '', houseTo: '', parity: 'all' }])}
        >
          Добавить диапазон
        </button>
      </div>
    </fieldset>
  );
}
