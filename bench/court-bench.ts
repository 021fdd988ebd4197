/**
 * @file Benchmark: the court queue (measure 9) over the registry district of 150,000 accounts — its claims history
 * added as the demo adds it (letters to every account of the court brackets, most delivered two months ago) and its
 * buildings mapped to the demonstration plots; then the queue's first page, the list of the ones left out, one
 * account's trace, all through the core's dispatch as the lawyer calls them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../electron/core/default-paths';
import { addDemoClaimHistory } from '../electron/core/demo/demo-claim-history';
import { addDemoCourts } from '../electron/core/demo/demo-courts';
import { ensureRegistryDistrict } from './registry-bench';
import { seconds, type BenchLine } from './bench-format';
import { sessionFor } from '../test/support/api-calls';

const NOW = Date.parse('2026-11-25T08:00:00Z');

export async function courtBench(workDir: string): Promise<BenchLine[]> {
  const { dataDir: source, lines } = await ensureRegistryDistrict(workDir);
  // A copy: the claims history written here never changes the registry benchmark's district.
  const dataDir = path.join(workDir, 'court-150000');
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  fs.copyFileSync(path.join(source, 'zhku.sqlite'), path.join(dataDir, 'zhku.sqlite'));
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  const by = { userId: null, name: 'bench' };
  let t = performance.now();
  const history = addDemoClaimHistory(core.ctx.sqlite, dataDir, '2026-11-25', NOW);
  addDemoCourts(core.ctx.sqlite, by, NOW);
  lines.push({
    name: `claims history (${history.letters} letters) and plots added`,
    value: seconds(performance.now() - t),
  });

  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await core.dispatch(method, input, sessionFor(core, method));
    if (!r.ok) throw new Error(r.error.message);
    return r.value as T;
  };
  for (const round of ['first', 'second']) {
    t = performance.now();
    const q = await call<{ totalAccounts: number; outTotal: number }>('court.queue', {});
    lines.push({
      name: `court.queue, ${round} call: ${q.totalAccounts} in the queue, ${q.outTotal} left out (page of 100)`,
      value: seconds(performance.now() - t),
    });
  }
  t = performance.now();
  await call('court.queue', { list: 'out' });
  lines.push({
    name: 'court.queue, the ones left out with the reasons (page of 100)',
    value: seconds(performance.now() - t),
  });
  const one = core.ctx.sqlite
    .prepare<[], { id: number }>(
      "SELECT account_id AS id FROM account_summaries WHERE bracket IN ('over_100k', 'from_50k', 'from_10k') ORDER BY debt_kopecks DESC LIMIT 1",
    )
    .get();
  if (one) {
    t = performance.now();
    await call('court.traceAccount', { accountId: one.id });
    lines.push({ name: 'court.traceAccount, one account', value: seconds(performance.now() - t) });
  }
  await core.close();
  return lines;
}
