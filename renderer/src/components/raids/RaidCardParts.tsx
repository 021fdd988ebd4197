/**
 * @file The pieces of a raid's card both raids share: the route sheet buttons (made on request and kept; made again
 * on request), the line of outcomes counted, and the route — the addresses in route order grouped by building, each
 * with its outcome and a button that opens the raid's own outcome form in place. What a raid shows beyond place,
 * flat, entrance, account and debt (the debtor and proceedings for the bailiff, the files for «Чёрная метка») is
 * passed as columns.
 */
import { Fragment, useState, type ReactNode } from 'react';
import { OpenDocumentButton } from '../OpenDocumentButton';
import { formatRubles } from '../../format';
import { columnCells, columnHeads, type RaidColumn } from './RaidsPage';

/** Make the route sheet, or open it and offer to make it again. */
export function RouteSheetButtons({
  documentId,
  working,
  disabled,
  onMake,
  testIds,
}: {
  documentId: number | null;
  working: boolean;
  disabled: boolean;
  onMake: (regenerate: boolean) => void;
  testIds: { make: string; open: string };
}) {
  if (documentId === null)
    return (
      <button type="button" onClick={() => onMake(false)} disabled={disabled} data-testid={testIds.make}>
        {working ? 'Формируется…' : 'Маршрутный лист (PDF)'}
      </button>
    );
  return (
    <>
      <OpenDocumentButton documentId={documentId} label="Маршрутный лист (PDF)" testId={testIds.open} />
      <button type="button" className="link-button small" onClick={() => onMake(true)} disabled={disabled}>
        {working ? 'формируется…' : 'сформировать заново'}
      </button>
    </>
  );
}

/** The raid's papers in a row, what they leave out, and the error of the last attempt. */
export function RaidDocs({ children, note, error }: { children: ReactNode; note: string; error: string | null }) {
  return (
    <div className="raid-docs">
      {children}
      <span className="muted small">{note}</span>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** «записано 3 из 5 · Оплачено на месте: 1 (5 000,00 ₽) · …» over the raid's outcomes in their order. */
export function outcomesLine<O extends string>(
  summary: { recorded: number; addresses: number; counts: Record<O, number> },
  outcomes: readonly O[],
  labels: Record<O, string>,
  sumOf: (outcome: O) => number,
): string {
  const parts = outcomes
    .filter((o) => summary.counts[o] > 0)
    .map((o) => {
      const sum = sumOf(o);
      return ` · ${labels[o]}: ${summary.counts[o]}${sum > 0 ? ` (${formatRubles(sum)} ₽)` : ''}`;
    });
  return `записано ${summary.recorded} из ${summary.addresses}${parts.join('')}`;
}

export interface RouteAddress {
  accountId: number;
  buildingId: number;
  buildingAddress: string;
  routeOrder: number;
  apartment: string;
  entrance: number | null;
  accountNumber: string;
  debtKopecks: number;
  outcome: string | null;
  note: string;
}

/**
 * The route table. `renderForm` draws the raid's outcome form for one address; `saved()` moves on to the next
 * address on the route still without an outcome (the clerk types the sheet in order), `close()` just closes.
 */
export function RaidRouteTable<A extends RouteAddress>({
  addresses,
  testId,
  middleColumns = [],
  lastColumns = [],
  outcomeText,
  canRecord,
  renderForm,
}: {
  addresses: readonly A[];
  testId: string;
  /** Between the account and the debt. */
  middleColumns?: ReadonlyArray<RaidColumn<A>>;
  /** Between the outcome and the button. */
  lastColumns?: ReadonlyArray<RaidColumn<A>>;
  outcomeText: (a: A) => string;
  canRecord: boolean;
  renderForm: (a: A, done: { close: () => void; saved: () => void }) => ReactNode;
}) {
  const [editing, setEditing] = useState<number | null>(null);
  const width = 7 + middleColumns.length + lastColumns.length;
  return (
    <div className="table-scroll">
      <table className="grid compact raid-route" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">№</th>
            <th scope="col">Кв.</th>
            <th scope="col">Подъезд</th>
            <th scope="col">Л/с</th>
            {columnHeads(middleColumns)}
            <th scope="col" className="num">
              Долг, ₽
            </th>
            <th scope="col">Итог</th>
            {columnHeads(lastColumns)}
            <th scope="col" aria-label="Действие" />
          </tr>
        </thead>
        <tbody>
          {addresses.map((a, i) => (
            <Fragment key={a.accountId}>
              {(i === 0 || addresses[i - 1]!.buildingId !== a.buildingId) && (
                <tr className="raid-building-row">
                  <th scope="rowgroup" colSpan={width}>
                    {a.buildingAddress}
                  </th>
                </tr>
              )}
              <tr className={a.outcome ? 'raid-done' : undefined}>
                <td>{a.routeOrder}</td>
                <td>{a.apartment}</td>
                <td>{a.entrance ?? '—'}</td>
                <td>{a.accountNumber}</td>
                {columnCells(middleColumns, a)}
                <td className="num">{formatRubles(a.debtKopecks)}</td>
                <td>
                  {outcomeText(a)}
                  {a.note && <div className="small muted">{a.note}</div>}
                </td>
                {columnCells(lastColumns, a)}
                <td>
                  {canRecord && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setEditing(editing === a.accountId ? null : a.accountId)}
                      aria-expanded={editing === a.accountId}
                      aria-label={`Итог по адресу № ${a.routeOrder}, кв. ${a.apartment}`}
                    >
                      {a.outcome ? 'изменить' : 'итог…'}
                    </button>
                  )}
                </td>
              </tr>
              {editing === a.accountId && (
                <tr className="raid-outcome-row">
                  <td colSpan={width}>
                    {renderForm(a, {
                      close: () => setEditing(null),
                      saved: () => {
                        const next = addresses.slice(i + 1).find((x) => x.outcome === null);
                        setEditing(next?.accountId ?? null);
                      },
                    })}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
