/**
 * @file Evaluates the rule book for every account (all 150,000 at district scale): reads facts in id ranges,
 * runs the pure evaluator, counts next steps and available measures. Yields to the event loop between ranges,
 * and in the UI runs as a job in a worker thread, so the screen never freezes.
 */
import type Database from 'better-sqlite3';
import { ruleVersionWords } from '../../../shared/rules/eligibility/rule-version-words';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { countText } from '../../../shared/text/plural';
import { evaluateAccount } from '../../../shared/rules/eligibility/evaluate-account';
import { localMoment } from '../../../shared/rules/contact/local-time';
import { currentRuleBook } from './rule-book-repo';
import { forEachFactsChunk } from './account-facts';

export interface EvaluateAllResult {
  today: string;
  ruleVersion: string;
  accounts: number;
  /** Accounts whose next step is each measure; key 0 = no next step. */
  nextStep: Record<number, number>;
  /** Accounts for which each measure is available. */
  available: Record<number, number>;
  readMs: number;
  evaluateMs: number;
}

export async function evaluateAllAccounts(
  sqlite: Database.Database,
  nowMs: number,
  onProgress?: (done: number, total: number) => void,
): Promise<EvaluateAllResult> {
  const book = currentRuleBook(sqlite);
  const today = localMoment(nowMs).date;
  const total = sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM account_summaries').get()?.n ?? 0;
  const result: EvaluateAllResult = {
    today,
    ruleVersion: book.version,
    accounts: 0,
    nextStep: {},
    available: {},
    readMs: 0,
    evaluateMs: 0,
  };
  const chunks: Array<Parameters<Parameters<typeof forEachFactsChunk>[3]>[0]> = [];
  // Facts are read range by range; evaluation of each range follows with a yield, so other work gets its turn.
  let t = performance.now();
  forEachFactsChunk(sqlite, today, {}, (chunk) => chunks.push(chunk));
  result.readMs = performance.now() - t;
  t = performance.now();
  for (const chunk of chunks) {
    for (const facts of chunk) {
      const ev = evaluateAccount(facts, book, today, { texts: false });
      const next = ev.next?.measure ?? 0;
      result.nextStep[next] = (result.nextStep[next] ?? 0) + 1;
      for (const m of ev.measures)
        if (m.available) result.available[m.measure] = (result.available[m.measure] ?? 0) + 1;
    }
    result.accounts += chunk.length;
    onProgress?.(result.accounts, total);
    await new Promise((resolve) => setImmediate(resolve));
  }
  result.evaluateMs = performance.now() - t;
  return result;
}

export function evaluateAllSummary(r: EvaluateAllResult): string {
  const steps = Object.entries(r.nextStep)
    .sort((a, b) => b[1] - a[1])
    .map(([m, n]) => `${m === '0' ? 'нет шага' : `мероприятие ${m}`} — ${n}`)
    .join(', ');
  return `Правила ${ruleVersionWords(r.ruleVersion)} на ${formatRuDate(r.today)}: оценено ${countText(r.accounts, ['лицевой счёт', 'лицевых счёта', 'лицевых счетов'])} (чтение ${Math.round(r.readMs)} мс, правила ${Math.round(r.evaluateMs)} мс). Следующий шаг: ${steps}.`;
}
