/**
 * @file `report plan …`: отчёт о выполнении плана (PDF и XLSX в папку). Not built yet: says so and exits 1.
 */
import type { CliAction } from '../cli-command';

export const reportPlanAction: CliAction = {
  method: null,
  summary: 'отчёт о выполнении плана (PDF и XLSX в папку)',
  run(ctx) {
    ctx.io.err('Отчёт ещё не реализован.');
    return Promise.resolve(1);
  },
};
