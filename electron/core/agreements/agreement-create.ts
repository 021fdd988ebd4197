/**
 * @file A new repayment agreement (a draft): the total (by default the account's overdue debt), the schedule (equal
 * monthly instalments or rows typed by the clerk, shared/agreements/agreement-schedule.ts), the tolerance and grace
 * days of the day (dated rules 'agreement.tolerance_kopecks', 'agreement.grace_days'; read again on the signing day),
 * the number «С-YYYY-NNNN» (the year of the day, NNNN counted within it), the document for signature saved in the
 * registry of generated documents, and the journal entry 'agreement.created' on the account's timeline.
 *
 * Refused while a signed agreement is in force for the account (one at a time): it is to be cancelled first, or it
 * ends by being completed or broken.
 */
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { saveDocument } from '../documents/document-files';
import { measureRule } from '../restriction/restriction-tables-repo';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { customSchedule, equalSchedule } from '../../../shared/agreements/agreement-schedule';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import { AGREEMENT_TEMPLATE_VERSION } from '../../../shared/documents/agreement/AgreementDocument';
import type { agreementsApiInputs, AgreementView } from '../../../shared/api/contract-agreements';
import { overdueDebtOf, readAgreementView } from './agreements-repo';
import { renderAgreement } from './render-agreement';

export type CreateAgreementInput = z.output<(typeof agreementsApiInputs)['agreements.create']>;

export interface AgreementEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
}

/** The next number of the year: «С-2026-0007» after «С-2026-0006». */
export function nextAgreementNumber(sqlite: Database.Database, year: string): string {
  const prefix = `С-${year}-`;
  const last = sqlite
    .prepare<[number, string], { n: number | null }>(
      'SELECT max(CAST(substr(number, ?) AS INTEGER)) AS n FROM repayment_agreements WHERE number LIKE ?',
    )
    .get(prefix.length + 1, `${prefix}%`);
  return `${prefix}${String((last?.n ?? 0) + 1).padStart(4, '0')}`;
}

/** The signed agreement in force for the account, if any. */
export function signedAgreementOf(sqlite: Database.Database, accountId: number): { id: number; number: string } | null {
  return (
    sqlite
      .prepare<[number], { id: number; number: string }>(
        "SELECT id, number FROM repayment_agreements WHERE account_id = ? AND status = 'signed' LIMIT 1",
      )
      .get(accountId) ?? null
  );
}

function paymentsWord(n: number): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return 'платёж';
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return 'платежа';
  return 'платежей';
}

export async function createAgreement(env: AgreementEnv, input: CreateAgreementInput): Promise<AgreementView> {
  const { sqlite, dataDir, by, nowMs } = env;
  const today = isoDateInZone(nowMs);
  const account = sqlite
    .prepare<[number], { number: string; status: string }>('SELECT number, status FROM accounts WHERE id = ?')
    .get(input.accountId);
  if (!account)
    throw new AppError('NOT_FOUND', `Лицевой счёт с кодом ${input.accountId} не найден. Ничего не изменено.`);
  const inForce = signedAgreementOf(sqlite, input.accountId);
  if (inForce)
    throw new AppError(
      'CONFLICT',
      `По лицевому счёту ${account.number} уже действует соглашение № ${inForce.number}. Новое не составлено: ` +
        'сначала отмените действующее или дождитесь его исполнения.',
    );
  const totalKopecks = input.totalKopecks ?? overdueDebtOf(sqlite, input.accountId);
  if (totalKopecks <= 0)
    throw new AppError(
      'AGREEMENT.BAD_SCHEDULE',
      `По лицевому счёту ${account.number} нет просроченной задолженности. Укажите сумму соглашения. Ничего не изменено.`,
    );
  const schedule =
    input.rows !== null
      ? customSchedule(totalKopecks, input.rows)
      : equalSchedule(totalKopecks, input.firstDueDate ?? '', input.instalments ?? 0);
  if (!schedule.ok) throw new AppError('AGREEMENT.BAD_SCHEDULE', `${schedule.message} Ничего не изменено.`);
  const first = schedule.instalments[0]!;
  if (first.dueDate < today)
    throw new AppError(
      'AGREEMENT.BAD_SCHEDULE',
      'Срок первого платежа уже прошёл. Укажите срок не раньше сегодняшнего дня. Ничего не изменено.',
    );
  const toleranceKopecks = measureRule(sqlite, 'agreement.tolerance_kopecks', today);
  const graceDays = measureRule(sqlite, 'agreement.grace_days', today);
  const number = nextAgreementNumber(sqlite, today.slice(0, 4));
  const { bytes, pages } = await renderAgreement(sqlite, {
    number,
    issuedDate: today,
    accountId: input.accountId,
    totalKopecks,
    instalments: schedule.instalments,
    toleranceKopecks,
    graceDays,
  });
  const filePath = `documents/agreements/${account.number}/soglashenie-${number}-${nowMs}.pdf`;
  const id = sqlite
    .transaction(() => {
      // Asked again while the document was rendering: the account may have got a signed agreement meanwhile.
      if (signedAgreementOf(sqlite, input.accountId))
        throw new AppError(
          'CONFLICT',
          `По лицевому счёту ${account.number} уже действует соглашение. Ничего не изменено.`,
        );
      if (nextAgreementNumber(sqlite, today.slice(0, 4)) !== number)
        throw new AppError(
          'CONFLICT',
          `Номер ${number} занят соглашением, составленным в это же время. Составьте соглашение ещё раз. Ничего не изменено.`,
        );
      const documentId = saveDocument(sqlite, dataDir, {
        batchId: null,
        kind: 'agreement',
        templateVersion: AGREEMENT_TEMPLATE_VERSION,
        accountId: input.accountId,
        issuedDate: today,
        filePath,
        bytes,
        pages,
        totalKopecks,
        userName: by.name,
        atMs: nowMs,
      });
      const agreementId = Number(
        sqlite
          .prepare(
            `INSERT INTO repayment_agreements (account_id, number, status, total_kopecks, signed_date, tolerance_kopecks,
             grace_days, measure, ended_date, document_id, note, user_name, created_at_ms, updated_at_ms)
           VALUES (?, ?, 'draft', ?, NULL, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
          )
          .run(
            input.accountId,
            number,
            totalKopecks,
            toleranceKopecks,
            graceDays,
            input.measure,
            documentId,
            input.note === '' ? null : input.note,
            by.name,
            nowMs,
            nowMs,
          ).lastInsertRowid,
      );
      const insert = sqlite.prepare<[number, number, string, number]>(
        'INSERT INTO agreement_instalments (agreement_id, seq, due_date, amount_kopecks) VALUES (?, ?, ?, ?)',
      );
      for (const i of schedule.instalments) insert.run(agreementId, i.seq, i.dueDate, i.amountKopecks);
      const n = schedule.instalments.length;
      writeJournal(sqlite, by, nowMs, {
        kind: 'agreement.created',
        summary:
          `составлено соглашение о погашении № ${number} на ${rublesKopecksText(totalKopecks)}, ` +
          `${n} ${paymentsWord(n)} с ${first.dueDate.split('-').reverse().join('.')} (мероприятие ${input.measure})`,
        accountId: input.accountId,
        object: { type: 'agreement', id: agreementId },
        details: { number, totalKopecks, measure: input.measure, instalments: schedule.instalments, documentId },
        actionDate: today,
      });
      return agreementId;
    })
    .immediate();
  return readAgreementView(sqlite, id, today);
}
