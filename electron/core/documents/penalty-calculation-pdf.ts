/**
 * @file `penalty.calculationPdf`: the account's penalty as the «Расчёт пени» PDF. Saved under
 * `<data dir>/documents/penalty/<account>-<date>.pdf` (a later print of the same day replaces it), journaled on
 * the account with the figures and the tables' version, and returned as base64 so a browser can open it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PenaltyCalculationPdf } from '../../../shared/api/contract-penalty';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import { buildPenaltyCalculationView } from '../../../shared/documents/penalty-calculation/penalty-calculation-view';
import type { CoreContext } from '../core-context';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';
import { getSettings } from '../repositories/settings-repo';
import { accountPenalty, type AccountPenaltyRequest } from './account-penalty';
import { renderPenaltyCalculationPdf } from './render-penalty-pdf';

/** Account numbers come from billing files: keep a file name portable (Windows forbids \ / : * ? " < > |). */
export function safeFilePart(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^\.+/, '') || 'счёт';
}

export async function penaltyCalculationPdf(
  ctx: CoreContext,
  request: AccountPenaltyRequest,
  by: JournalActor,
): Promise<PenaltyCalculationPdf> {
  const penalty = accountPenalty(ctx.sqlite, request);
  const settings = getSettings(ctx.db);
  const view = buildPenaltyCalculationView(penalty, settings);
  const bytes = await renderPenaltyCalculationPdf(view);

  const dir = path.join(ctx.dataDir, 'documents', 'penalty');
  fs.mkdirSync(dir, { recursive: true });
  const fileName = `${safeFilePart(penalty.accountNumber)}-${penalty.calculationDate}.pdf`;
  const savedPath = path.join(dir, fileName);
  // Write beside and rename: a PDF open in a viewer or a crash mid-write never leaves a truncated file.
  const partial = `${savedPath}.${process.pid}.part`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, savedPath);

  const nowMs = ctx.clock();
  writeJournal(ctx.sqlite, by, nowMs, {
    accountId: penalty.accountId,
    kind: 'penalty.calculation_pdf',
    summary: `Расчёт пени на ${formatRuDate(penalty.calculationDate)}: ${rublesKopecksText(penalty.totalKopecks)}`,
    details: {
      calculationDate: penalty.calculationDate,
      totalKopecks: penalty.totalKopecks,
      rateDateRule: penalty.rateDateRule,
      tablesVersion: penalty.tablesVersion,
      file: savedPath,
    },
  });
  return { fileName, base64: bytes.toString('base64'), savedPath };
}
