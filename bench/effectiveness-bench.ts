/**
 * @file Benchmark: the effectiveness report at district scale (issue 16: 150 000 accounts and 1 000 000 actions in
 * ≤ 10 s). On a copy of the prepared 150,000-account district (bench/out/registry-150000, `npm run bench --
 * registry`) it adds its own year of history once — 1 000 000 journal entries of the effect kinds (with
 * debt_kopecks, SMS messages with their delivery status, calls with outcomes), 2 000 stairwell notice postings and
 * ~300 000 payments spread over the year — then times `effectivenessReport` over that year (365 days, every entry
 * in the period) and the XLSX. Run: `npm run bench -- effectiveness`.
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import path from 'node:path';
import { openCore } from '../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../electron/core/default-paths';
import { effectivenessReport } from '../electron/core/reports/effectiveness';
import { effectivenessXlsx } from '../electron/core/reports/effectiveness-xlsx';
import { addDays } from '../shared/calendar/date-math';
import { seconds, type BenchLine } from './bench-format';

const NOW = Date.parse('2026-12-06T09:00:00+03:00');
const FROM = '2025-12-06';
const TO = '2026-12-05';
const ACTIONS = 1_000_000;
const PAYMENTS = 300_000;
const POSTINGS = 2_000;

/** A small deterministic generator (mulberry32), so every run builds the same history. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** journal kind, measure, share of the entries. */
const MIX: [string, number, number][] = [
  ['sms.sent', 1, 0.35],
  ['call.recorded', 2, 0.25],
  ['claim.delivery', 5, 0.1],
  ['restriction.warning', 8, 0.08],
  ['restriction.restricted', 8, 0.04],
  ['court.case_filed', 9, 0.06],
  ['fssp.proceeding', 11, 0.05],
  ['fssp.raid_visit', 11, 0.04],
  ['blackmark.visit', 7, 0.03],
];
const CALL_OUTCOMES = ['reached', 'promise', 'no_answer', 'no_answer', 'dispute', 'callback'];
const CLAIM_OUTCOMES = ['delivered', 'returned', 'pending'];

function generate(sqlite: Database.Database): void {
  const accounts = (sqlite.prepare(`SELECT max(id) AS n FROM accounts`).get() as { n: number }).n;
  const rnd = random(16);
  const days = 365;
  const dateOf = (i: number) => addDays(FROM, i);
  const dates = Array.from({ length: days }, (_, i) => dateOf(i));
  const cumulative: number[] = [];
  MIX.reduce((s, [, , p]) => (cumulative.push(s + p), s + p), 0);
  const batch = Number(
    sqlite
      .prepare(
        `INSERT INTO sms_batches (created_date, template, recipients, status, user_name, at_ms) VALUES (?, 'Бенч', 0, 'exported', 'Бенч', ?)`,
      )
      .run(FROM, NOW).lastInsertRowid,
  );
  const importId = Number(
    sqlite
      .prepare(
        `INSERT INTO imports (kind, file_name, file_sha256, size_bytes, stored_path, row_count, result_json, user_name, at_ms)
         VALUES ('payments', 'bench-effect.csv', 'bench-effectiveness', 1, 'bench', ?, '{}', 'Бенч', ?)`,
      )
      .run(PAYMENTS, NOW).lastInsertRowid,
  );
  const sms = sqlite.prepare(
    `INSERT INTO sms_messages (batch_id, account_id, phone, text, encoding, segments, status) VALUES (?, ?, '+79990000000', 'Бенч', 'ucs2', 1, ?)`,
  );
  const action = sqlite.prepare(
    `INSERT INTO actions (account_id, measure, kind, action_date, at_ms, user_name, summary, details_json, debt_kopecks)
     VALUES (?, ?, ?, ?, ?, 'Бенч', 'Бенч', ?, ?)`,
  );
  const payment = sqlite.prepare(
    `INSERT INTO payments (account_id, payment_date, amount_kopecks, payment_key, import_id) VALUES (?, ?, ?, ?, ?)`,
  );
  sqlite.transaction(() => {
    // A journal is written in time order: the entries go in by date, as the office would have written them.
    const planned = Array.from({ length: ACTIONS }, () => {
      const dayIndex = Math.floor(rnd() * days);
      return { account: 1 + Math.floor(rnd() * accounts), dayIndex, atMs: Math.floor(rnd() * 36_000_000), r: rnd() };
    }).sort((a, b) => a.dayIndex - b.dayIndex || a.atMs - b.atMs);
    for (const p of planned) {
      const { account } = p;
      const date = dates[p.dayIndex] as string;
      const k = MIX[cumulative.findIndex((c) => p.r < c)] ?? MIX[0]!;
      const [kind, measure] = k;
      let details: object | null = null;
      if (kind === 'sms.sent') {
        const id = sms.run(batch, account, rnd() < 0.8 ? 'delivered' : 'failed').lastInsertRowid;
        details = { batchId: batch, messageId: Number(id) };
      } else if (kind === 'call.recorded')
        details = { outcome: CALL_OUTCOMES[Math.floor(rnd() * CALL_OUTCOMES.length)] };
      else if (kind === 'claim.delivery')
        details = { outcome: CLAIM_OUTCOMES[Math.floor(rnd() * CLAIM_OUTCOMES.length)] };
      const debt = rnd() < 0.05 ? 0 : 300_000 + Math.floor(rnd() * 20_000_000);
      const atMs = Date.parse(`${date}T07:00:00Z`) + p.atMs;
      action.run(account, measure, kind, date, atMs, details ? JSON.stringify(details) : null, debt);
    }
    // Payments arrive in daily bank files: inserted by date.
    const paid = Array.from({ length: PAYMENTS }, () => ({
      account: 1 + Math.floor(rnd() * accounts),
      dayIndex: Math.floor(rnd() * days),
      kopecks: 50_000 + Math.floor(rnd() * 1_500_000),
    })).sort((a, b) => a.dayIndex - b.dayIndex);
    paid.forEach((p, i) => payment.run(p.account, dates[p.dayIndex], p.kopecks, `bench-effect-${i}`, importId));
    const building = sqlite.prepare(`SELECT id FROM buildings ORDER BY id`).all() as { id: number }[];
    const docId = Number(
      sqlite
        .prepare(
          `INSERT INTO generated_documents (kind, template_version, building_id, issued_date, file_path, sha256, user_name, created_at_ms)
           VALUES ('notice', 'bench', ?, ?, 'bench.pdf', 'bench', 'Бенч', ?)`,
        )
        .run(building[0]?.id ?? 1, FROM, NOW).lastInsertRowid,
    );
    const posting = sqlite.prepare(
      `INSERT INTO notice_postings (document_id, building_id, entrance, posted_date, place, user_name, at_ms) VALUES (?, ?, ?, ?, 'Бенч', 'Бенч', ?)`,
    );
    for (let i = 0; i < POSTINGS; i++) {
      const b = building[Math.floor(rnd() * building.length)]?.id ?? 1;
      posting.run(docId, b, rnd() < 0.5 ? null : 1 + Math.floor(rnd() * 4), dates[Math.floor(rnd() * days)], NOW);
    }
  })();
}

