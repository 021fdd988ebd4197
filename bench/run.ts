/**
 * @file `npm run bench`: prints the figures the issues set goals for. Work files live in bench/out/ (ignored by
 * git) and are reused between runs. `npm run bench -- registry` or `-- import` runs one part.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import '../electron/core/import/exceljs-multibyte-fix';
import { printLines } from './bench-format';
import { importBench } from './import-bench';
import { registryBench } from './registry-bench';
import { registryChromiumBench } from './registry-chromium';
import { penaltyBench } from './penalty-bench';
import { rulesBench } from './rules-bench';
import { claimsBench } from './claims-bench';
import { debtBench } from './debt-bench';
import { journalBench } from './journal-bench';
import { courtBench } from './court-bench';
import { loadBench } from './load-test';
import { effectivenessBench } from './effectiveness-bench';
import { debtHistoryBench } from './debt-history-bench';

const workDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');
fs.mkdirSync(workDir, { recursive: true });
const only = process.argv[2];

console.log(`Машина: ${os.cpus().length} ядра, ${(os.totalmem() / 2 ** 30).toFixed(0)} ГиБ, Node ${process.version}`);
if (!only || only === 'import') printLines('Импорт начислений (issue 3)', await importBench(workDir));
if (!only || only === 'registry')
  printLines('Реестр при 150 000 лицевых счетов (issue 3), бюджет ≤ 200 мс', await registryBench(workDir));
if (!only || only === 'registry' || only === 'chromium') {
  printLines('Реестр при 150 000 лицевых счетов в Chromium (issue 3)', await registryChromiumBench(workDir));
}
if (!only || only === 'penalty') {
  printLines('Пени и ЕПД: 150 000 л/с × 12 мес. (issue 4)', await penaltyBench(workDir, 12));
}
if (!only || only === 'penalty60') {
  printLines('Пени и ЕПД: 150 000 л/с × 60 мес. — 5 лет (issue 4), цель ≤ 30 с', await penaltyBench(workDir, 60));
}
if (!only || only === 'debt') printLines('Долг по закону: 150 000 л/с × 12 мес. (issue 10)', await debtBench(workDir));
if (only === 'debt10k' && process.argv[3])
  printLines('Долг по закону: своя база', await debtBench(workDir, process.argv[3]));
if (!only || only === 'rules')
  printLines('Правила по 150 000 лицевых счетов, очередь звонков, SMS (issue 5)', await rulesBench(workDir));
if (!only || only === 'claims') {
  printLines('Претензии: 1 000 л/с (issue 6), цель ≤ 60 с и ≤ 600 МБ', await claimsBench(workDir));
}
if (!only || only === 'court')
  printLines('Судебная очередь по 150 000 лицевых счетов (issue 12)', await courtBench(workDir));
if (!only || only === 'journal') {
  printLines('Журнал действий: 1 000 000 записей (issue 11), страница и итог по фильтрам', await journalBench(workDir));
}
if (!only || only === 'effectiveness')
  printLines(
    'Эффективность мер: 150 000 л/с, 1 000 000 действий за год (issue 16), цель ≤ 10 с',
    await effectivenessBench(workDir),
  );
if (!only || only === 'debthistory')
  printLines(
    'Долг по месяцам: 150 000 л/с × 12 точек (issue 16), цель ≤ 10 с, из хранимых ≤ 50 мс',
    await debtHistoryBench(workDir),
  );
// Not in the default run: it starts the office server and keeps 2 cores busy for 2 minutes.
if (only === 'load') {
  printLines(
    'Сервер офиса: 20 сотрудников × 2 мин, реестр + карточка + звонок, импорт параллельно (issue 14), цель p95 ≤ 300 мс',
    await loadBench(workDir),
  );
}
