/**
 * @file Acts of restriction and of restoration (measure 8) — THE ONLY WAY a case becomes «restricted» or
 * «restored». The gates are here, in the core, whatever the page does:
 *
 * - an act of restriction needs a delivered warning (RESTRICTION.NO_DELIVERED_WARNING) and an act day after the
 *   warning's term ended (RESTRICTION.TIMER_RUNNING: timer_ends_date is the term's last day, so the act's day must be
 *   later); the service's debt is re-read and must still exceed the threshold, with no signed agreement
 *   (RESTRICTION.NOT_ELIGIBLE). The case may be «delivered» (the contractor came without our order — a vodokanal's
 *   own round) or «ordered». restricted_date = the act's day; the restriction cost is the dated rule
 *   'restriction.cost_restriction_kopecks' on that day, recorded on the case (the cap is unconfirmed: data).
 * - an act of restoration closes a «restoration_due» case; a «restricted» case may be restored too (the housing
 *   inspectorate or a court ordered the plug removed, the flat became unfit — ВС РФ № 47-АД19-2 — or the office
 *   decided so): refusing it would leave the database saying «restricted» about a flat that is not, so it is
 *   accepted with a note saying why, which is required and journaled.
 *
 * The act PDF is printed for signatures; photos and scans go with it (act-files.ts). Files are checked first, the
 * PDF rendered next, then one transaction writes the act, the files, the case and the journal.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ActRecorded, RestrictionCaseRow } from '../../../shared/api/contract-restriction-orders';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { writeJournal } from '../journal/journal-writer';
import { organisationForDocuments, saveDocument } from '../documents/document-files';
import { formatRuDate, isoDateInZone } from '../../../shared/dates/iso-date';
import { rublesText } from '../../../shared/documents/money-text';
import { ACT_TEMPLATE_VERSION } from '../../../shared/documents/restriction-act/RestrictionActDocument';
import { ACT_TITLES } from '../../../shared/documents/restriction-act/act-view';
import { caseAddress, caseRow } from './restriction-case-rows';
import { checkActUploads, purgeActUploads, storeActFiles } from './act-files';
import { measureRule } from './restriction-tables-repo';
import { renderActPdf } from './act-document';

export interface ActEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
}

export interface ActInput {
  caseId: number;
  kind: 'restriction' | 'restoration';
  actDate: string;
  actTime: string;
  method: string;
  present: string;
  readings: string;
  note: string;
  uploadIds: string[];
}

/** Why an act of restriction on `actDate` is refused, or null (the gate). */
export function restrictionActRefusal(r: RestrictionCaseRow, actDate: string): AppError | null {
  const who = `Л/с ${r.accountNumber} (${r.service})`;
  if (r.status === 'warned' || r.deliveredDate === null)
    return new AppError(
      'RESTRICTION.NO_DELIVERED_WARNING',
      `${who}: нет доставленного предупреждения — ограничить услугу нельзя (Правила № 354, п. 119). Акт не записан, ничего не изменено.`,
    );
  if (r.status !== 'delivered' && r.status !== 'ordered')
    return new AppError(
      'RESTRICTION.BAD_STEP',
      `${who}: акт об ограничении невозможен в состоянии «${r.status}». Ничего не изменено.`,
    );
  if (r.timerEndsDate === null || actDate <= r.timerEndsDate)
    return new AppError(
      'RESTRICTION.TIMER_RUNNING',
      `${who}: срок предупреждения истекает ${formatRuDate(r.timerEndsDate ?? actDate)} — ограничение возможно не раньше следующего дня. Акт не записан, ничего не изменено.`,
    );
  if (r.agreementSigned)
    return new AppError(
      'RESTRICTION.NOT_ELIGIBLE',
      `${who}: подписано соглашение о погашении — ограничение не вводится. Ничего не изменено.`,
    );
  if (!r.overThreshold)
    return new AppError(
      'RESTRICTION.NOT_ELIGIBLE',
      `${who}: долг по услуге ${rublesText(r.debtKopecks)} руб. не превышает порог — ограничение недопустимо, закройте дело. Акт не записан.`,
    );
  return null;
}

function restorationActRefusal(r: RestrictionCaseRow, input: ActInput): AppError | null {
  const who = `Л/с ${r.accountNumber} (${r.service})`;
  if (r.status === 'restricted' && input.note.trim().length < 3)
    return new AppError(
      'VALIDATION',
      `${who}: срок восстановления не наступил (долг не погашен, соглашения нет) — укажите в примечании, почему услуга восстановлена.`,
    );
  if (r.status !== 'restoration_due' && r.status !== 'restricted')
    return new AppError(
      'RESTRICTION.NO_ACT',
      `${who}: услуга не ограничена — акта об ограничении нет, возобновлять нечего. Ничего не изменено.`,
    );
  if (r.restrictedDate !== null && input.actDate < r.restrictedDate)
    return new AppError('VALIDATION', `${who}: дата акта раньше ограничения (${formatRuDate(r.restrictedDate)}).`);
  return null;
}

