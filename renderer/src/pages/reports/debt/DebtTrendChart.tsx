/**
 * @file The overdue debt per bracket as stacked bars per point, the total as a line and the sums collected as bars
 * (recharts). The same numbers are in the table beside it.
 */
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DebtSeriesPoint } from '../../../../../shared/api/contract-debt-history';
import { formatDate, formatRubles } from '../../../format';

/** Calm colours, the biggest debts darkest. */
const BRACKET_COLORS = ['#5b2a86', '#8e5bb5', '#b98fd6', '#d8c2ea', '#eee4f6'];

const thousands = (kopecks: number) => `${Math.round(kopecks / 100_000).toLocaleString('ru-RU')} тыс.`;

export function DebtTrendChart({ points }: { points: readonly DebtSeriesPoint[] }) {
  const brackets = points[0]?.byBracket ?? [];
  const data = points.map((p) => ({
    date: formatDate(p.date),
    total: p.debtKopecks,
    collected: p.collectedKopecks,
    ...Object.fromEntries(p.byBracket.map((b) => [b.code, b.debtKopecks])),
  }));
  return (
    <div
      role="img"
      aria-label={`Просроченный долг по группам на ${points.length} дат: от ${formatRubles(points[0]?.debtKopecks ?? 0)} до ${formatRubles(points[points.length - 1]?.debtKopecks ?? 0)}`}
      data-testid="debt-trend-chart"
      style={{ width: '100%', height: 320 }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="date" fontSize={12} />
          <YAxis tickFormatter={thousands} fontSize={12} width={80} />
          <Tooltip formatter={(value) => formatRubles(Number(value))} />
          <Legend />
          {brackets.map((b, i) => (
            <Bar key={b.code} dataKey={b.code} name={b.label} stackId="debt" fill={BRACKET_COLORS[i] ?? '#ccc'} />
          ))}
          <Bar dataKey="collected" name="Собрано с начала месяца" fill="#3c8d5a" />
          <Line dataKey="total" name="Всего просрочено" stroke="#222" strokeWidth={2} dot />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
