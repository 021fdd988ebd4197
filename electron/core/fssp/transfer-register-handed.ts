/**
 * @file A transfer register handed over to the department (or posted, or taken by the bank): in one transaction the
 * register gets its date and receipt, each of its applications becomes «sent», each writ «sent» with a `presented`
 * event on that day (the presentation term stops running, 229-ФЗ ст.22 ч.1), each petition gets its sent date and
 * its answer term — the `petition_answer_days`-th working day after (ст.64.1 ч.5, days counted by ст.15 without
 * non-working days, the production calendar) — and the journal: «fssp.writ_sent» per writ (measure 10 counts them),
 * «fssp.petition_sent» per petition (measure 11), «fssp.register» once. A register is handed over once.
 */
import { eq, inArray } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { fsspApplications, fsspPetitions, transferRegisters, writs } from '../../../shared/db/schema-fssp';
import { PRODUCTION_CALENDAR } from '../../../shared/calendar/production-calendar-data';
import { workingDaysAfter } from '../../../shared/court/procedural-days';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { PETITION_LABELS, WRIT_STATUS_LABELS, WRIT_TO_SEND } from '../../../shared/fssp/fssp-terms';
import { writTitle } from '../../../shared/documents/fssp/application-view';
import { registerTitle } from '../../../shared/documents/fssp/register-view';
import type { MarkHandedResult } from '../../../shared/api/contract-fssp-applications';
import { AppError } from '../app-error';
import { writeJournal } from '../journal/journal-writer';
import { courtRule } from '../court/court-rules-repo';
import type { FsspEnv } from './application-create';
import { addWritEvent, setWritStatus } from './writ-events';
import { readRegister } from './transfer-register';

export function markRegisterHanded(
  env: FsspEnv,
  input: { registerId: number; handedDate: string; receipt: string },
): MarkHandedResult {
  const db = drizzleOf(env.sqlite);
  const result = env.sqlite.transaction(() => {
    const r = db.select().from(transferRegisters).where(eq(transferRegisters.id, input.registerId)).get();
    if (!r) throw new AppError('NOT_FOUND', `Реестра № ${input.registerId} нет в базе.`);
    const title = registerTitle({ registerId: r.id, registerDate: r.registerDate });
    if (r.handedDate !== null)
      throw new AppError(
        'CONFLICT',
        `${title} уже передан ${formatRuDate(r.handedDate)} (${r.receipt ?? 'без отметки'}): повторно не отмечается.`,
      );
    if (input.handedDate < r.registerDate)
      throw new AppError(
        'VALIDATION',
        `Дата передачи ${formatRuDate(input.handedDate)} раньше даты реестра ${formatRuDate(r.registerDate)}.`,
      );
    if (input.handedDate > env.today)
      throw new AppError('VALIDATION', `Дата передачи ${formatRuDate(input.handedDate)} ещё не наступила.`);
    const apps = db
      .select({ a: fsspApplications, w: writs })
      .from(fsspApplications)
      .innerJoin(writs, eq(writs.id, fsspApplications.writId))
      .where(eq(fsspApplications.registerId, r.id))
      .orderBy(fsspApplications.id)
      .all();
    if (apps.length === 0) throw new AppError('CONFLICT', `${title}: в реестре нет заявлений.`);
    for (const { a, w } of apps) {
      if (a.status !== 'prepared')
        throw new AppError(
          'FSSP.WRIT_STATE',
          `${title}: заявление № ${a.id} уже ${a.status === 'sent' ? 'передано' : 'отозвано'}.`,
        );
      if (!WRIT_TO_SEND.includes(w.status))
        throw new AppError(
          'FSSP.WRIT_STATE',
          `${title}: ${writTitle(w)} (${w.debtorName}) — ${WRIT_STATUS_LABELS[w.status]}; передача не отмечена.`,
        );
    }
    const answerDays = courtRule(env.sqlite, 'petition_answer_days', input.handedDate);
    const due = workingDaysAfter(input.handedDate, answerDays, PRODUCTION_CALENDAR).lastDay;
    const receipt = input.receipt.trim();

    db.update(transferRegisters)
      .set({ handedDate: input.handedDate, receipt })
      .where(eq(transferRegisters.id, r.id))
      .run();
    const recipient = r.departmentId !== null ? 'отдел судебных приставов' : `банк ${r.bankName ?? ''}`;
    let petitionsSent = 0;
    for (const { a, w } of apps) {
      db.update(fsspApplications).set({ status: 'sent' }).where(eq(fsspApplications.id, a.id)).run();
      setWritStatus(env.sqlite, w.id, 'sent', env.nowMs);
      addWritEvent(
        env.sqlite,
        { writId: w.id, type: 'presented', date: input.handedDate, note: `${title}, ${receipt}` },
        env.by,
        env.nowMs,
      );
      writeJournal(env.sqlite, env.by, env.nowMs, {
        kind: 'fssp.writ_sent',
        summary: `ИД направлен в ${recipient} (${title}, ${receipt}) ${formatRuDate(input.handedDate)}: ${writTitle(w)}, должник ${w.debtorName}`,
        accountId: w.accountId,
        object: { type: 'writ', id: w.id },
        details: { writId: w.id, applicationId: a.id, registerId: r.id, handedDate: input.handedDate, receipt },
        before: { status: w.status },
        after: { status: 'sent' },
      });
      const petitions = db
        .select()
        .from(fsspPetitions)
        .where(eq(fsspPetitions.applicationId, a.id))
        .orderBy(fsspPetitions.id)
        .all();
      if (petitions.length > 0)
        db.update(fsspPetitions)
          .set({ sentDate: input.handedDate, answerDueDate: due })
          .where(
            inArray(
              fsspPetitions.id,
              petitions.map((p) => p.id),
            ),
          )
          .run();
      for (const p of petitions) {
        writeJournal(env.sqlite, env.by, env.nowMs, {
          kind: 'fssp.petition_sent',
          summary: `Ходатайство направлено ${formatRuDate(input.handedDate)} с заявлением № ${a.id}: ${PETITION_LABELS[p.kind]}; ответ ожидается до ${formatRuDate(due)}`,
          accountId: w.accountId,
          object: { type: 'petition', id: p.id },
          details: {
            petitionId: p.id,
            kind: p.kind,
            writId: w.id,
            applicationId: a.id,
            sentDate: input.handedDate,
            answerDueDate: due,
          },
        });
        petitionsSent += 1;
      }
    }
    writeJournal(env.sqlite, env.by, env.nowMs, {
      kind: 'fssp.register',
      summary: `${title} передан ${formatRuDate(input.handedDate)} (${receipt}): заявлений ${apps.length}, ходатайств ${petitionsSent}`,
      object: { type: 'register', id: r.id },
      details: {
        registerId: r.id,
        step: 'handed',
        handedDate: input.handedDate,
        receipt,
        writIds: apps.map(({ w }) => w.id),
        answerDueDate: petitionsSent > 0 ? due : null,
      },
    });
    return { writsSent: apps.length, petitionsSent, title, due };
  })();
  return {
    register: readRegister(env.sqlite, input.registerId),
    writsSent: result.writsSent,
    petitionsSent: result.petitionsSent,
    summary:
      `${result.title} передан ${formatRuDate(input.handedDate)}: исполнительных документов ${result.writsSent}` +
      (result.petitionsSent > 0 ? `, ходатайств ${result.petitionsSent} (ответ до ${formatRuDate(result.due)})` : '') +
      '.',
  };
}
