/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file A printed line chart (react-pdf SVG): one polyline per series through the middle of each category, over
 * light grid lines at round values; the trend of debt over months.
 */
import type { DocumentPrimitives } from '../pdf-primitives';
import { gridValues, niceTop } from './chart-scale';
import type { ChartProps } from './chart-types';
import { PdfChartFrame } from './PdfChartFrame';

export function PdfLineChart({ pdf, ...chart }: ChartProps & { pdf: DocumentPrimitives }) {
  const { Svg, Line, Polyline, Rect } = pdf;
  const n = chart.categories.length;
  const top = niceTop(Math.max(0, ...chart.series.flatMap((s) => s.values)));
  const slot = n > 0 ? chart.width / n : chart.width;
  const x = (i: number) => i * slot + slot / 2;
  const y = (v: number) => chart.height - (Math.max(0, v) / top) * chart.height;
  return (
    <PdfChartFrame pdf={pdf} chart={chart} top={top}>
      <Svg width={chart.width} height={chart.height}>
        {gridValues(top).map((g) => (
          <Line key={g} x1={0} y1={y(g)} x2={chart.width} y2={y(g)} stroke="#d0d0d0" strokeWidth={0.5} />
        ))}
        <Line x1={0} y1={chart.height} x2={chart.width} y2={chart.height} stroke="#555555" strokeWidth={0.8} />
        {chart.series.map((s) => (
          <Polyline
            key={s.label}
            points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
            fill="none"
            stroke={s.color}
            strokeWidth={1.6}
          />
        ))}
        {chart.series.flatMap((s) =>
          s.values.map((v, i) => (
            <Rect key={`${s.label}-${i}`} x={x(i) - 1.6} y={y(v) - 1.6} width={3.2} height={3.2} fill={s.color} />
          )),
        )}
      </Svg>
    </PdfChartFrame>
  );
}
