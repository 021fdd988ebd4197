/**
 * @file Handlers — Эффективность мер: доля счетов, оплативших после действия, против группы сравнения. Thin: each
 * calls a service in electron/core/reports/effectiveness*.ts.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor } from '../auth/actor';
import { effectivenessReport } from '../reports/effectiveness';
import { saveEffectivenessXlsx } from '../reports/effectiveness-file';

type EffectivenessMethod = 'effectiveness.report' | 'effectiveness.xlsx';

export function createEffectivenessHandlers(ctx: CoreContext): Pick<ApiHandlers, EffectivenessMethod> {
  return {
    'effectiveness.report': (input) => effectivenessReport(ctx.sqlite, input, ctx.clock()),
    'effectiveness.xlsx': (input, { actor }) =>
      saveEffectivenessXlsx(
        { sqlite: ctx.sqlite, dataDir: ctx.dataDir, by: journalActor(actor), nowMs: ctx.clock() },
        input,
      ),
  };
}
