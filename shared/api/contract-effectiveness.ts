/**
 * @file API methods — Эффективность мер: доля счетов, оплативших после действия, против группы сравнения
 * (electron/core/reports/effectiveness.ts). Spread into the one contract in contract.ts.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import type { EffectivenessReport } from '../reports/effectiveness-types';

const EffectPeriod = z
  .object({
    from: isoDateSchema('Начало периода'),
    to: isoDateSchema('Конец периода'),
  })
  .strict();

export const effectivenessApiInputs = {
  /** The report for the actions of [from, to] (≤ 366 days): per kind, per kind × bracket, the comparison group. */
  'effectiveness.report': EffectPeriod,
  /** The same report as XLSX, registered in the documents and journaled ('report.effectiveness'). */
  'effectiveness.xlsx': EffectPeriod,
} satisfies Record<string, z.ZodType>;

export interface EffectivenessXlsxResult {
  documentId: number;
  fileName: string;
  /** Relative to the data folder. */
  filePath: string;
  /** The report the file was made from (the command line prints it). */
  report: EffectivenessReport;
}

export interface EffectivenessApiOutputs {
  'effectiveness.report': EffectivenessReport;
  'effectiveness.xlsx': EffectivenessXlsxResult;
}
