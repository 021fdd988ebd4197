/**
 * The CLI commands of measures 5–6 run directly on an imported district: `claims` fills a folder with the print
 * file and per-account copies, `mailing` adds form 103 and the upload CSV per УК and the courier's files (loading
 * tracking numbers first), `notices` writes a building's notices; bad arguments are refused with exit 2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { trackingCheckDigit } from '../../shared/documents/mailing/tracking-number';
import { closeDocumentsCore, openDocumentsCore, pdfPages, pdfText } from './documents-district';
import { sessionFor } from '../support/api-calls';

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
const claimsCommand = cmd('claims');
const mailingCommand = cmd('mailing');
const noticesCommand = cmd('notices');

let core: Core;
let out: string;

function io() {
  const o: string[] = [];
  const e: string[] = [];
  return { io: { out: (t: string) => void o.push(t), err: (t: string) => void e.push(t) }, out: o, err: e };
}

beforeAll(async () => {
  core = await openDocumentsCore(100);
  // Claims, notices and mailing are the claims clerk's work, not the administrator's (the CLI's default role).
  setCliRole(core, 'claims_clerk');
  out = path.join(core.ctx.dataDir, 'night-run');
}, 240_000);

afterAll(async () => {
  await closeDocumentsCore(core);
});

describe('claims, mailing and notices commands', () => {
  it('refuses a missing bracket or folder with exit 2', async () => {
    const r = io();
    expect(await claimsCommand.run({ values: { out }, positionals: [], core, io: r.io })).toBe(2);
    expect(r.err.join('')).toContain('  --bracket: ');
    expect(await noticesCommand.run({ values: { building: ['1'] }, positionals: [], core, io: io().io })).toBe(2);
    expect(await mailingCommand.run({ values: { out }, positionals: [], core, io: io().io })).toBe(2);
  });

  it('produces a claim batch, its mailing lists and a building’s notices into folders', async () => {
    const bracket = core.ctx.sqlite
      .prepare(
        `SELECT bracket FROM account_summaries WHERE debt_kopecks > 0 AND bracket NOT IN ('none', 'below_5k') GROUP BY bracket ORDER BY count(*) DESC LIMIT 1`,
      )
      .pluck()
      .get() as string;
    // A promise to pay taken today leaves one account of the group out; the command lists it with the reason.
    const promised = core.ctx.sqlite
      .prepare(`SELECT account_id AS id, number FROM account_summaries WHERE bracket = ? ORDER BY account_id LIMIT 1`)
      .get(bracket) as { id: number; number: string };
    core.ctx.sqlite
      .prepare(
        `INSERT INTO payment_promises (account_id, made_date, promised_date, amount_kopecks, status, user_name, at_ms) VALUES (?, '2026-11-26', '2026-12-04', 100000, 'open', 'тест', 0)`,
      )
      .run(promised.id);
    const c = io();
    expect(await claimsCommand.run({ values: { bracket, out, limit: '5' }, positionals: [], core, io: c.io })).toBe(0);
    const printedOut = c.out.join('').replace(/[\u00a0\u202f]/g, ' ');
    expect(printedOut).toMatch(/Не включены в пакет \(\d+ л\/с\):/);
    expect(printedOut).toContain(`л/с ${promised.number}, `);
    expect(printedOut).toContain('ждём оплату по обещанию (обещана оплата до 04.12.2026)');
    const batch = Number(/Пакет № (\d+)/.exec(c.out.join(''))?.[1]);
    const print = fs.readdirSync(out).find((f) => f.startsWith('pechat-pretenzii'));
    expect(print).toBeDefined();
    const inBatch = core.ctx.sqlite
      .prepare('SELECT count(DISTINCT account_id) FROM mail_items WHERE batch_id = ?')
      .pluck()
      .get(batch) as number;
    expect(inBatch).toBeGreaterThan(0);
    expect(inBatch).toBeLessThanOrEqual(5);
    expect(fs.readdirSync(path.join(out, 'accounts'))).toHaveLength(inBatch);
    expect(pdfText(path.join(out, print as string))).toContain('ПРЕТЕНЗИЯ');

    const orders = core.ctx.sqlite
      .prepare('SELECT position FROM mail_items WHERE batch_id = ? ORDER BY position')
      .pluck()
      .all(batch) as number[];
    const tracking = path.join(core.ctx.dataDir, 'shpi.csv');
    fs.writeFileSync(
      tracking,
      orders
        .map((p) => {
          const d = `1434008500${String(p).padStart(3, '0')}`;
          return `${batch}-${p};${d}${trackingCheckDigit(d)}`;
        })
        .join('\n'),
    );
    const m = io();
    expect(
      await mailingCommand.run({ values: { batch: String(batch), out, tracking }, positionals: [], core, io: m.io }),
    ).toBe(0);
    expect(m.out.join('')).toContain(`ШПИ загружены: ${orders.length}`);
    const made = fs.readdirSync(out);
    const f103 = made.filter((f) => f.startsWith(`f103-${batch}-`));
    expect(f103.length).toBeGreaterThan(0);
    expect(f103.map((f) => pdfText(path.join(out, f))).join('')).toContain('1434008500001');
    expect(made.filter((f) => f.startsWith(`pochta-${batch}-`))).toHaveLength(f103.length);
    expect(made).toContain(`kurier-raspiski-${batch}.pdf`);
    expect(made).toContain(`kurier-marshrut-${batch}.pdf`);

    // The building whose notice lists most flats by the rule book (measure 6).
    const buildings = await core.dispatch('notices.buildings', {}, sessionFor(core, 'notices.buildings'));
    if (!buildings.ok) throw new Error(buildings.error.message);
    const building = [...(buildings.value as { buildings: Array<{ id: number; listedFlats: number }> }).buildings].sort(
      (a, b) => b.listedFlats - a.listedFlats,
    )[0]?.id as number;
    const n = io();
    expect(
      await noticesCommand.run({
        values: { building: [String(building)], out: path.join(out, 'notices') },
        positionals: [],
        core,
        io: n.io,
      }),
    ).toBe(0);
    expect(n.out.join('')).toMatch(
      /Правила от 1 января 2026 г\. \(долг не меньше 10\s000 ₽, не меньше 3 месяцев просрочки\): \d+ подъезд(а|ов)?, в списках \d+ кв\./,
    );
    const noticeFile = /Файл для печати: (.+) \(/.exec(n.out.join(''))?.[1] as string;
    expect(pdfPages(noticeFile)).toBeGreaterThan(0);
    expect(pdfText(noticeFile)).toContain('ОБЪЯВЛЕНИЕ');
  });
});