export async function effectivenessBench(workDir: string): Promise<BenchLine[]> {
  const source = process.env.REGISTRY_DB ?? path.join(workDir, 'registry-150000', 'zhku.sqlite');
  const dataDir = path.join(workDir, 'effectiveness-150000');
  const lines: BenchLine[] = [];
  const ready = path.join(dataDir, 'ready');
  if (!fs.existsSync(ready)) {
    if (!fs.existsSync(source)) throw new Error(`Нет подготовленного района: ${source} (npm run bench -- registry)`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    fs.copyFileSync(source, path.join(dataDir, 'zhku.sqlite'));
  }
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  try {
    const sqlite = core.ctx.sqlite;
    if (!fs.existsSync(ready)) {
      const t = performance.now();
      generate(sqlite);
      sqlite.exec('ANALYZE');
      fs.writeFileSync(ready, '');
      lines.push({ name: 'подготовка: 1 000 000 действий, 300 000 платежей', value: seconds(performance.now() - t) });
    }
    const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
    lines.push({
      name: 'данные',
      value: `${count('SELECT count(*) AS n FROM accounts')} л/с, ${count(`SELECT count(*) AS n FROM actions WHERE action_date BETWEEN '${FROM}' AND '${TO}' AND account_id IS NOT NULL`)} действий в периоде, ${count('SELECT count(*) AS n FROM payments')} платежей`,
    });
    const runs: number[] = [];
    const cpuMs = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const cpuBefore = cpuMs();
    const cold = performance.now();
    let report = effectivenessReport(sqlite, { from: FROM, to: TO }, NOW);
    const coldMs = performance.now() - cold;
    for (let i = 0; i < 2; i++) {
      const t = performance.now();
      report = effectivenessReport(sqlite, { from: FROM, to: TO }, NOW);
      runs.push(performance.now() - t);
    }
    lines.push({ name: 'процессорное время на отчёт (среднее из 3)', value: seconds((cpuMs() - cpuBefore) / 3) });
    lines.push({
      name: `отчёт за ${FROM} – ${TO} (цель ≤ 10 с)`,
      value: `${seconds(coldMs)} первый раз, ${seconds(Math.max(...runs))} худший из 2 следующих; учтено ${report.totals.entries} первых действий по ${report.totals.accounts} л/с`,
    });
    const t = performance.now();
    const bytes = await effectivenessXlsx(report);
    lines.push({ name: 'XLSX из готового отчёта', value: `${seconds(performance.now() - t)}, ${bytes.length} байт` });
    const first = report.kinds.map((k) => `${k.code} ${k.windows[1]?.sharePercent ?? '—'} %`).join('; ');
    lines.push({ name: 'доля за 30 дней', value: first });
    return lines;
  } finally {
    await core.close();
  }
}
