/**
 * @file `penalty --input FILE.json` in-process through runCli.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { penaltyCommand } from '../../electron/cli/commands/penalty-command';
import { runCli } from '../../electron/cli/run-cli';
import { makeTempDir } from '../support/temp-dir';

async function penalty(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { out: (t: string) => (out += t), err: (t: string) => (err += t) };
  return { code: await runCli(['penalty', ...args], io), out, err };
}

function inputFile(content: unknown): string {
  const file = path.join(makeTempDir(), 'input.json');
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

interface Output {
  totalKopecks: number;
  lines: { period: string; kind: string; penaltyKopecks: number; moratorium: boolean }[];
  reasons?: unknown[];
}

describe('cli penalty', () => {
  it('computes worked example EX1c: 832.84 ₽, lines adding up to the total', async () => {
    const file = inputFile({
      calculationDate: '2024-04-18',
      charges: [{ period: '2019-05', amountKopecks: 100_000 }],
      payments: [{ date: '2020-01-01', amountKopecks: 10_000 }],
    });
    const { code, out, err } = await penalty(['--input', file]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out) as Output;
    expect(Object.keys(result)).toEqual(['totalKopecks', 'lines']);
    expect(result.totalKopecks).toBe(83_284);
    expect(result.lines.reduce((s, l) => s + l.penaltyKopecks, 0)).toBe(83_284);
    expect(result.lines.filter((l) => l.moratorium)).toHaveLength(2);
    expect(result.lines[0]).toMatchObject({
      period: '2019-05',
      kind: 'housing',
      from: '2019-06-11',
      fraction: { num: 0, den: 1 },
    });
  });

  it('takes capital repair and a named payment; --reasons adds the trace', async () => {
    // C1 as capital repair: 10 000 ₽ January 2024 paid 15.05.2024, 1/300 from day 1:
    // 11.02–15.05.2024 = 95 days × 1 000 000 × 950 / 3 000 000 = 30 083.33 → 30 083.
    const file = inputFile({
      calculationDate: '2024-06-30',
      charges: [{ period: '2024-01', amountKopecks: 1_000_000, kind: 'capital_repair' }],
      payments: [{ date: '2024-05-15', amountKopecks: 1_000_000, period: '2024-01' }],
    });
    const { code, out } = await penalty(['--input', file, '--reasons']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as Output;
    expect(result.totalKopecks).toBe(30_083);
    expect(JSON.stringify(result.reasons)).toContain('назван в платеже');
  });

  it('reads a file with a UTF-8 BOM (Windows Notepad)', async () => {
    const file = inputFile(
      `\uFEFF${JSON.stringify({ calculationDate: '2025-03-13', charges: [{ period: '2025-01', amountKopecks: 1_000_000 }], payments: [] })}`,
    );
    const { code, out } = await penalty(['--input', file]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Output).totalKopecks).toBe(317);
  });

  it('refuses bad input with Russian messages naming each field, exit 1', async () => {
    const file = inputFile({
      calculationDate: '2024-02-30',
      charges: [
        { period: '2024-13', amountKopecks: 10.5 },
        { period: '2024-01', amount: 100, kind: 'gas' },
      ],
      payments: [{ date: '2024-03-01', amountKopecks: -5 }],
    });
    const { code, out, err } = await penalty(['--input', file]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('calculationDate: ожидается дата в виде ГГГГ-ММ-ДД, получено «2024-02-30»');
    expect(err).toContain('charges[0].period: ожидается расчётный месяц в виде ГГГГ-ММ');
    expect(err).toContain('charges[0].amountKopecks: ожидается целое неотрицательное число копеек, получено 10.5');
    expect(err).toContain('charges[1]: неизвестное поле «amount»');
    expect(err).toContain('charges[1].kind: ожидается housing или capital_repair');
    expect(err).toContain('payments[0].amountKopecks: ожидается целое положительное число копеек, получено -5');
  });

  it('refuses a file that is not JSON, a missing file, and a missing --input', async () => {
    const notJson = await penalty(['--input', inputFile('{ calculationDate: ')]);
    expect(notJson.code).toBe(1);
    expect(notJson.err).toContain('не является правильным JSON');
    const missing = await penalty(['--input', path.join(makeTempDir(), 'нет.json')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('файл не найден');
    const none = await penalty([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Укажите файл');
    const notObject = await penalty(['--input', inputFile([1, 2])]);
    expect(notObject.code).toBe(1);
    expect(notObject.err).toContain('Ожидается объект JSON');
  });

  it('says when the tables do not reach a date, exit 1', async () => {
    const file = inputFile({
      calculationDate: '2012-09-01',
      charges: [{ period: '2012-05', amountKopecks: 100_000 }],
      payments: [],
    });
    const { code, err } = await penalty(['--input', file]);
    expect(code).toBe(1);
    expect(err).toContain('Расчёт невозможен: Нет ключевой ставки');
  });

  it('declares itself as needing no database', () => {
    expect(penaltyCommand).toMatchObject({ name: 'penalty', needsCore: false });
    expect(Object.keys(penaltyCommand.actions['']?.options ?? {})).toEqual(['input', 'reasons']);
  });
});
