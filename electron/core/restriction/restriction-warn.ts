/**
 * @file «Сформировать предупреждения» (measure 8): each chosen account and service is checked again — by the ONE rule
 * evaluator (the account's facts against measure 8 of the current rule book) and by the service's own overdue debt
 * against its threshold (readServiceDebts) — and by the cases already open; a refused item is listed with its Russian
 * reason, never skipped in silence. For each accepted one: the warning PDF (generated_documents), a case 'warned'
 * with the exact debt of the service, its threshold and basis, and the journal entry 'restriction.warning' on the
 * account. By post the warnings are ONE document batch of kind 'restriction_warnings' with a mail item per warning
 * (measure 5's mailing: form 103, tracking, outcomes) and one print file.
 *
 * The PDFs are rendered first (react-pdf is asynchronous); then everything is written in ONE transaction: a failure
 * leaves the database as it was, and the files already written are removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { currentRuleBook } from '../rules/rule-book-repo';
import { forEachFactsChunk } from '../rules/account-facts';
import { evaluateMeasure } from '../../../shared/rules/eligibility/evaluate-account';
import type { AccountFacts } from '../../../shared/rules/eligibility/facts';
import { formatRuDate, isoDateInZone } from '../../../shared/dates/iso-date';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import { WARNING_TEMPLATE_VERSION } from '../../../shared/documents/restriction-warning/warning-view';
import type { RestrictionWarnResult } from '../../../shared/restriction/restriction-types';
import type { RestrictionDeliveryMethod } from '../../../shared/api/contract-restriction';
import { saveDocument } from '../documents/document-files';
import { safeFilePart } from '../documents/penalty-calculation-pdf';
import { writeJournal } from '../journal/journal-writer';
import { readServiceDebts, type ServiceDebtLine } from './service-debt';
import { insertCase, openCaseOf } from './restriction-cases-repo';
import { renderWarningPdf, warningFacts, type WarningFacts } from './render-warning';

export interface WarnRequest {
  items: ReadonlyArray<{ accountId: number; service: string }>;
  restrictionPossible: boolean;
  deliveryMethod: RestrictionDeliveryMethod;
}

export interface WarnEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
}

const STATUS_TEXT: Record<string, string> = {
  warned: 'предупреждение сделано',
  delivered: 'предупреждение доставлено, идёт срок',
  ordered: 'заявка исполнителю',
  restricted: 'услуга ограничена',
  restoration_due: 'назначено восстановление',
};

const METHOD_TEXT: Record<RestrictionDeliveryMethod, string> = {
  post: 'заказным письмом',
  epd: 'текстом в ЕПД',
  sms: 'по СМС',
  signature: 'под подпись',
};

interface Accepted {
  accountId: number;
  number: string;
  line: ServiceDebtLine;
  facts: WarningFacts;
  pdf: { bytes: Buffer; pages: number };
  filePath: string;
}

/** Why an account's service may not be warned about, or null when it may. */
function serviceRefusal(line: ServiceDebtLine | undefined, service: string): string | null {
  if (!line) return `по услуге «${service}» нет просроченной задолженности`;
  if (!line.restrictable) return `услуга «${service}» не ограничивается: ${line.restrictableNote}`;
  if (!line.threshold)
    return `по услуге «${service}» не определён порог: нет норматива с тарифом и нет начислений за 12 месяцев`;
  if (!line.overThreshold)
    return (
      `долг по услуге «${service}» ${rublesKopecksText(line.debtKopecks)} не превышает порог ` +
      `${rublesKopecksText(line.threshold.thresholdKopecks)} (${line.threshold.detail})`
    );
  return null;
}

function factsOf(sqlite: Database.Database, today: string, accountIds: number[]): Map<number, AccountFacts> {
  const map = new Map<number, AccountFacts>();
  for (let i = 0; i < accountIds.length; i += 500) {
    forEachFactsChunk(sqlite, today, { accountIds: accountIds.slice(i, i + 500) }, (chunk) => {
      for (const f of chunk) map.set(f.accountId, f);
    });
  }
  return map;
}

function accountNumbers(sqlite: Database.Database, ids: number[]): Map<number, string> {
  const rows = sqlite
    .prepare<[string], { id: number; number: string }>(
      'SELECT id, number FROM accounts WHERE id IN (SELECT value FROM json_each(?))',
    )
    .all(JSON.stringify(ids));
  return new Map(rows.map((r) => [r.id, r.number]));
}

