/**
 * @file The chart of the effectiveness tab (recharts): per kind of action, the share that paid ≥ 10 % within 30
 * days beside the comparison group's share for the same mix of debts. The table next to it holds the same numbers.
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { percentText } from '../../../../../shared/reports/effectiveness-text';
import type { EffectTableRow } from './EffectTable';

export function EffectChart({
  rows,
  windowIndex,
  days,
}: {
  rows: EffectTableRow[];
  windowIndex: number;
  days: number;
}) {
  const data = rows
    .filter((r) => (r.figures?.windows[windowIndex]?.measured ?? 0) > 0)
    .map((r) => ({
      label: r.label,
      action: r.figures?.windows[windowIndex]?.sharePercent ?? null,
      comparison: r.figures?.comparisonSharePercent[windowIndex] ?? null,
    }));
  if (data.length === 0) return <p className="muted">Нет действий, у которых {days}-дневное окно уже закончилось.</p>;
  const summary = data
    .map((d) => `${d.label}: ${percentText(d.action)} против ${percentText(d.comparison)}`)
    .join('; ');
  return (
    <figure
      className="effect-chart"
      aria-label={`Доля оплативших за ${days} дней по видам действий против группы сравнения. ${summary}`}
    >
      <ResponsiveContainer width="100%" height={Math.max(220, 44 * data.length + 60)}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barGap={2}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit=" %" />
          <YAxis type="category" dataKey="label" width={250} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => percentText(typeof v === 'number' ? v : null)} />
          <Legend />
          <Bar dataKey="action" name={`После действия, ${days} дн.`} fill="#2f6fb0" isAnimationActive={false} />
          <Bar dataKey="comparison" name="Группа сравнения" fill="#a9b4c2" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
