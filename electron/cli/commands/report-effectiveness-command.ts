/**
 * @file `report effectiveness …`: эффективность мер (XLSX в папку). Not built yet: says so and exits 1.
 */
import type { CliAction } from '../cli-command';

export const reportEffectivenessAction: CliAction = {
  method: null,
  summary: 'эффективность мер (XLSX в папку)',
  run(ctx) {
    ctx.io.err('Отчёт ещё не реализован.');
    return Promise.resolve(1);
  },
};
