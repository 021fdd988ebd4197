/**
 * @file The effectiveness table: per kind of action the accounts, the share that paid ≥ 10 % of the debt within
 * 7, 30 and 60 days (with the accounts whose window is still open), what they paid within 30 days, and the
 * difference from the comparison group in percentage points; the comparison group's own row at the bottom.
 */
import type {
  EffectComparedFigures,
  EffectGroupFigures,
  EffectWindowFigures,
} from '../../../../../shared/reports/effectiveness-types';
import { percentText, ppText } from '../../../../../shared/reports/effectiveness-text';
import { formatCount, formatRubles } from '../../../format';

export interface EffectTableRow {
  code: string;
  label: string;
  figures: EffectComparedFigures | null;
}

function ShareCell({ w }: { w: EffectWindowFigures | undefined }) {
  if (!w) return <td className="num">—</td>;
  return (
    <td className="num" title={`Оплатили ${w.paid} из ${w.measured}`}>
      {percentText(w.sharePercent)}
      {w.pending > 0 && <div className="small muted">ещё идёт: {formatCount(w.pending)}</div>}
    </td>
  );
}

function PpCell({ value }: { value: number | null | undefined }) {
  const v = value ?? null;
  const cls = v === null || v === 0 ? 'num' : v > 0 ? 'num effect-better' : 'num effect-worse';
  return <td className={cls}>{ppText(v)}</td>;
}

export function EffectTable({
  rows,
  comparison,
  windows,
}: {
  rows: EffectTableRow[];
  comparison: EffectGroupFigures | null;
  windows: number[];
}) {
  const thirty = windows.indexOf(30);
  return (
    <div className="table-scroll">
      <table className="grid compact effect-table" data-testid="effect-table">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Действие
            </th>
            <th scope="col" rowSpan={2} className="num">
              Счетов
            </th>
            <th scope="colgroup" colSpan={windows.length}>
              Оплатили ≥ 10 % долга
            </th>
            <th scope="col" rowSpan={2} className="num">
              Оплачено за 30 дн., ₽
            </th>
            <th scope="colgroup" colSpan={windows.length}>
              Разница с группой сравнения
            </th>
          </tr>
          <tr>
            {windows.map((n) => (
              <th key={`s${n}`} scope="col" className="num">
                за {n} дн.
              </th>
            ))}
            {windows.map((n) => (
              <th key={`d${n}`} scope="col" className="num">
                {n} дн., п.п.
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} data-testid={`effect-row-${r.code}`}>
              <th scope="row">{r.label}</th>
              <td className="num">{formatCount(r.figures?.accounts ?? 0)}</td>
              {windows.map((n, i) => (
                <ShareCell key={n} w={r.figures?.windows[i]} />
              ))}
              <td className="num">{r.figures ? formatRubles(r.figures.windows[thirty]?.paidKopecks ?? 0) : '—'}</td>
              {windows.map((n, i) => (
                <PpCell key={n} value={r.figures?.diffPp[i]} />
              ))}
            </tr>
          ))}
          {comparison && (
            <tr className="effect-comparison" data-testid="effect-row-comparison">
              <th scope="row">Группа сравнения (без действий)</th>
              <td className="num">{formatCount(comparison.accounts)}</td>
              {windows.map((n, i) => (
                <ShareCell key={n} w={comparison.windows[i]} />
              ))}
              <td className="num">{formatRubles(comparison.windows[thirty]?.paidKopecks ?? 0)}</td>
              <td colSpan={windows.length} className="muted small">
                с ней сравниваются строки выше
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
