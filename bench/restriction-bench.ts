/**
 * @file Benchmark: measure 8 at district scale — the whole rule evaluation (evaluate-all, which reads measure 8's
 * facts for every account) and the restriction worklist, on a copy of the prepared 150,000-account district
 * (bench/out/registry-150000, made by `npm run bench -- registry`). Run: `npx tsx bench/restriction-bench.ts [workDir]`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from '../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../electron/core/default-paths';
import { evaluateAllAccounts } from '../electron/core/rules/evaluate-all';
import { restrictionWorklist } from '../electron/core/restriction/restriction-worklist';

const NOW = Date.parse('2026-11-25T08:00:00Z');
const here = path.dirname(fileURLToPath(import.meta.url));
const source = process.env.REGISTRY_DB ?? path.join(here, 'out', 'registry-150000', 'zhku.sqlite');
const dataDir = process.argv[2] ?? path.join(here, 'out', 'restriction-150000');
if (!fs.existsSync(path.join(dataDir, 'zhku.sqlite'))) {
  if (!fs.existsSync(source)) throw new Error(`Нет подготовленного района: ${source} (npm run bench -- registry)`);
  fs.mkdirSync(dataDir, { recursive: true });
  fs.copyFileSync(source, path.join(dataDir, 'zhku.sqlite'));
}
const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
const sqlite = core.ctx.sqlite;
const all = await evaluateAllAccounts(sqlite, NOW);
console.log(
  `evaluate-all: ${all.accounts} accounts, facts read ${Math.round(all.readMs)} ms, evaluation ${Math.round(all.evaluateMs)} ms; measure 8 available for ${all.available[8] ?? 0}`,
);
const t = performance.now();
const list = restrictionWorklist(sqlite, '2026-11-25');
console.log(
  `restrictionWorklist: ${Math.round(performance.now() - t)} ms, ${list.candidates.length} candidates; skipped ${JSON.stringify(list.skipped)}`,
);
await core.close();
