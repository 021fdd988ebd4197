/**
 * @file A tiny bar chart of accounts per month (plain SVG), the current month highlighted.
 */
export function MonthsChart({ history }: { history: Array<{ month: string; count: number }> }) {
  const max = Math.max(1, ...history.map((h) => h.count));
  const w = 14;
  const gap = 4;
  const h = 28;
  return (
    <svg
      className="spark"
      width={history.length * (w + gap)}
      height={h}
      role="img"
      aria-label={history.map((x) => `${x.month}: ${x.count}`).join(', ')}
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
            <title>{`${x.month}: ${x.count}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
