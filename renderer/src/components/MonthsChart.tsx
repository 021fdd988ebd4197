/**
 * @file A tiny bar chart of a measure per month (plain SVG), the current month highlighted; each bar titled with the
 * month and its figure in words («ноябрь 2026: 4 письма»). `max` is the full height (100 for a percentage), else the
 * highest bar.
 */
import { periodWords } from '../../../shared/dates/period-words';

export function MonthsChart({
  history,
  max: fullHeight = null,
}: {
  history: Array<{ month: string; count: number; text?: string }>;
  max?: number | null;
}) {
  const max = Math.max(1, fullHeight ?? 0, ...history.map((h) => h.count));
  const label = (x: { month: string; count: number; text?: string }) => `${periodWords(x.month)}: ${x.text ?? x.count}`;
  const w = 14;
  const gap = 4;
  const h = 28;
  return (
    <svg
      className="spark"
      width={history.length * (w + gap)}
      height={h}
      role="img"
      aria-label={history.map(label).join(', ')}
    >
      {history.map((x, i) => {
        const bar = Math.max(x.count > 0 ? 2 : 0, Math.round((x.count / max) * h));
        return (
          <rect
            key={x.month}
            x={i * (w + gap)}
            y={h - bar}
            width={w}
            height={bar}
            className={i === history.length - 1 ? 'current' : undefined}
          >
            <title>{label(x)}</title>
          </rect>
        );
      })}
    </svg>
  );
}
