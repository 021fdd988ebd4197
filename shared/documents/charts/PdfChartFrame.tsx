/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file What every printed chart has around its plot: the value axis labels on the left (top and middle), the
 * category labels under the plot, and the legend — plain react-pdf text (fonts as the document's), the plot itself an
 * SVG the chart draws.
 */
import type { ReactNode } from 'react';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { ChartProps } from './chart-types';

const AXIS_W = 62;

export function PdfChartFrame({
  pdf,
  chart,
  top,
  children,
}: {
  pdf: DocumentPrimitives;
  chart: ChartProps;
  top: number;
  children: ReactNode;
}) {
  const { Text, View } = pdf;
  const every = Math.max(1, Math.ceil(chart.categories.length / 12));
  return (
    <View wrap={false} style={{ marginVertical: 4 }}>
      <View style={{ flexDirection: 'row' }}>
        <View style={{ width: AXIS_W, height: chart.height, justifyContent: 'space-between', paddingRight: 4 }}>
          <Text style={{ fontSize: 9, textAlign: 'right' }}>{chart.valueText(top)}</Text>
          <Text style={{ fontSize: 9, textAlign: 'right' }}>{chart.valueText(top / 2)}</Text>
          <Text style={{ fontSize: 9, textAlign: 'right' }}>0</Text>
        </View>
        {children}
      </View>
      <View style={{ flexDirection: 'row', marginLeft: AXIS_W, width: chart.width }}>
        {chart.categories.map((c, i) => (
          <Text
            key={`${c}-${i}`}
            style={{ fontSize: 9, width: chart.width / chart.categories.length, textAlign: 'center' }}
          >
            {i % every === 0 ? c : ''}
          </Text>
        ))}
      </View>
      {chart.series.length > 1 && (
        <View style={{ flexDirection: 'row', marginLeft: AXIS_W, marginTop: 3, flexWrap: 'wrap' }}>
          {chart.series.map((s) => (
            <View key={s.label} style={{ flexDirection: 'row', alignItems: 'center', marginRight: 10 }}>
              <View style={{ width: 8, height: 8, backgroundColor: s.color, marginRight: 3 }} />
              <Text style={{ fontSize: 9 }}>{s.label}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
