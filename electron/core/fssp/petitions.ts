/**
 * @file Petitions after the application (229-ФЗ ст.64.1) and the bailiff's answers:
 *
 * - create: in running proceedings only (opened / suspended); the sent date not in the future nor before the
 *   proceedings opened; a travel ban (ст.67 ч.1) only where the balance in the proceedings (debt − collected) is at
 *   least the rule `travel_ban_min_kopecks` on the sent date — else FSSP.TRAVEL_BAN_BELOW_THRESHOLD with the reason
 *   from travelBanOffer; one awaiting petition of a kind per proceeding. The answer is due on the last of
 *   `petition_answer_days` working days after the sent date (ст.64.1 ч.5, ст.15: non-working days excluded, by the
 *   production calendar). A letter (PDF) is made and registered; journaled 'fssp.petition_sent' on the account (the
 *   cockpit counts measure 11 by it).
 * - answer: granted / refused with the date and a note, and the decision's file if given (copied from the upload
 *   into the data folder under fssp/petitions/<id>/); journaled 'fssp.petition_answer'. An answer is recorded once.
 * - the complaint (complaint.ts) when the answer is overdue.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { and, eq, isNull } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { enforcementProceedings, fsspCollections, fsspPetitions, writs } from '../../../shared/db/schema-fssp';
import {
  PETITION_LABELS,
  PROCEEDING_OPEN,
  PROCEEDING_STATUS_LABELS,
  type PetitionKind,
} from '../../../shared/fssp/fssp-terms';
import { travelBanOffer } from '../../../shared/fssp/travel-ban';
import { workingDaysAfter } from '../../../shared/court/procedural-days';
import { PRODUCTION_CALENDAR } from '../../../shared/calendar/production-calendar-data';
import { formatRuDate } from '../../../shared/dates/iso-date';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { writeFileAtomic } from '../documents/document-files';
import { resolveUpload } from '../billing/upload-store';
import { courtRule } from '../court/court-rules-repo';
import { AppError } from '../app-error';
import { fsspLetterFacts, renderFsspLetter, saveFsspLetter } from './petition-documents';

export interface PetitionEnv {
  sqlite: Database.Database;
  dataDir: string;
  today: string;
  by: JournalActor;
  nowMs: number;
}

/** The last day of the bailiff's answer: `petition_answer_days` working days after the day sent (ст.15, 64.1). */
export function petitionAnswerDue(sqlite: Database.Database, sentDate: string): string {
  const days = courtRule(sqlite, 'petition_answer_days', sentDate);
  return workingDaysAfter(sentDate, days, PRODUCTION_CALENDAR).lastDay;
}

