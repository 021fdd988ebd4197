/**
 * @file `penalty --input FILE.json`: the penalty (пени, ЖК ст.155 ч.14/14.1) for one account's charges and
 * payments, computed by the shared engine with the seeded legal tables; prints JSON {totalKopecks, lines}
 * (`--reasons` adds the trace). Bad input: Russian messages on stderr (the shared request check,
 * shared/rules/penalty/penalty-input.ts), exit 1; no --input: exit 2.
 * Needs no database and acts on no data — the input file carries everything — so it calls no API method.
 */
import { calculatePenalty } from '../../../shared/rules/penalty/calculate-penalty';
import { PenaltyTableError } from '../../../shared/rules/penalty/legal-tables';
import { parsePenaltyInput } from '../../../shared/rules/penalty/penalty-input';
import { SEED_PENALTY_TABLES } from '../../../shared/rules/penalty/seed/index';
import type { CliCommand } from '../cli-command';
import { CliFailure } from '../cli-api';
import { readJsonFile } from '../cli-output';

export const penaltyCommand: CliCommand = {
  name: 'penalty',
  summary: 'рассчитать пени по начислениям и оплатам из файла JSON (ЖК РФ ст.155 ч.14 и 14.1)',
  usage: 'penalty --input ФАЙЛ.json [--reasons]',
  needsCore: false,
  actions: {
    '': {
      method: null,
      options: {
        input: {
          type: 'string',
          valueName: 'ФАЙЛ.json',
          description:
            'файл JSON: {"calculationDate": "ГГГГ-ММ-ДД", "charges": [{"period": "ГГГГ-ММ", "amountKopecks": N, "kind": "housing"|"capital_repair"}], "payments": [{"date": "ГГГГ-ММ-ДД", "amountKopecks": N, "period"?: "ГГГГ-ММ"}]}',
        },
        reasons: { type: 'boolean', description: 'добавить в ответ обоснование каждого выбора (reasons)' },
      },
      async run({ options, io }) {
        const file = options.input;
        if (typeof file !== 'string' || file === '')
          throw new CliFailure('Укажите файл с данными: npm run cli -- penalty --input ФАЙЛ.json', 2);
        const parsed = parsePenaltyInput(readJsonFile(file));
        if (!parsed.ok)
          throw new CliFailure(
            `Ошибки во входных данных «${file}»:`,
            1,
            parsed.errors.map((e) => `  ${e}`),
          );
        try {
          const result = calculatePenalty(parsed.value, SEED_PENALTY_TABLES);
          const output = {
            totalKopecks: result.totalKopecks,
            lines: result.lines,
            ...(options.reasons ? { reasons: result.reasons, tablesVersion: result.tablesVersion } : {}),
          };
          io.out(`${JSON.stringify(output, null, 2)}\n`);
          return 0;
        } catch (error) {
          if (!(error instanceof PenaltyTableError)) throw error;
          throw new CliFailure(`Расчёт невозможен: ${error.message}.`, 1);
        }
      },
    },
  },
};