export async function recordAct(env: ActEnv, input: ActInput): Promise<ActRecorded> {
  const { sqlite, dataDir, by, nowMs } = env;
  const today = isoDateInZone(nowMs);
  if (input.actDate > today)
    throw new AppError('VALIDATION', `Дата акта ${formatRuDate(input.actDate)} ещё не наступила.`);
  const r = caseRow(sqlite, input.caseId, today);
  const refusal =
    input.kind === 'restriction' ? restrictionActRefusal(r, input.actDate) : restorationActRefusal(r, input);
  if (refusal) throw refusal;
  const files = checkActUploads(sqlite, dataDir, input.uploadIds);
  const cost = measureRule(
    sqlite,
    input.kind === 'restriction' ? 'restriction.cost_restriction_kopecks' : 'restriction.cost_restoration_kopecks',
    input.actDate,
  );
  const order =
    r.orderId === null
      ? null
      : (sqlite
          .prepare<[number], { contractorName: string }>(
            `SELECT c.name AS contractorName FROM restriction_orders o JOIN restriction_contractors c ON c.id = o.contractor_id
              WHERE o.id = ?`,
          )
          .get(r.orderId) ?? null);
  // The act's number is its row id, printed on the PDF before the row is written (one writer per data folder).
  const actId = (sqlite.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM restriction_acts').get() as { id: number })
    .id;
  const org = organisationForDocuments(sqlite);
  const pdf = await renderActPdf({
    kind: input.kind,
    actId,
    actDate: input.actDate,
    actTime: input.actTime,
    organisationName: org.organisationName,
    contractorName: order?.contractorName ?? null,
    orderNumber: r.orderNumber,
    address: caseAddress(r),
    accountNumber: r.accountNumber,
    service: r.service,
    warningDebtKopecks: r.warningDebtKopecks,
    warningDate: r.warningDate,
    deliveredDate: r.deliveredDate,
    timerEndsDate: r.timerEndsDate,
    restrictionPossible: r.restrictionPossible,
    debtKopecks: r.debtKopecks,
    method: input.method,
    present: input.present,
    readings: input.readings,
    note: input.note,
    costKopecks: cost,
    restorationReason: input.kind === 'restoration' ? r.restorationReason : null,
    restorationDueDate: input.kind === 'restoration' ? r.restorationDueDate : null,
    restrictedDate: r.restrictedDate,
    fileNames: files.map((f) => f.fileName),
  });
  const written: string[] = [];
  try {
    const result = sqlite.transaction((): ActRecorded => {
      const documentId = saveDocument(sqlite, dataDir, {
        batchId: null,
        kind: input.kind === 'restriction' ? 'restriction_act' : 'restoration_act',
        templateVersion: ACT_TEMPLATE_VERSION,
        accountId: r.accountId,
        issuedDate: input.actDate,
        filePath: `documents/restriction/acts/case-${r.caseId}/akt-${actId}.pdf`,
        bytes: pdf.bytes,
        pages: pdf.pages,
        totalKopecks: cost,
        userName: by.name,
        atMs: nowMs,
      });
      written.push(path.join(dataDir, `documents/restriction/acts/case-${r.caseId}/akt-${actId}.pdf`));
      sqlite
        .prepare(
          `INSERT INTO restriction_acts (id, case_id, kind, act_date, act_time, method, present, readings, note,
                                         document_id, user_name, created_at_ms)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          actId,
          r.caseId,
          input.kind,
          input.actDate,
          input.actTime,
          input.method,
          input.present,
          input.readings || null,
          input.note || null,
          documentId,
          by.name,
          nowMs,
        );
      const stored = storeActFiles(sqlite, dataDir, { caseId: r.caseId, actId }, files, nowMs, written);
      const status = input.kind === 'restriction' ? 'restricted' : 'restored';
      const changed =
        input.kind === 'restriction'
          ? sqlite
              .prepare(
                `UPDATE restriction_cases SET status = 'restricted', restricted_date = ?, restriction_cost_kopecks = ?,
                        updated_at_ms = ? WHERE id = ? AND status = ?`,
              )
              .run(input.actDate, cost, nowMs, r.caseId, r.status).changes
          : sqlite
              .prepare(
                `UPDATE restriction_cases SET status = 'restored', restored_date = ?, restoration_cost_kopecks = ?,
                        updated_at_ms = ? WHERE id = ? AND status = ?`,
              )
              .run(input.actDate, cost, nowMs, r.caseId, r.status).changes;
      if (changed !== 1)
        throw new AppError('CONFLICT', 'Дело изменилось, пока составлялся акт. Акт не записан, ничего не изменено.');
      const early = input.kind === 'restoration' && r.status === 'restricted';
      writeJournal(sqlite, by, nowMs, {
        kind: input.kind === 'restriction' ? 'restriction.restricted' : 'restriction.restored',
        actionDate: input.actDate,
        summary:
          `${ACT_TITLES[input.kind]} № ${actId}: ${r.service}, ${caseAddress(r)}, ${formatRuDate(input.actDate)} ${input.actTime}` +
          ` — ${input.method}` +
          (early ? `; восстановлено до наступления срока: ${input.note}` : '') +
          (cost > 0 ? `; стоимость ${rublesText(cost)} руб.` : '') +
          (stored.length > 0 ? `; файлов: ${stored.length}` : ''),
        accountId: r.accountId,
        object: { type: 'restriction', id: r.caseId },
        details: {
          caseId: r.caseId,
          actId,
          documentId,
          actDate: input.actDate,
          actTime: input.actTime,
          method: input.method,
          present: input.present,
          costKopecks: cost,
          files: stored.map((f) => ({ id: f.id, fileName: f.fileName, sha256: f.sha256 })),
          debtKopecks: r.debtKopecks,
        },
        before: { status: r.status },
        after: { status },
      });
      return { actId, caseId: r.caseId, status, documentId, files: stored, costKopecks: cost };
    })();
    purgeActUploads(dataDir, files);
    return result;
  } catch (error) {
    for (const p of written) fs.rmSync(p, { force: true });
    throw error;
  }
}
