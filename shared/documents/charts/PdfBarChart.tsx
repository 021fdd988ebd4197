/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file A printed bar chart (react-pdf SVG): one group of bars per category, side by side or stacked, over light
 * grid lines at round values. Draws what it is given and computes nothing but the geometry.
 */
import type { DocumentPrimitives } from '../pdf-primitives';
import { gridValues, niceTop } from './chart-scale';
import type { ChartProps } from './chart-types';
import { PdfChartFrame } from './PdfChartFrame';

export function PdfBarChart({ pdf, ...chart }: ChartProps & { pdf: DocumentPrimitives }) {
  const { Svg, Rect, Line } = pdf;
  const n = chart.categories.length;
  const totals = chart.categories.map((_, i) =>
    chart.stacked
      ? chart.series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0)
      : Math.max(0, ...chart.series.map((s) => s.values[i] ?? 0)),
  );
  const top = niceTop(Math.max(0, ...totals));
  const y = (v: number) => chart.height - (Math.max(0, v) / top) * chart.height;
  const slot = n > 0 ? chart.width / n : chart.width;
  const groupW = slot * 0.7;
  const barW = chart.stacked ? groupW : groupW / Math.max(1, chart.series.length);
  const bars: { key: string; x: number; y: number; h: number; color: string }[] = [];
  chart.categories.forEach((_, i) => {
    let base = 0;
    chart.series.forEach((s, k) => {
      const v = Math.max(0, s.values[i] ?? 0);
      const x = i * slot + (slot - groupW) / 2 + (chart.stacked ? 0 : k * barW);
      const from = chart.stacked ? base : 0;
      bars.push({ key: `${i}-${k}`, x, y: y(from + v), h: y(from) - y(from + v), color: s.color });
      if (chart.stacked) base += v;
    });
  });
  return (
    <PdfChartFrame pdf={pdf} chart={chart} top={top}>
      <Svg width={chart.width} height={chart.height}>
        {gridValues(top).map((g) => (
          <Line key={g} x1={0} y1={y(g)} x2={chart.width} y2={y(g)} stroke="#d0d0d0" strokeWidth={0.5} />
        ))}
        <Line x1={0} y1={chart.height} x2={chart.width} y2={chart.height} stroke="#555555" strokeWidth={0.8} />
        {bars.map((b) => (
          <Rect key={b.key} x={b.x} y={b.y} width={barW} height={Math.max(0, b.h)} fill={b.color} />
        ))}
      </Svg>
    </PdfChartFrame>
  );
}