export async function createPetition(
  env: PetitionEnv,
  input: { proceedingId: number; kind: PetitionKind; sentDate: string },
): Promise<{ petitionId: number; message: string }> {
  const { sqlite } = env;
  const db = drizzleOf(sqlite);
  const p = db
    .select({
      id: enforcementProceedings.id,
      number: enforcementProceedings.number,
      status: enforcementProceedings.status,
      openedDate: enforcementProceedings.openedDate,
      debtKopecks: enforcementProceedings.debtKopecks,
      writId: enforcementProceedings.writId,
    })
    .from(enforcementProceedings)
    .where(eq(enforcementProceedings.id, input.proceedingId))
    .get();
  if (!p) throw new AppError('NOT_FOUND', `Исполнительное производство № ${input.proceedingId} не найдено.`);
  if (!PROCEEDING_OPEN.includes(p.status))
    throw new AppError(
      'CONFLICT',
      `Производство № ${p.number} ${PROCEEDING_STATUS_LABELS[p.status]}: ходатайства в нём больше не заявляются.`,
    );
  if (input.sentDate > env.today)
    throw new AppError('VALIDATION', `Дата направления ${formatRuDate(input.sentDate)} ещё не наступила.`);
  if (input.sentDate < p.openedDate)
    throw new AppError(
      'VALIDATION',
      `Дата направления ${formatRuDate(input.sentDate)} раньше возбуждения производства (${formatRuDate(p.openedDate)}).`,
    );
  const collected = db
    .select({ amount: fsspCollections.amountKopecks })
    .from(fsspCollections)
    .where(eq(fsspCollections.proceedingId, p.id))
    .all()
    .reduce((s, c) => s + c.amount, 0);
  const balance = Math.max(0, p.debtKopecks - collected);
  if (input.kind === 'travel_ban') {
    const offer = travelBanOffer(balance, courtRule(sqlite, 'travel_ban_min_kopecks', input.sentDate));
    if (!offer.offered)
      throw new AppError('FSSP.TRAVEL_BAN_BELOW_THRESHOLD', offer.reason ?? 'Запрет выезда не заявляется.');
  }
  const waiting = db
    .select({ sentDate: fsspPetitions.sentDate, due: fsspPetitions.answerDueDate })
    .from(fsspPetitions)
    .where(and(eq(fsspPetitions.proceedingId, p.id), eq(fsspPetitions.kind, input.kind), isNull(fsspPetitions.answer)))
    .get();
  if (waiting?.sentDate)
    throw new AppError(
      'CONFLICT',
      `Ходатайство (${PETITION_LABELS[input.kind]}) уже направлено ${formatRuDate(waiting.sentDate)} и ждёт ответа` +
        `${waiting.due ? ` до ${formatRuDate(waiting.due)}` : ''}: запишите ответ или подайте жалобу, если срок истёк.`,
    );
  const due = petitionAnswerDue(sqlite, input.sentDate);
  const facts = fsspLetterFacts(
    sqlite,
    p.id,
    { kind: input.kind, sentDate: input.sentDate, answerDueDate: due },
    input.sentDate,
  );
  const letter = await renderFsspLetter('petition', facts);

  return sqlite.transaction(() => {
    const id = db
      .insert(fsspPetitions)
      .values({
        writId: p.writId,
        proceedingId: p.id,
        kind: input.kind,
        sentDate: input.sentDate,
        answerDueDate: due,
        createdBy: env.by.name,
        createdAtMs: env.nowMs,
      })
      .returning({ id: fsspPetitions.id })
      .get().id;
    const documentId = saveFsspLetter(sqlite, env.dataDir, {
      kind: 'petition',
      petitionId: id,
      accountId: facts.accountId,
      date: input.sentDate,
      ...letter,
      totalKopecks: balance,
      userName: env.by.name,
      nowMs: env.nowMs,
    });
    db.update(fsspPetitions).set({ documentId }).where(eq(fsspPetitions.id, id)).run();
    const message =
      `Ходатайство по ИП № ${p.number} направлено ${formatRuDate(input.sentDate)}: ${PETITION_LABELS[input.kind]}. ` +
      `Ответ пристава — до ${formatRuDate(due)} включительно (10 рабочих дней, 229-ФЗ ст.15, 64.1).`;
    writeJournal(sqlite, env.by, env.nowMs, {
      kind: 'fssp.petition_sent',
      summary: message,
      accountId: facts.accountId,
      object: { type: 'petition', id },
      details: {
        petitionId: id,
        proceedingId: p.id,
        kind: input.kind,
        sentDate: input.sentDate,
        answerDueDate: due,
        documentId,
        balanceKopecks: balance,
      },
    });
    return { petitionId: id, message };
  })();
}

const ANSWER_FILE_TYPES = new Set(['.pdf', '.jpg', '.jpeg', '.png', '.tif', '.tiff', '.doc', '.docx', '.odt']);
const ANSWER_FILE_MAX_BYTES = 20 * 1024 * 1024;

function petitionHead(sqlite: Database.Database, petitionId: number) {
  const row = drizzleOf(sqlite)
    .select({ petition: fsspPetitions, accountId: writs.accountId, proceedingNumber: enforcementProceedings.number })
    .from(fsspPetitions)
    .innerJoin(writs, eq(writs.id, fsspPetitions.writId))
    .leftJoin(enforcementProceedings, eq(enforcementProceedings.id, fsspPetitions.proceedingId))
    .where(eq(fsspPetitions.id, petitionId))
    .get();
  if (!row) throw new AppError('NOT_FOUND', `Ходатайство № ${petitionId} не найдено.`);
  return row;
}

