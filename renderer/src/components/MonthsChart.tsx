/**
 * @file A small bar chart of a measure per month (recharts, like every chart of the UI), the current month
 * highlighted; the whole chart is labelled with each month and its figure in words («ноябрь 2026: 4 письма») for a
 * screen reader, and hovering a bar shows the same words. `max` is the full height (100 for a percentage), else the
 * highest bar.
 */
import { Bar, BarChart, Cell, Tooltip, YAxis } from 'recharts';
import { periodWords } from '../../../shared/dates/period-words';

interface MonthFigure {
  month: string;
  count: number;
  text?: string;
}

const BAR = 14;
const GAP = 4;
const HEIGHT = 28;
const PAST = '#8fb1ec';
const CURRENT = '#2f6fdb';

export function MonthsChart({ history, max: fullHeight = null }: { history: MonthFigure[]; max?: number | null }) {
  const max = Math.max(1, fullHeight ?? 0, ...history.map((h) => h.count));
  const label = (x: MonthFigure) => `${periodWords(x.month)}: ${x.text ?? x.count}`;
  const data = history.map((x) => ({ ...x, words: label(x) }));
  return (
    <div className="spark" role="img" aria-label={history.map(label).join(', ')}>
      <BarChart
        width={history.length * (BAR + GAP)}
        height={HEIGHT}
        data={data}
        margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
        barCategoryGap={GAP / 2}
        accessibilityLayer={false}
      >
        <YAxis hide domain={[0, max]} />
        <Tooltip
          cursor={false}
          isAnimationActive={false}
          content={({ active, payload }) =>
            active && payload?.[0] ? (
              <div className="spark-tip">{(payload[0].payload as { words: string }).words}</div>
            ) : null
          }
        />
        <Bar dataKey="count" isAnimationActive={false} minPointSize={(v) => (Number(v) > 0 ? 2 : 0)}>
          {data.map((x, i) => (
            <Cell key={x.month} fill={i === data.length - 1 ? CURRENT : PAST} />
          ))}
        </Bar>
      </BarChart>
    </div>
  );
}
