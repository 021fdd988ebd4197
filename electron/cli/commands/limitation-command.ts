/**
 * @file `limitation --input FILE.json [--json]`: исковая давность by billing month (shared/debt/limitation.ts) —
 * input `{"asOf", "periods": ["ГГГГ-ММ"], "courtOrders": [{"filed", "cancelled" | null, "periods"}]}`, output
 * `{"months": [{"period", "dueDate", "expiresOn" | null, "expired", "outsideCalendar", "reasons"}]}`. Uses the
 * office's due-day table (seed + administrator rows) when a data folder is open. Bad input: Russian, exit 1.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PRODUCTION_CALENDAR } from '../../../shared/calendar/production-calendar-data';
import { answerLimitation, LimitationRequestSchema } from '../../../shared/debt/limitation-request';
import { loadPenaltyTables } from '../../core/penalty/penalty-tables-repo';
import type { CliCommand } from '../cli-command';

export const limitationCommand: CliCommand = {
  name: 'limitation',
  summary: 'исковая давность по расчётным месяцам с учётом судебных приказов (ГК РФ ст.196, 200, 204, 193)',
  usage: 'limitation --input ФАЙЛ.json [--json] [--data-dir ПАПКА]',
  options: {
    input: {
      type: 'string',
      description:
        'файл JSON: {"asOf": "ГГГГ-ММ-ДД", "periods": ["ГГГГ-ММ"], "courtOrders": [{"filed": "ГГГГ-ММ-ДД", "cancelled": "ГГГГ-ММ-ДД" | null, "periods": ["ГГГГ-ММ"]}]}',
    },
    json: { type: 'boolean', description: 'вывести JSON (он выводится всегда; флаг для единообразия)' },
  },
  needsCore: true,
  async run({ values, core, io }) {
    const file = values.input;
    if (typeof file !== 'string' || file === '') {
      io.err('Укажите файл с данными: npm run cli -- limitation --input ФАЙЛ.json\n');
      return 1;
    }
    let raw: unknown;
    try {
      raw = JSON.parse((await readFile(path.resolve(file), 'utf8')).replace(/^\uFEFF/, ''));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.err(
        code === 'ENOENT'
          ? `Файл «${file}» не найден.\n`
          : `Файл «${file}» не читается как JSON: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 1;
    }
    const parsed = LimitationRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'запрос'}: ${i.message}`);
      io.err(`Ошибки во входных данных «${file}»:\n${lines.join('\n')}\n`);
      return 1;
    }
    if (!core) return 1;
    const tables = loadPenaltyTables(core.ctx.sqlite);
    const answer = answerLimitation(parsed.data, tables, PRODUCTION_CALENDAR);
    io.out(`${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  },
};
