/**
 * @file `penalty --input FILE.json`: the penalty (пени, ЖК ст.155 ч.14/14.1) for one account's charges and
 * payments, computed by the shared engine with the seeded legal tables; prints JSON {totalKopecks, lines}
 * (`--reasons` adds the trace). Bad input: Russian messages on stderr, exit 1; no --input: exit 2.
 * Needs no database — the input file carries everything.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { calculatePenalty } from '../../../shared/rules/penalty/calculate-penalty';
import { PenaltyTableError } from '../../../shared/rules/penalty/legal-tables';
import { parsePenaltyInput } from '../../../shared/rules/penalty/penalty-input';
import { SEED_PENALTY_TABLES } from '../../../shared/rules/penalty/seed/index';
import type { CliCommand } from '../cli-command';

export const penaltyCommand: CliCommand = {
  name: 'penalty',
  summary: 'рассчитать пени по начислениям и оплатам из файла JSON (ЖК РФ ст.155 ч.14 и 14.1)',
  usage: 'penalty --input ФАЙЛ.json [--reasons]',
  options: {
    input: {
      type: 'string',
      description:
        'файл JSON: {"calculationDate": "ГГГГ-ММ-ДД", "charges": [{"period": "ГГГГ-ММ", "amountKopecks": N, "kind": "housing"|"capital_repair"}], "payments": [{"date": "ГГГГ-ММ-ДД", "amountKopecks": N, "period"?: "ГГГГ-ММ"}]}',
    },
    reasons: { type: 'boolean', description: 'добавить в ответ обоснование каждого выбора (reasons)' },
  },
  needsCore: false,
  async run({ values, io }) {
    const file = values.input;
    if (typeof file !== 'string' || file === '') {
      io.err('Укажите файл с данными: npm run cli -- penalty --input ФАЙЛ.json\n');
      return 2;
    }
    let text: string;
    try {
      text = await readFile(path.resolve(file), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'файл не найден' : code === 'EISDIR' ? 'это папка, а не файл' : String(error);
      io.err(`Не удалось прочитать «${file}»: ${why}.\n`);
      return 1;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      io.err(`Файл «${file}» не является правильным JSON: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    const parsed = parsePenaltyInput(raw);
    if (!parsed.ok) {
      io.err(`Ошибки во входных данных «${file}»:\n${parsed.errors.map((e) => `  ${e}\n`).join('')}`);
      return 1;
    }
    try {
      const result = calculatePenalty(parsed.value, SEED_PENALTY_TABLES);
      const output = {
        totalKopecks: result.totalKopecks,
        lines: result.lines,
        ...(values.reasons ? { reasons: result.reasons, tablesVersion: result.tablesVersion } : {}),
      };
      io.out(`${JSON.stringify(output, null, 2)}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof PenaltyTableError)) throw error;
      io.err(`Расчёт невозможен: ${error.message}.\n`);
      return 1;
    }
  },
};
