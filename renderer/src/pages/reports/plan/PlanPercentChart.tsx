/**
 * @file % done per measure that has a target, as a recharts bar chart; the same numbers are in the table above and
 * in the chart's text line (for a screen reader and for a reader who prefers numbers).
 */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PlanReportMeasure } from '../../../../../shared/api/contract-report-plan';

export function PlanPercentChart({ measures }: { measures: PlanReportMeasure[] }) {
  const data = measures
    .filter((m) => m.percentDone !== null)
    .map((m) => ({ name: `№ ${m.measure}`, title: m.title, percent: m.percentDone ?? 0 }));
  if (data.length === 0) return <p className="muted">Ни у одного мероприятия нет цели на этот период.</p>;
  const words = data.map((d) => `${d.name} ${d.title} — ${d.percent} %`).join('; ');
  return (
    <figure className="plan-percent-chart">
      <figcaption>Выполнение плана, % (мероприятия с целью)</figcaption>
      <div style={{ width: '100%', maxWidth: 640, height: 200 }} role="img" aria-label={`Выполнение плана: ${words}`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" />
            <YAxis unit=" %" width={48} />
            <Tooltip formatter={(v) => [`${String(v)} %`, 'выполнено']} labelFormatter={(l) => String(l)} />
            <Bar dataKey="percent" fill="#2f5d8a" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="small muted">{words}.</p>
    </figure>
  );
}
