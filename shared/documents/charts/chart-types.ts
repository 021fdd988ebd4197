/**
 * @file What a printed chart is given: categories along the bottom (months, УК) and one or more series of values.
 */
export interface ChartSeries {
  label: string;
  /** A print-friendly colour, e.g. '#2f5d8a'. */
  color: string;
  values: readonly number[];
}

export interface ChartProps {
  /** Width and height of the plot in points (72 pt = 25.4 mm). */
  width: number;
  height: number;
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** How a value reads on the axis: «1,2 млн ₽». */
  valueText: (value: number) => string;
  /** Stack the series of a bar chart instead of putting them side by side. */
  stacked?: boolean;
}
