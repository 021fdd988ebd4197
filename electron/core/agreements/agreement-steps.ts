/**
 * @file The steps of an agreement after the draft: signed on the day the debtor signed it (draft → signed; one signed
 * agreement per account at a time; the tolerance and grace days are taken again as the dated rules stand on the
 * signing day), and cancelled with a reason (draft or signed → cancelled). Each step is journaled on the account's
 * timeline; a step that does not fit the status is refused with AGREEMENT.BAD_STEP and changes nothing.
 */
import { AppError } from '../app-error';
import { writeJournal } from '../journal/journal-writer';
import { measureRule } from '../restriction/restriction-tables-repo';
import { formatRuDate, isoDateInZone } from '../../../shared/dates/iso-date';
import type { AgreementView } from '../../../shared/api/contract-agreements';
import { AGREEMENT_STATUS_LABELS } from '../../../shared/api/contract-agreements';
import { readAgreementRow, readAgreementView, readInstalments } from './agreements-repo';
import { checkAgreements } from './agreement-check';
import { signedAgreementOf, type AgreementEnv } from './agreement-create';

type StepEnv = Omit<AgreementEnv, 'dataDir'>;

export function signAgreement(env: StepEnv, input: { id: number; signedDate: string }): AgreementView {
  const { sqlite, by, nowMs } = env;
  const today = isoDateInZone(nowMs);
  sqlite
    .transaction(() => {
      const row = readAgreementRow(sqlite, input.id);
      if (row.status !== 'draft')
        throw new AppError(
          'AGREEMENT.BAD_STEP',
          `Соглашение № ${row.number} уже ${AGREEMENT_STATUS_LABELS[row.status]}: подписать можно только проект. Ничего не изменено.`,
        );
      if (input.signedDate > today)
        throw new AppError(
          'VALIDATION',
          `Дата подписания ${formatRuDate(input.signedDate)} ещё не наступила. Ничего не изменено.`,
        );
      const created = isoDateInZone(row.createdAtMs);
      if (input.signedDate < created)
        throw new AppError(
          'VALIDATION',
          `Дата подписания ${formatRuDate(input.signedDate)} раньше дня, когда соглашение составлено (${formatRuDate(created)}). Ничего не изменено.`,
        );
      const first = readInstalments(sqlite, [row.id]).get(row.id)?.[0];
      if (first && input.signedDate > first.dueDate)
        throw new AppError(
          'AGREEMENT.BAD_SCHEDULE',
          `Дата подписания ${formatRuDate(input.signedDate)} позже срока первого платежа (${formatRuDate(first.dueDate)}). ` +
            'Составьте новое соглашение с другим графиком. Ничего не изменено.',
        );
      const other = signedAgreementOf(sqlite, row.accountId);
      if (other)
        throw new AppError(
          'CONFLICT',
          `По этому лицевому счёту уже действует соглашение № ${other.number}. Отмените его, прежде чем подписывать новое. Ничего не изменено.`,
        );
      const toleranceKopecks = measureRule(sqlite, 'agreement.tolerance_kopecks', input.signedDate);
      const graceDays = measureRule(sqlite, 'agreement.grace_days', input.signedDate);
      sqlite
        .prepare(
          `UPDATE repayment_agreements SET status = 'signed', signed_date = ?, tolerance_kopecks = ?, grace_days = ?,
                updated_at_ms = ? WHERE id = ?`,
        )
        .run(input.signedDate, toleranceKopecks, graceDays, nowMs, row.id);
      writeJournal(sqlite, by, nowMs, {
        kind: 'agreement.signed',
        summary: `соглашение о погашении № ${row.number} подписано ${formatRuDate(input.signedDate)}; ограничение, суд и выселение приостановлены, пока оно соблюдается`,
        accountId: row.accountId,
        object: { type: 'agreement', id: row.id },
        details: { number: row.number, signedDate: input.signedDate, toleranceKopecks, graceDays },
        before: { status: 'draft' },
        after: { status: 'signed', signedDate: input.signedDate },
        actionDate: today,
      });
    })
    .immediate();
  // Signed on an earlier day, it may already be broken (or repaid) by today's payments.
  checkAgreements(sqlite, today, by, nowMs);
  return readAgreementView(sqlite, input.id, today);
}

export function cancelAgreement(env: StepEnv, input: { id: number; reason: string }): AgreementView {
  const { sqlite, by, nowMs } = env;
  const today = isoDateInZone(nowMs);
  sqlite
    .transaction(() => {
      const row = readAgreementRow(sqlite, input.id);
      if (row.status !== 'draft' && row.status !== 'signed')
        throw new AppError(
          'AGREEMENT.BAD_STEP',
          `Соглашение № ${row.number} уже ${AGREEMENT_STATUS_LABELS[row.status]}: отменить можно только проект или подписанное. Ничего не изменено.`,
        );
      const note = [row.note, `Отменено ${formatRuDate(today)}: ${input.reason}`].filter(Boolean).join(' · ');
      sqlite
        .prepare(
          "UPDATE repayment_agreements SET status = 'cancelled', ended_date = ?, note = ?, updated_at_ms = ? WHERE id = ?",
        )
        .run(today, note.slice(0, 2000), nowMs, row.id);
      writeJournal(sqlite, by, nowMs, {
        kind: 'agreement.cancelled',
        summary: `соглашение о погашении № ${row.number} отменено: ${input.reason}`,
        accountId: row.accountId,
        object: { type: 'agreement', id: row.id },
        details: { number: row.number, reason: input.reason },
        before: { status: row.status },
        after: { status: 'cancelled' },
        actionDate: today,
      });
    })
    .immediate();
  return readAgreementView(sqlite, input.id, today);
}
