// Prints the coverage map after `vitest run --coverage`: lines covered per area of the code (first two folders),
// from vitest's json-summary. A map of what the tests exercise, not a target: nothing here fails the build.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const summaryPath = path.join(root, 'coverage', 'coverage-summary.json');
if (!fs.existsSync(summaryPath)) process.exit(0);

const summary = JSON.parse(fs.readFileSync(summaryPath, 'utf8'));
const areas = new Map();
for (const [file, figures] of Object.entries(summary)) {
  if (file === 'total') continue;
  const area = path.relative(root, file).split(path.sep).slice(0, 2).join('/');
  const sum = areas.get(area) ?? { covered: 0, total: 0, files: 0 };
  sum.covered += figures.lines.covered;
  sum.total += figures.lines.total;
  sum.files += 1;
  areas.set(area, sum);
}
const percent = (covered, total) => (total === 0 ? '—' : `${((100 * covered) / total).toFixed(1)} %`);
const total = summary.total.lines;
console.log(
  `Coverage (lines run by the tests in Node): ${percent(total.covered, total.total)} of ${total.total} lines`,
);
for (const [area, sum] of [...areas].sort(([a], [b]) => a.localeCompare(b))) {
  const figure = percent(sum.covered, sum.total).padStart(7);
  console.log(`  ${area.padEnd(22)} ${figure}  (${sum.covered} of ${sum.total} lines, ${sum.files} files)`);
}
