/**
 * @file The complaint to the senior bailiff (229-ФЗ ст.123) about the bailiff's inaction: a petition sent, its
 * answer due (10 working days, ст.64.1 ч.5, ст.15) and no decision received. Made only when the answer is overdue —
 * the complaint's date is after the due date and no answer is recorded; refused before, with the first day it may
 * be made. The petition must belong to recorded proceedings (the complaint names their number) whose department is
 * known (the addressee). A PDF from the template (petition-documents.ts), registered as 'fssp_complaint', its id and
 * date kept on the petition (a second complaint replaces the link; both files stay in the registry); journaled
 * 'fssp.complaint' on the account.
 */
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { fsspPetitions } from '../../../shared/db/schema-fssp';
import { PETITION_LABELS } from '../../../shared/fssp/fssp-terms';
import { addDays } from '../../../shared/calendar/date-math';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { writeJournal } from '../journal/journal-writer';
import { AppError } from '../app-error';
import { fsspLetterFacts, renderFsspLetter, saveFsspLetter } from './petition-documents';
import { petitionHead, type PetitionEnv } from './petitions';

export async function makeComplaint(
  env: PetitionEnv,
  input: { petitionId: number; date?: string | undefined },
): Promise<{ documentId: number; warnings: string[] }> {
  const { sqlite } = env;
  const date = input.date ?? env.today;
  if (date > env.today) throw new AppError('VALIDATION', `Дата жалобы ${formatRuDate(date)} ещё не наступила.`);
  const { petition: p, proceedingNumber } = petitionHead(sqlite, input.petitionId);
  if (p.answer !== null)
    throw new AppError(
      'CONFLICT',
      `Ответ на ходатайство получен ${formatRuDate(p.answerDate ?? '')} (${p.answer === 'granted' ? 'удовлетворено' : 'отказано'}): жалоба на бездействие не подаётся.`,
    );
  if (p.sentDate === null || p.answerDueDate === null)
    throw new AppError('CONFLICT', 'Ходатайство ещё не направлено: жаловаться на отсутствие ответа рано.');
  if (date <= p.answerDueDate)
    throw new AppError(
      'CONFLICT',
      `Срок ответа на ходатайство от ${formatRuDate(p.sentDate)} ещё не истёк: пристав вправе ответить до ` +
        `${formatRuDate(p.answerDueDate)} включительно. Жалобу можно подать с ${formatRuDate(addDays(p.answerDueDate, 1))}.`,
    );
  if (p.proceedingId === null || proceedingNumber === null)
    throw new AppError(
      'CONFLICT',
      'Ходатайство подано с заявлением, а производство по нему не записано: внесите номер исполнительного производства на вкладке «Производства» — жалоба называет его.',
    );
  const facts = fsspLetterFacts(
    sqlite,
    p.proceedingId,
    { kind: p.kind, sentDate: p.sentDate, answerDueDate: p.answerDueDate },
    date,
  );
  const warnings: string[] = [];
  if (!facts.department.seniorBailiff)
    warnings.push(
      `В справочнике не указан старший судебный пристав отдела «${facts.department.name}»: жалоба адресована должности без фамилии.`,
    );
  if (!facts.representative)
    warnings.push(
      `Представитель «${facts.creditor.name}» не указан (Настройки → представители в суде): подпись оставлена пустой строкой.`,
    );
  const letter = await renderFsspLetter('complaint', facts);
  const documentId = sqlite.transaction(() => {
    const id = saveFsspLetter(sqlite, env.dataDir, {
      kind: 'complaint',
      petitionId: p.id,
      accountId: facts.accountId,
      date,
      ...letter,
      totalKopecks: facts.proceeding.balanceKopecks,
      userName: env.by.name,
      nowMs: env.nowMs,
    });
    drizzleOf(sqlite)
      .update(fsspPetitions)
      .set({ complaintDocumentId: id, complaintDate: date })
      .where(eq(fsspPetitions.id, p.id))
      .run();
    writeJournal(sqlite, env.by, env.nowMs, {
      kind: 'fssp.complaint',
      summary:
        `Жалоба старшему судебному приставу (${facts.department.name}) по ИП № ${proceedingNumber}: нет ответа на ходатайство ` +
        `от ${formatRuDate(p.sentDate as string)} (${PETITION_LABELS[p.kind]}), срок истёк ${formatRuDate(p.answerDueDate as string)}`,
      accountId: facts.accountId,
      object: { type: 'petition', id: p.id },
      details: { petitionId: p.id, proceedingId: p.proceedingId, date, documentId: id, answerDueDate: p.answerDueDate },
    });
    return id;
  })();
  return { documentId, warnings };
}
