/**
 * The CLI commands of measures 4 and 3, run directly (the lead registers them in electron/cli/commands/index.ts):
 * `penalty-run` prints the figures and progress, `epd-export` writes the file and prints the coverage; bad
 * arguments are refused with exit 2.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { runCli } from '../../electron/cli/run-cli';
import { setCliRole } from '../cli/cli-support';
import { closeDistrictCore, openDistrictCore } from '../penalty/penalty-district';

let core: Core;
beforeAll(async () => {
  core = await openDistrictCore(60);
  // The ЕПД work is the claims clerk's and the head's, not the administrator's (the CLI's default role).
  setCliRole(core, 'head');
});
afterAll(async () => {
  await closeDistrictCore(core);
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

/** Runs `name` with the flags given as values (strings; `true` for a bare flag) on the open core. */
function cmd(name: string) {
  return {
    run: ({
      values,
      io: out,
    }: {
      values: Record<string, string | true>;
      positionals: string[];
      core: Core;
      io: ReturnType<typeof io>['io'];
    }) =>
      runCli([name, ...Object.entries(values).flatMap(([k, v]) => (v === true ? [`--${k}`] : [`--${k}`, v]))], out, {
        core,
      }),
  };
}
const penaltyRunCommand = cmd('penalty-run');
const epdExportCommand = cmd('epd-export');

describe('penalty-run and epd-export commands', () => {
  it('runs the month, then exports it with the coverage', async () => {
    const run = io();
    expect(await penaltyRunCommand.run({ values: { period: '2026-09' }, positionals: [], core, io: run.io })).toBe(0);
    expect(run.out.join('')).toContain('Пени за сентябрь 2026 начислены');
    expect(run.err.join('')).toContain('Расчёт пени за сентябрь 2026');

    const file = path.join(core.ctx.dataDir, 'out', 'epd.csv');
    const exp = io();
    expect(
      await epdExportCommand.run({ values: { period: '2026-09', out: file }, positionals: [], core, io: exp.io }),
    ).toBe(0);
    expect(exp.out.join('')).toContain('Охват должников: 100 %');
    expect(exp.out.join('')).toMatch(/Пояснения: не длиннее 255 знаков, самое длинное \d+, сокращено \d+ из \d+/);
    expect(iconv.decode(fs.readFileSync(file), 'win1251').split('\r\n')[0]).toBe(
      'Лицевой счёт;Пени за месяц, руб.;Задолженность по пени, руб.;Пояснение',
    );

    const withFull = io();
    expect(
      await epdExportCommand.run({
        values: { period: '2026-09', out: file, full: 'file' },
        positionals: [],
        core,
        io: withFull.io,
      }),
    ).toBe(0);
    const fullFile = path.join(core.ctx.dataDir, 'out', 'epd-расчёт.csv');
    expect(withFull.out.join('')).toContain(`Полный расчёт: ${fullFile}`);
    expect(iconv.decode(fs.readFileSync(fullFile), 'win1251').split('\r\n')[0]).toBe(
      'Лицевой счёт;Расчёт пени полностью',
    );
  });

  it('refuses bad arguments', async () => {
    const bad = io();
    expect(await penaltyRunCommand.run({ values: { period: '09.2026' }, positionals: [], core, io: bad.io })).toBe(2);
    expect(
      await epdExportCommand.run({
        values: { period: '2026-09', out: 'x.csv', format: 'pdf' },
        positionals: [],
        core,
        io: bad.io,
      }),
    ).toBe(2);
    expect(
      await epdExportCommand.run({
        values: { period: '2026-09', out: 'x.csv', full: 'yes' },
        positionals: [],
        core,
        io: bad.io,
      }),
    ).toBe(2);
    expect(
      await epdExportCommand.run({ values: { period: '2026-05', out: 'x.csv' }, positionals: [], core, io: bad.io }),
    ).toBe(1);
    expect(bad.err.join('')).toContain('ещё не рассчитаны');
  });

  it('refuses a month the calendar does not have, through the shared period schema', async () => {
    const run = io();
    expect(await penaltyRunCommand.run({ values: { period: '2026-13' }, positionals: [], core, io: run.io })).toBe(2);
    expect(run.err.join('')).toContain('  --period: Месяц: месяца 13 не бывает — 2026-13.\n');
    const exp = io();
    expect(
      await epdExportCommand.run({ values: { period: '2026-00', out: 'x.csv' }, positionals: [], core, io: exp.io }),
    ).toBe(2);
    expect(exp.err.join('')).toContain('  --period: Месяц: месяца 00 не бывает — 2026-00.\n');
  });
});
