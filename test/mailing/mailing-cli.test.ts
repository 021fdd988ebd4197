/**
 * @file `mailing` on the command line: postal codes per building from a CSV file (a bad file refused whole with
 * its lines named, exit 1), the buildings without a code listed, and a batch's lists per УК with the handover
 * date moved off a Sunday, the notice chosen, the files copied into the folder and every warning printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { call, closeDocumentsCore, openDocumentsCore, pdfText } from '../claims/documents-district';

import { runCli } from '../../electron/cli/run-cli';
import { setCliRole } from '../cli/cli-support';

/** Runs a command with the flags given as values (arrays repeat the flag, `true` is a bare flag) on the open core. */
function cmd(name: string) {
  return {
    run: ({
      values,
      io: out,
    }: {
      values: Record<string, unknown>;
      positionals: string[];
      core: Core;
      io: { out(t: string): void; err(t: string): void };
    }) =>
      runCli(
        [
          name,
          ...Object.entries(values).flatMap(([k, v]) =>
            Array.isArray(v)
              ? v.flatMap((x) => [`--${k}`, String(x)])
              : v === true
                ? [`--${k}`]
                : [`--${k}`, String(v)],
          ),
        ],
        out,
        { core },
      ),
  };
}
const mailingCommand = cmd('mailing');

let core: Core;
let batchId: number;
let out: string;

function io() {
  const o: string[] = [];
  const e: string[] = [];
  return {
    io: { out: (t: string) => void o.push(t), err: (t: string) => void e.push(t) },
    out: () => o.join(''),
    err: () => e.join(''),
  };
}
const run = (values: Record<string, unknown>, r = io()) =>
  mailingCommand.run({ values, positionals: [], core, io: r.io });

beforeAll(async () => {
  core = await openDocumentsCore(120);
  setCliRole(core, 'claims_clerk');
  out = path.join(core.ctx.dataDir, 'post');
  const bracket = core.ctx.sqlite
    .prepare(
      `SELECT bracket FROM account_summaries WHERE debt_kopecks > 0 AND status = 'open' AND bracket NOT IN ('none', 'below_5k') GROUP BY bracket ORDER BY count(*) DESC LIMIT 1`,
    )
    .pluck()
    .get() as string;
  const started = await call<{ batchId: number; jobId: string }>(core, 'claims.start', { bracket, limit: 4 });
  batchId = started.batchId;
  expect((await core.ctx.jobs.wait(started.jobId)).state).toBe('done');
}, 240_000);

afterAll(async () => {
  await closeDocumentsCore(core);
});

describe('mailing command', () => {
  it('refuses a bad postal codes file with exit 1 and its lines named; lists the buildings without a code', async () => {
    const bad = path.join(core.ctx.dataDir, 'bad.csv');
    fs.writeFileSync(bad, iconv.encode('дом;индекс\r\nг. Красногорск, шоссе Пятницкое, д. 1;1434\r\n', 'win1251'));
    const r = io();
    expect(await run({ 'postal-codes': bad }, r)).toBe(1);
    expect(r.err()).toContain('Строка 2: индекс «1434» — нужно ровно 6 цифр');
    const w = io();
    expect(await run({ 'without-postal-code': true }, w)).toBe(0);
    expect(w.out()).toContain('г. Красногорск, шоссе Пятницкое, д. 1\tпо населённому пункту 143400');
    expect(w.out()).toContain('Домов без своего индекса: 1 из 1');
  });

  it('imports a good postal codes file', async () => {
    const good = path.join(core.ctx.dataDir, 'good.csv');
    fs.writeFileSync(good, 'г. Красногорск, шоссе Пятницкое, д. 1,143409\n');
    const r = io();
    expect(await run({ 'postal-codes': good }, r)).toBe(0);
    expect(r.out()).toContain('Индексы домов загружены: изменено 1, без изменений 0');
  });

  it('writes the lists per УК, moving a Sunday handover to Monday, with the notice asked for', async () => {
    const r = io();
    expect(await run({ batch: String(batchId), out, date: '2026-11-29', notice: 'ordered' }, r)).toBe(0);
    const text = r.out();
    expect(text).toContain('Дата сдачи: 30.11.2026; заказное письмо с заказным уведомлением о вручении');
    // Seed tariff: 87,50 + ordered notice 87,50 = 175,00; VAT 22 % = 38,50; 213,50 a letter.
    const letters = Number(/Список \d+\/1: .+ \(ИНН \d{10}\) — писем (\d+),/.exec(text)?.[1]);
    const total = String(letters * 21350);
    const rub = `${total.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${total.slice(-2)}`;
    expect(text).toContain(`писем ${letters}, плата ${rub} ₽ с НДС`);
    expect(text).toContain('Внимание: 29.11.2026 — выходной день; дата сдачи перенесена на 30.11.2026');
    expect(text).toContain('Внимание: Тарифы Почты с 01.01.2026 не подтверждены администратором');
    const files = fs.readdirSync(out);
    const f103 = files.find((f) => f.startsWith(`f103-${batchId}-1-`)) as string;
    expect(pdfText(path.join(out, f103))).toContain('Дата сдачи: 30.11.2026');
    const csv = iconv.decode(
      fs.readFileSync(path.join(out, files.find((f) => f.startsWith(`pochta-${batchId}-1-`)) as string)),
      'win1251',
    );
    const [head, first] = csv.split('\r\n').map((l) => l.split(';'));
    expect(first?.[head?.indexOf('with-order-of-notice') ?? -1]).toBe('true');
    expect(first?.[head?.indexOf('index-to') ?? -1]).toBe('143409');
    expect(files).toContain(`kurier-raspiski-${batchId}.pdf`);
  }, 120_000);

  it('refuses a bad date or notice with exit 2', async () => {
    expect(await run({ batch: String(batchId), out, date: '2026-02-30' })).toBe(2);
    expect(await run({ batch: String(batchId), out, notice: 'registered' })).toBe(2);
  });
});
