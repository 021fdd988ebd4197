/**
 * @file `report press …`: сводка для СМИ без персональных данных (PDF и XLSX в папку). Not built yet: says so and exits 1.
 */
import type { CliAction } from '../cli-command';

export const reportPressAction: CliAction = {
  method: null,
  summary: 'сводка для СМИ без персональных данных (PDF и XLSX в папку)',
  run(ctx) {
    ctx.io.err('Отчёт ещё не реализован.');
    return Promise.resolve(1);
  },
};
