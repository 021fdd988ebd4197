/**
 * @file The cockpit's card «Просроченный долг округа»: the district's overdue debt at the last 11 month-ends and
 * today as a small line (recharts), with the first and last figures in text. Shown to those with reports.view.
 */
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useApi } from '../../api/use-api';
import { formatDate, formatRubles, todayIsoDate } from '../../format';
import { defaultFrom } from '../../pages/reports/DebtTrendTab';

export function DistrictDebtCard() {
  const today = todayIsoDate();
  const [series] = useApi('debtHistory.series', { from: defaultFrom(today), to: today, step: 'month' }, [today]);
  if (series.state === 'loading') return null;
  if (series.state === 'error') return <p className="error-text">{series.error.message}</p>;
  const points = series.value.points;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  const data = points.map((p) => ({ date: formatDate(p.date), debt: p.debtKopecks }));
  const text = `Просроченный долг округа: ${formatRubles(first.debtKopecks)} на ${formatDate(first.date)}, ${formatRubles(last.debtKopecks)} на ${formatDate(last.date)}`;
  return (
    <div className="card" data-testid="district-debt-card" style={{ minWidth: 320 }}>
      <div className="card-value">{formatRubles(last.debtKopecks)}</div>
      <div className="card-label">
        Просроченный долг округа · было {formatRubles(first.debtKopecks)} на {formatDate(first.date)}
      </div>
      <div role="img" aria-label={text} style={{ width: '100%', height: 80 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: 4 }}>
            <XAxis dataKey="date" hide />
            <YAxis hide domain={['auto', 'auto']} />
            <Tooltip formatter={(value) => formatRubles(Number(value))} />
            <Line dataKey="debt" name="Просрочено" stroke="#5b2a86" strokeWidth={2} dot={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <a href="#/reports">Долг по месяцам</a>
    </div>
  );
}