export function answerPetition(
  env: PetitionEnv,
  input: {
    petitionId: number;
    answer: 'granted' | 'refused';
    date: string;
    note: string;
    uploadId?: string | undefined;
  },
): void {
  const { sqlite } = env;
  const { petition: p, accountId, proceedingNumber } = petitionHead(sqlite, input.petitionId);
  if (p.sentDate === null)
    throw new AppError(
      'CONFLICT',
      'Ходатайство ещё не направлено (заявление не передано по реестру): ответа на него быть не может.',
    );
  if (p.answer !== null)
    throw new AppError(
      'CONFLICT',
      `Ответ на ходатайство уже записан: ${p.answer === 'granted' ? 'удовлетворено' : 'отказано'} ${formatRuDate(p.answerDate ?? '')}.`,
    );
  if (input.date > env.today)
    throw new AppError('VALIDATION', `Дата постановления ${formatRuDate(input.date)} ещё не наступила.`);
  if (input.date < p.sentDate)
    throw new AppError(
      'VALIDATION',
      `Дата постановления ${formatRuDate(input.date)} раньше направления ходатайства (${formatRuDate(p.sentDate)}).`,
    );
  let file: { relative: string; bytes: Buffer; fileName: string } | null = null;
  if (input.uploadId !== undefined) {
    const upload = resolveUpload(env.dataDir, input.uploadId);
    const ext = path.extname(upload.fileName).toLowerCase();
    if (!ANSWER_FILE_TYPES.has(ext))
      throw new AppError(
        'FSSP.BAD_FILE',
        `Файл «${upload.fileName}» не принят: приложите постановление в PDF, JPG, PNG, TIFF, DOC, DOCX или ODT.`,
      );
    // The size is checked before the file is read into memory.
    const size = fs.statSync(upload.path).size;
    if (size === 0) throw new AppError('FSSP.BAD_FILE', `Файл «${upload.fileName}» пустой.`);
    if (size > ANSWER_FILE_MAX_BYTES) throw new AppError('FSSP.BAD_FILE', `Файл «${upload.fileName}» больше 20 МБ.`);
    const bytes = fs.readFileSync(upload.path);
    file = { relative: `fssp/petitions/${p.id}/answer-${env.nowMs}${ext}`, bytes, fileName: upload.fileName };
  }
  sqlite.transaction(() => {
    if (file) writeFileAtomic(path.join(env.dataDir, file.relative), file.bytes);
    drizzleOf(sqlite)
      .update(fsspPetitions)
      .set({
        answer: input.answer,
        answerDate: input.date,
        answerNote: input.note,
        answerFilePath: file?.relative ?? null,
      })
      .where(eq(fsspPetitions.id, p.id))
      .run();
    writeJournal(sqlite, env.by, env.nowMs, {
      kind: 'fssp.petition_answer',
      summary:
        `Ответ на ходатайство${proceedingNumber ? ` по ИП № ${proceedingNumber}` : ''} (${PETITION_LABELS[p.kind]}): ` +
        `${input.answer === 'granted' ? 'удовлетворено' : 'отказано'} ${formatRuDate(input.date)}` +
        `${input.note ? ` — ${input.note}` : ''}${file ? '; постановление приложено' : ''}`,
      accountId,
      object: { type: 'petition', id: p.id },
      details: {
        petitionId: p.id,
        answer: input.answer,
        date: input.date,
        note: input.note,
        file: file?.relative ?? null,
        fileName: file?.fileName ?? null,
      },
    });
  })();
}

export function petitionAnswerFile(
  dataDir: string,
  sqlite: Database.Database,
  petitionId: number,
): { fileName: string; base64: string } {
  const { petition: p } = petitionHead(sqlite, petitionId);
  if (!p.answerFilePath) throw new AppError('NOT_FOUND', 'К ответу на ходатайство файл не приложен.');
  const full = path.join(dataDir, p.answerFilePath);
  if (!fs.existsSync(full))
    throw new AppError('NOT_FOUND', `Файл ответа не найден в папке данных: ${p.answerFilePath}.`);
  return { fileName: path.basename(full), base64: fs.readFileSync(full).toString('base64') };
}

export { petitionHead };