export async function warnRestriction(env: WarnEnv, r: WarnRequest): Promise<RestrictionWarnResult> {
  const { sqlite, dataDir, by, nowMs } = env;
  const today = isoDateInZone(nowMs);
  const book = currentRuleBook(sqlite);
  const rule = book.measures.find((m) => m.measure === 8);
  if (!rule) throw new AppError('CONFLICT', 'В правилах нет условий мероприятия 8 (ограничение). Ничего не сделано.');
  const ids = [...new Set(r.items.map((i) => i.accountId))];
  const facts = factsOf(sqlite, today, ids);
  const numbers = accountNumbers(sqlite, ids);
  const refused: RestrictionWarnResult['refused'] = [];
  const accepted: Accepted[] = [];
  const seen = new Set<string>();
  const debtsOf = new Map<number, ServiceDebtLine[]>();

  for (const item of r.items) {
    const number = numbers.get(item.accountId) ?? `код ${item.accountId}`;
    const refuse = (reason: string) =>
      refused.push({ accountId: item.accountId, number, service: item.service, reason });
    const key = `${item.accountId}\u0000${item.service}`;
    if (seen.has(key)) {
      refuse('эта услуга этого счёта уже есть в списке выше');
      continue;
    }
    seen.add(key);
    const f = facts.get(item.accountId);
    if (!f) {
      refuse(
        numbers.has(item.accountId) ? 'нет сведений о долге по счёту (сводка не рассчитана)' : 'лицевой счёт не найден',
      );
      continue;
    }
    const verdict = evaluateMeasure(rule, f, book, today);
    if (!verdict.available) {
      refuse(`по правилам мероприятие 8 недоступно: ${verdict.reason}`);
      continue;
    }
    let lines = debtsOf.get(item.accountId);
    if (!lines) debtsOf.set(item.accountId, (lines = readServiceDebts(sqlite, item.accountId, today)));
    const line = lines.find((l) => l.service === item.service);
    const why = serviceRefusal(line, item.service);
    if (why !== null || !line) {
      refuse(why ?? 'услуга не найдена');
      continue;
    }
    const open = openCaseOf(sqlite, item.accountId, item.service);
    if (open) {
      refuse(`по этой услуге уже ведётся дело № ${open.id} (${STATUS_TEXT[open.status] ?? open.status})`);
      continue;
    }
    const wf = warningFacts(sqlite, item.accountId, line, today, r.restrictionPossible);
    const pdf = await renderWarningPdf(wf);
    const filePath = `documents/restriction/warnings/${today}/${safeFilePart(number)}-${safeFilePart(item.service)}-${nowMs}.pdf`;
    accepted.push({ accountId: item.accountId, number, line, facts: wf, pdf, filePath });
  }

  if (accepted.length === 0) return { caseIds: [], batchId: null, refused };

  const post = r.deliveryMethod === 'post';
  let printBytes: Buffer | null = null;
  let printPages = 0;
  if (post) {
    const merged = await PDFDocument.create();
    merged.setTitle(`Предупреждения об ограничении от ${formatRuDate(today)}`);
    for (const a of accepted) {
      const part = await PDFDocument.load(a.pdf.bytes);
      for (const page of await merged.copyPages(part, part.getPageIndices())) merged.addPage(page);
    }
    printPages = merged.getPageCount();
    printBytes = Buffer.from(await merged.save());
  }

  const written: string[] = [];
  const save = (d: Parameters<typeof saveDocument>[2]): number => {
    written.push(path.join(dataDir, d.filePath));
    return saveDocument(sqlite, dataDir, d);
  };
  try {
    return sqlite.transaction((): RestrictionWarnResult => {
      let batchId: number | null = null;
      const sum = accepted.reduce((s, a) => s + a.line.debtKopecks, 0);
      if (post) {
        const title = `Предупреждения об ограничении: ${accepted.length} шт., от ${formatRuDate(today)}`;
        const info = sqlite
          .prepare(
            `INSERT INTO document_batches (kind, title, params_json, as_of_date, status, total_items, done_items, summary,
               user_name, created_at_ms, finished_at_ms)
             VALUES ('restriction_warnings', ?, ?, ?, 'done', ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            title,
            JSON.stringify({
              items: accepted.map((a) => ({ accountId: a.accountId, service: a.line.service })),
              restrictionPossible: r.restrictionPossible,
            }),
            today,
            accepted.length,
            accepted.length,
            `Подготовлено ${accepted.length} предупреждений (заказные письма) на ${rublesKopecksText(sum)}`,
            by.name,
            nowMs,
            nowMs,
          );
        batchId = Number(info.lastInsertRowid);
      }
      const caseIds: number[] = [];
      accepted.forEach((a, index) => {
        // Checked again inside the transaction: two clerks warning the same debtor at once make one case.
        const open = openCaseOf(sqlite, a.accountId, a.line.service);
        if (open) {
          throw new AppError(
            'CONFLICT',
            `Л/с ${a.number}: по услуге «${a.line.service}» уже ведётся дело № ${open.id}. Ничего не записано — сформируйте предупреждения заново.`,
          );
        }
        const threshold = a.line.threshold!;
        const documentId = save({
          batchId,
          kind: 'restriction_warning',
          templateVersion: WARNING_TEMPLATE_VERSION,
          accountId: a.accountId,
          buildingId: a.facts.buildingId,
          entrance: a.facts.entrance,
          issuedDate: today,
          filePath: a.filePath,
          bytes: a.pdf.bytes,
          pages: a.pdf.pages,
          totalKopecks: a.line.debtKopecks,
          userName: by.name,
          atMs: nowMs,
        });
        let mailItemId: number | null = null;
        if (batchId !== null) {
          const info = sqlite
            .prepare(
              `INSERT INTO mail_items (batch_id, document_id, account_id, position, recipient_name, address, postal_code,
                 building_id, entrance, apartment, total_kopecks, pages)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(
              batchId,
              documentId,
              a.accountId,
              index + 1,
              a.facts.recipientName,
              a.facts.address,
              a.facts.postalCode,
              a.facts.buildingId,
              a.facts.entrance,
              a.facts.apartment,
              a.line.debtKopecks,
              a.pdf.pages,
            );
          mailItemId = Number(info.lastInsertRowid);
        }
        const caseId = insertCase(sqlite, {
          accountId: a.accountId,
          service: a.line.service,
          debtKopecks: a.line.debtKopecks,
          thresholdKopecks: threshold.thresholdKopecks,
          thresholdBasis: threshold.basis,
          asOfDate: today,
          restrictionPossible: r.restrictionPossible,
          warningDate: today,
          warningDocumentId: documentId,
          deliveryMethod: r.deliveryMethod,
          mailItemId,
          userName: by.name,
          nowMs,
        });
        caseIds.push(caseId);
        writeJournal(sqlite, by, nowMs, {
          kind: 'restriction.warning',
          accountId: a.accountId,
          actionDate: today,
          object: { type: 'restriction', id: caseId },
          summary:
            `Предупреждение об ${r.restrictionPossible ? 'ограничении' : 'приостановлении'} услуги «${a.line.service}»: ` +
            `долг ${rublesKopecksText(a.line.debtKopecks)} при пороге ${rublesKopecksText(threshold.thresholdKopecks)}, ` +
            `доставка ${METHOD_TEXT[r.deliveryMethod]}, срок ${a.facts.input.warningDays} дн. со дня доставки`,
          details: {
            caseId,
            service: a.line.service,
            debtKopecks: a.line.debtKopecks,
            months: a.facts.input.months,
            thresholdKopecks: threshold.thresholdKopecks,
            thresholdBasis: threshold.basis,
            thresholdDetail: threshold.detail,
            restrictionPossible: r.restrictionPossible,
            deliveryMethod: r.deliveryMethod,
            documentId,
            batchId,
            mailItemId,
            ruleVersion: book.version,
          },
        });
      });
      if (batchId !== null && printBytes) {
        save({
          batchId,
          kind: 'restriction_warnings_print',
          templateVersion: WARNING_TEMPLATE_VERSION,
          issuedDate: today,
          filePath: `documents/restriction/warnings/batch-${batchId}/pechat-preduprezhdeniya-${batchId}.pdf`,
          bytes: printBytes,
          pages: printPages,
          totalKopecks: sum,
          userName: by.name,
          atMs: nowMs,
        });
        sqlite
          .prepare('UPDATE document_batches SET print_file = ? WHERE id = ?')
          .run(`documents/restriction/warnings/batch-${batchId}/pechat-preduprezhdeniya-${batchId}.pdf`, batchId);
      }
      return { caseIds, batchId, refused };
    })();
  } catch (error) {
    for (const file of written) fs.rmSync(file, { force: true });
    throw error;
  }
}
