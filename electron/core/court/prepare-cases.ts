/**
 * @file Prepares the court cases of an approved batch: ONE CASE PER DEBTOR. Owners are sued each for the share
 * (ГК ст.249, ЖК ст.158 ч.1: the account's sum split to the kopeck, the parts add up); a social tenant is sued
 * with the adult family members jointly (ЖК ст.69 ч.2). Only the УК's own debt, months past the limitation left
 * out unless the clerk includes them with a note (ГК ст.199 п.2: the court applies limitation only on the debtor's
 * statement) — all from the one case-debt computation (case-debt.ts) the documents read too. The kind (court order,
 * or a lawsuit above the court-order limit), the court (by the building), the duty (by the planned filing date's
 * scale) and the identifiers' status (ГПК ст.124) are fixed on each case. One transaction: all cases or none.
 */
import type Database from 'better-sqlite3';
import { and, eq, notInArray } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accountPersons, accountSummaries, accounts, persons } from '../../../shared/db/schema';
import { courtBatchAccounts, courtBatches, courtCases } from '../../../shared/db/schema-court';
import type { PrepareCasesResult, PreparedCaseView } from '../../../shared/api/contract-court-queue';
import { jurisdiction } from '../../../shared/court/jurisdiction';
import { identifierGaps } from '../../../shared/court/identifiers';
import { DutyError, stateDuty } from '../../../shared/court/state-duty';
import { addYearsClamped } from '../../../shared/debt/limitation';
import { formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';
import { formatRuDate } from '../../../shared/dates/iso-date';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { AppError } from '../app-error';
import { readDebtors } from '../debt/account-debt-repo';
import { loadDebtTables } from '../debt/debt-tables-repo';
import { caseDebt, debtorParts } from './case-debt';
import { courtForBuilding } from './building-court';
import { courtRule, readDutyScales } from './court-rules-repo';
import { readBatch } from './court-batches';

const CLOSED_CASE = ['cancelled', 'returned', 'closed'] as const;

export interface PrepareCasesInput {
  batchId: number;
  filingDate: string;
  /** `accountIds` left out: every account of the batch. */
  includeTimeBarred?: { accountIds?: readonly number[] | undefined; note: string };
}

function periodLabel(period: string): string {
  return `${period.slice(5, 7)}.${period.slice(0, 4)}`;
}

export function prepareCases(
  sqlite: Database.Database,
  p: PrepareCasesInput,
  by: JournalActor,
  nowMs: number,
  today: string,
): PrepareCasesResult {
  const batch = readBatch(sqlite, p.batchId);
  if (batch.status === 'awaiting_approval' || batch.status === 'rejected')
    throw new AppError(
      'COURT.APPROVAL_REQUIRED',
      batch.status === 'rejected'
        ? `Пакет № ${p.batchId} отклонён начальником отдела: дела по нему не готовятся.`
        : `Пакет № ${p.batchId} ещё не утверждён начальником отдела: документы готовятся только по утверждённому пакету.`,
    );
  if (batch.status === 'prepared')
    throw new AppError('COURT.BAD_STEP', `Дела по пакету № ${p.batchId} уже подготовлены.`);
  const db = drizzleOf(sqlite);
  const included = new Set(p.includeTimeBarred?.accountIds ?? []);
  const tables = loadDebtTables(sqlite);
  const scales = readDutyScales(sqlite);
  const limits = {
    courtOrderMaxKopecks: courtRule(sqlite, 'court_order_max_kopecks', p.filingDate),
    magistrateLawsuitMaxKopecks: courtRule(sqlite, 'magistrate_lawsuit_max_kopecks', p.filingDate),
  };
  const members = db
    .select({ accountId: courtBatchAccounts.accountId })
    .from(courtBatchAccounts)
    .where(eq(courtBatchAccounts.batchId, p.batchId))
    .orderBy(courtBatchAccounts.accountId)
    .all();
  const asOf = today;
  const adultBorn = addYearsClamped(asOf, -18);

  const run = sqlite.transaction(() => {
    const cases: PreparedCaseView[] = [];
    const skipped: PrepareCasesResult['skipped'] = [];
    for (const { accountId } of members) {
      const acc = db
        .select({
          number: accounts.number,
          companyId: accounts.managementCompanyId,
          buildingId: accountSummaries.buildingId,
        })
        .from(accounts)
        .innerJoin(accountSummaries, eq(accountSummaries.accountId, accounts.id))
        .where(eq(accounts.id, accountId))
        .get();
      if (!acc) {
        skipped.push({ accountId, accountNumber: String(accountId), reason: 'лицевой счёт не найден' });
        continue;
      }
      const withBarred =
        p.includeTimeBarred !== undefined && (p.includeTimeBarred.accountIds === undefined || included.has(accountId));
      const debt = caseDebt(sqlite, accountId, asOf, { includeTimeBarred: withBarred, tables });
      if (debt.accountPrincipalKopecks <= 0 || debt.includedPeriods.length === 0) {
        skipped.push({
          accountId,
          accountNumber: acc.number,
          reason: 'нечего взыскивать: долга УК в пределах давности нет',
        });
        continue;
      }
      const open = db
        .select({ id: courtCases.id, periodsJson: courtCases.periodsJson })
        .from(courtCases)
        .where(and(eq(courtCases.accountId, accountId), notInArray(courtCases.status, [...CLOSED_CASE])))
        .all();
      const covered = new Set(open.flatMap((c) => JSON.parse(c.periodsJson) as string[]));
      const overlap = debt.includedPeriods.filter((m) => covered.has(m));
      if (overlap.length > 0) {
        skipped.push({
          accountId,
          accountNumber: acc.number,
          reason: `месяцы ${periodLabel(overlap[0]!)}${overlap.length > 1 ? `–${periodLabel(overlap.at(-1)!)}` : ''} уже в незавершённом деле № ${open[0]!.id}`,
        });
        continue;
      }
      const debtors = readDebtors(sqlite, accountId, asOf);
      if (debtors.length === 0) {
        skipped.push({
          accountId,
          accountNumber: acc.number,
          reason: 'в данных нет собственника или нанимателя — некого указать должником',
        });
        continue;
      }
      const principalParts = debtorParts(debt.accountPrincipalKopecks, debtors);
      const penaltyParts = debtorParts(debt.accountPenaltyKopecks, debtors);
      const periods = debt.includedPeriods;
      for (const [i, debtor] of debtors.entries()) {
        const principal = principalParts[i]!;
        const penalty = penaltyParts[i]!;
        const claim = principal + penalty;
        if (claim <= 0) continue;
        const j = jurisdiction(claim, 'court_order', limits);
        const court = acc.buildingId !== null ? courtForBuilding(sqlite, acc.buildingId, j.courtKind) : null;
        let duty: number;
        try {
          duty = stateDuty(claim, p.filingDate, j.kind, scales).dutyKopecks;
        } catch (error) {
          if (error instanceof DutyError) throw new AppError('COURT.DUTY', `Л/с ${acc.number}: ${error.message}`);
          throw error;
        }
        const joint =
          debtor.role === 'tenant'
            ? db
                .select({ id: persons.id, name: persons.fullName, birthDate: persons.birthDate })
                .from(accountPersons)
                .innerJoin(persons, eq(persons.id, accountPersons.personId))
                .where(and(eq(accountPersons.accountId, accountId), eq(accountPersons.role, 'family')))
                .orderBy(accountPersons.position)
                .all()
                // Adults as of the day (ЖК ст.69 ч.2); a member without a birth date is named — the clerk checks.
                .filter((m) => m.birthDate === null || m.birthDate <= adultBorn)
            : [];
        // ГПК ст.124 asks the identifiers of every debtor: the owner or tenant, and each family member sued jointly.
        const gaps = [debtor.personId, ...joint.map((m) => m.id)].flatMap((id) => {
          const person = db.select().from(persons).where(eq(persons.id, id)).get()!;
          const missing = identifierGaps(person);
          return missing.length > 0 ? [`${person.fullName}: ${missing.join(', ')}`] : [];
        });
        const row = db
          .insert(courtCases)
          .values({
            batchId: p.batchId,
            accountId,
            managementCompanyId: acc.companyId,
            courtId: court?.id ?? null,
            kind: j.kind,
            status: 'prepared',
            debtorPersonId: debtor.personId,
            debtorName: debtor.fullName,
            jointPersonIdsJson: JSON.stringify(joint.map((m) => m.id)),
            shareNum: debtor.role === 'owner' ? debtor.share.num : null,
            shareDen: debtor.role === 'owner' ? debtor.share.den : null,
            periodsJson: JSON.stringify(periods),
            periodFrom: periods[0]!,
            periodTo: periods.at(-1)!,
            timeBarredIncluded: withBarred ? 1 : 0,
            timeBarredNote: withBarred ? (p.includeTimeBarred?.note ?? null) : null,
            asOfDate: asOf,
            principalKopecks: principal,
            penaltyKopecks: penalty,
            claimKopecks: claim,
            dutyKopecks: duty,
            identifiersStatus: gaps.length === 0 ? 'complete' : 'missing',
            identifiersNote: gaps.length > 0 ? gaps.join('; ') : null,
            preparedDate: today,
            createdBy: by.name,
            createdAtMs: nowMs,
            updatedAtMs: nowMs,
          })
          .returning({ id: courtCases.id })
          .get();
        const kindText = j.kind === 'court_order' ? 'заявление о выдаче судебного приказа' : 'исковое заявление';
        writeJournal(sqlite, by, nowMs, {
          kind: 'court.case_prepared',
          accountId,
          object: { type: 'case', id: row.id },
          summary:
            `Дело № ${row.id}: ${kindText} к ${debtor.fullName}${debtor.shareText ? ` (доля ${debtor.shareText})` : ''}` +
            `${joint.length > 0 ? ` солидарно с ${joint.map((m) => m.name).join(', ')}` : ''}` +
            ` за ${periodLabel(periods[0]!)}–${periodLabel(periods.at(-1)!)}: ${formatKopecksAsRub(claim)}, госпошлина ${formatKopecksAsRub(duty)}` +
            `${court ? `, ${court.name}` : ', дом не привязан к суду'}${gaps.length > 0 ? `; нет идентификаторов (${gaps.join('; ')})` : ''}`,
          details: {
            caseId: row.id,
            batchId: p.batchId,
            kind: j.kind,
            jurisdiction: j.reason,
            principalKopecks: principal,
            penaltyKopecks: penalty,
            claimKopecks: claim,
            dutyKopecks: duty,
            filingDate: p.filingDate,
            periods,
            timeBarredIncluded: withBarred,
          },
        });
        cases.push({
          caseId: row.id,
          accountId,
          accountNumber: acc.number,
          debtorName: debtor.fullName,
          share: debtor.role === 'owner' ? debtor.shareText : null,
          jointNames: joint.map((m) => m.name),
          kind: j.kind,
          courtName: court?.name ?? null,
          principalKopecks: principal,
          penaltyKopecks: penalty,
          claimKopecks: claim,
          dutyKopecks: duty,
          identifiersStatus: gaps.length === 0 ? 'complete' : 'missing',
          identifiersNote: gaps.length > 0 ? gaps.join('; ') : null,
        });
      }
    }
    db.update(courtBatches).set({ status: 'prepared' }).where(eq(courtBatches.id, p.batchId)).run();
    return { cases, skipped };
  });
  const { cases, skipped } = run();
  const totalClaim = cases.reduce((a, c) => a + c.claimKopecks, 0);
  const totalDuty = cases.reduce((a, c) => a + c.dutyKopecks, 0);
  return {
    batchId: p.batchId,
    filingDate: p.filingDate,
    cases,
    skipped,
    totalClaimKopecks: totalClaim,
    totalDutyKopecks: totalDuty,
    summary:
      `Подготовлено дел: ${cases.length} на ${formatKopecksAsRub(totalClaim)}, госпошлина ${formatKopecksAsRub(totalDuty)} ` +
      `(подача ${formatRuDate(p.filingDate)})${skipped.length > 0 ? `; пропущено счетов: ${skipped.length}` : ''}.`,
  };
}
