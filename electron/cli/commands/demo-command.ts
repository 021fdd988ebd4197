/**
 * @file `demo --accounts N --seed S --out DIR`: writes a deterministic demo district as billing files in the
 * canonical layouts (CSV in windows-1251 and XLSX) — the same files `import` and the first-run screen load.
 */
import path from 'node:path';
import { writeDemoDistrict, type DemoFormat } from '../../core/demo/write-demo-district';
import type { CliCommand } from '../cli-command';
import { progressPrinter } from '../progress-printer';
import { checkCalendarValue, isoDateSchema, periodSchema } from '../../../shared/api/calendar-schemas';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'создать файлы демонстрационного района (CSV windows-1251 и XLSX) в папке',
  usage:
    'demo --accounts N --seed S --out ПАПКА [--months 60] [--end-period ГГГГ-ММ] [--as-of ГГГГ-ММ-ДД] [--format csv,xlsx] [--json]',
  options: {
    accounts: { type: 'string', description: 'число лицевых счетов (от 10 до 150 000)' },
    seed: { type: 'string', description: 'зерно генератора: одно и то же зерно даёт те же файлы' },
    out: { type: 'string', description: 'папка для файлов' },
    months: { type: 'string', description: 'месяцев истории начислений (по умолчанию 60)' },
    'end-period': { type: 'string', description: 'последний месяц начислений ГГГГ-ММ (по умолчанию прошлый месяц)' },
    'as-of': { type: 'string', description: 'оплаты после этой даты ГГГГ-ММ-ДД не попадают в файл (по умолчанию сегодня)' },
    format: { type: 'string', description: 'csv, xlsx или csv,xlsx (по умолчанию оба)' },
    json: { type: 'boolean', description: 'вывести список файлов и количества в JSON' },
  },
  needsCore: false,
  async run({ values, io }) {
    const accounts = Number(values.accounts);
    if (!Number.isInteger(accounts) || accounts < 10 || accounts > 150_000) {
      io.err('Укажите --accounts — целое число от 10 до 150 000.\n');
      return 2;
    }
    if (typeof values.out !== 'string' || values.out === '') {
      io.err('Укажите папку: --out ПАПКА.\n');
      return 2;
    }
    const months = values.months === undefined ? 60 : Number(values.months);
    if (!Number.isInteger(months) || months < 1 || months > 120) {
      io.err('--months — целое число от 1 до 120.\n');
      return 2;
    }
    const endPeriod = values['end-period'] === undefined ? undefined : checkCalendarValue(periodSchema('--end-period'), values['end-period']);
    const asOf = values['as-of'] === undefined ? undefined : checkCalendarValue(isoDateSchema('--as-of'), values['as-of']);
    for (const checked of [endPeriod, asOf]) {
      if (checked && !checked.ok) {
        io.err(`${checked.message}\n`);
        return 2;
      }
    }
    const formats = String(values.format ?? 'csv,xlsx').split(',').map((f) => f.trim()) as DemoFormat[];
    if (formats.some((f) => f !== 'csv' && f !== 'xlsx')) {
      io.err('--format — csv, xlsx или csv,xlsx.\n');
      return 2;
    }
    const print = progressPrinter(io);
    const result = await writeDemoDistrict({
      accounts,
      seed: typeof values.seed === 'string' ? values.seed : 'krasnogorsk',
      months,
      ...(endPeriod?.ok ? { endPeriod: endPeriod.value } : {}),
      ...(asOf?.ok ? { asOfDate: asOf.value } : {}),
      outDir: path.resolve(values.out),
      formats,
      onProgress: (done, total) => print('Создание файлов', total > 0 ? done / total : 0),
    });
    if (values.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
    else {
      io.out(`Файлы демонстрационного района:\n${result.files.map((f) => `  ${f}`).join('\n')}\n`);
      io.out(
        `УК: ${result.counts.companies}, домов: ${result.counts.buildings}, лицевых счетов: ${result.counts.accounts}, ` +
          `жильцов: ${result.counts.persons}, начислений: ${result.counts.charges}, оплат: ${result.counts.payments}\n`,
      );
    }
    return 0;
  },
};
