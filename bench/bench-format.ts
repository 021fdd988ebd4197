/**
 * @file Printing benchmark figures as an aligned table.
 */
export interface BenchLine {
  name: string;
  value: string;
}

export function seconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

export function printLines(title: string, lines: BenchLine[]): void {
  const width = Math.max(...lines.map((l) => l.name.length));
  console.log(`\n${title}`);
  for (const l of lines) console.log(`  ${l.name.padEnd(width)}  ${l.value}`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
