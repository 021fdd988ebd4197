/**
 * @file A lawsuit after a cancelled court order (ГПК ст.129: the claim may then be brought as a lawsuit) or a
 * returned application: a new case of kind 'lawsuit' against the same debtor for the same share and months, the
 * debt recounted as of the filing date by the one computation (./case-debt.ts `caseDebt`; the cancelled order's
 * episode already extends the limitation through readAccountDebt), the court by the claim's price (ГПК ст.23, 24),
 * the duty on the lawsuit's scale, and the duty paid for the earlier application offset toward it (НК ст.333.20
 * п.1 пп.13, ст.333.40 п.6), capped at the new duty: the lawsuit needs only the difference.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accountSummaries } from '../../../shared/db/schema';
import { courtCases } from '../../../shared/db/schema-court';
import { jurisdiction } from '../../../shared/court/jurisdiction';
import { DutyError, rub, stateDuty } from '../../../shared/court/state-duty';
import { splitByShares } from '../../../shared/debt/split-by-shares';
import { formatRuDate, isoDateInZone } from '../../../shared/dates/iso-date';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { readDebtors } from '../debt/account-debt-repo';
import { loadDebtTables } from '../debt/debt-tables-repo';
import { caseDebt, debtorParts } from './case-debt';
import { courtForBuilding } from './building-court';
import { courtRule, readDutyScales } from './court-rules-repo';
import { caseIdentifierGaps, caseRecord, dutyPaidFor, type CaseRecord } from './court-cases-repo';

export function createLawsuit(
  sqlite: Database.Database,
  parentId: number,
  filingDate: string,
  by: JournalActor,
  nowMs: number,
): number {
  const today = isoDateInZone(nowMs);
  return sqlite.transaction(() => {
    const db = drizzleOf(sqlite);
    const parent = caseRecord(sqlite, parentId);
    const ended =
      parent.status === 'cancelled' ? parent.cancelledDate : parent.status === 'returned' ? parent.returnedDate : null;
    if (ended === null)
      throw new AppError(
        'COURT.BAD_STEP',
        `Иск подаётся после отмены судебного приказа или возврата заявления; дело № ${parent.id} не отменено и не возвращено.`,
      );
    const child = db.select({ id: courtCases.id }).from(courtCases).where(eq(courtCases.parentCaseId, parent.id)).get();
    if (child) throw new AppError('CONFLICT', `По делу № ${parent.id} иск уже подготовлен: дело № ${child.id}.`);
    if (filingDate < ended)
      throw new AppError(
        'VALIDATION',
        `Дата подачи иска ${formatRuDate(filingDate)} раньше, чем ${parent.status === 'cancelled' ? 'отмена приказа' : 'возврат заявления'} (${formatRuDate(ended)}).`,
      );

    const periods = new Set(JSON.parse(parent.periodsJson) as string[]);
    const tables = loadDebtTables(sqlite);
    const debt = caseDebt(sqlite, parent.accountId, filingDate, {
      includeTimeBarred: parent.timeBarredIncluded === 1,
      tables,
    });
    const months = debt.months.filter((m) => m.included && periods.has(m.period));
    const accountPrincipal = months.reduce((a, m) => a + m.openKopecks, 0);
    const accountPenalty = debt.penaltyLines
      .filter((l) => periods.has(l.period))
      .reduce((a, l) => a + l.penaltyKopecks, 0);
    if (accountPrincipal <= 0)
      throw new AppError(
        'COURT.NOT_ELIGIBLE',
        `По месяцам дела № ${parent.id} долга на ${formatRuDate(filingDate)} нет (оплачен или за пределами давности): иск не нужен.`,
      );
    const [principal, penalty] = debtorShare(sqlite, parent, filingDate, accountPrincipal, accountPenalty);
    const claim = principal + penalty;

    const limits = {
      courtOrderMaxKopecks: courtRule(sqlite, 'court_order_max_kopecks', filingDate),
      magistrateLawsuitMaxKopecks: courtRule(sqlite, 'magistrate_lawsuit_max_kopecks', filingDate),
    };
    const j = jurisdiction(claim, 'lawsuit', limits);
    const buildingId = db
      .select({ b: accountSummaries.buildingId })
      .from(accountSummaries)
      .where(eq(accountSummaries.accountId, parent.accountId))
      .get()?.b;
    const court = buildingId != null ? courtForBuilding(sqlite, buildingId, j.courtKind) : null;
    let duty: number;
    try {
      duty = stateDuty(claim, filingDate, 'lawsuit', readDutyScales(sqlite)).dutyKopecks;
    } catch (error) {
      if (error instanceof DutyError) throw new AppError('COURT.DUTY', error.message);
      throw error;
    }
    const paidForParent = dutyPaidFor(sqlite, parent.id) + parent.dutyOffsetKopecks;
    const offset = Math.min(paidForParent, duty);
    const included = months.map((m) => m.period);
    const identifiers =
      parent.identifiersStatus === 'unknown_confirmed'
        ? { status: 'unknown_confirmed' as const, note: parent.identifiersNote }
        : (() => {
            const gaps = caseIdentifierGaps(sqlite, parent);
            return gaps.length === 0
              ? { status: 'complete' as const, note: null }
              : { status: 'missing' as const, note: gaps.join('; ') };
          })();
    const status = duty - offset <= 0 ? 'duty_paid' : 'prepared';
    const row = db
      .insert(courtCases)
      .values({
        batchId: parent.batchId,
        accountId: parent.accountId,
        managementCompanyId: parent.managementCompanyId,
        courtId: court?.id ?? null,
        kind: 'lawsuit',
        parentCaseId: parent.id,
        status,
        debtorPersonId: parent.debtorPersonId,
        debtorName: parent.debtorName,
        jointPersonIdsJson: parent.jointPersonIdsJson,
        shareNum: parent.shareNum,
        shareDen: parent.shareDen,
        periodsJson: JSON.stringify(included),
        periodFrom: included[0] as string,
        periodTo: included.at(-1) as string,
        timeBarredIncluded: parent.timeBarredIncluded,
        timeBarredNote: parent.timeBarredNote,
        asOfDate: filingDate,
        principalKopecks: principal,
        penaltyKopecks: penalty,
        claimKopecks: claim,
        dutyKopecks: duty,
        dutyOffsetKopecks: offset,
        identifiersStatus: identifiers.status,
        identifiersNote: identifiers.note,
        preparedDate: today,
        createdBy: by.name,
        createdAtMs: nowMs,
        updatedAtMs: nowMs,
      })
      .returning({ id: courtCases.id })
      .get();
    const after =
      parent.status === 'cancelled'
        ? `отмены приказа ${formatRuDate(ended)}`
        : `возврата заявления ${formatRuDate(ended)}`;
    writeJournal(sqlite, by, nowMs, {
      kind: 'court.case_prepared',
      summary:
        `Дело № ${row.id}: исковое заявление к ${parent.debtorName} после ${after} (дело № ${parent.id}) — ${rub(claim)}, ` +
        `госпошлина ${rub(duty)}, зачёт уплаченной ${rub(offset)}, к доплате ${rub(duty - offset)}` +
        `${court ? `; ${court.name}` : '; дом не привязан к суду'}.`,
      accountId: parent.accountId,
      object: { type: 'case', id: row.id },
      details: {
        parentCaseId: parent.id,
        filingDate,
        jurisdiction: j.reason,
        principalKopecks: principal,
        penaltyKopecks: penalty,
        claimKopecks: claim,
        dutyKopecks: duty,
        dutyOffsetKopecks: offset,
        periods: included,
      },
    });
    return row.id;
  })();
}

/** The debtor's part of the account's sums: as the co-owners' parts (so they add up), else by the case's share. */
function debtorShare(
  sqlite: Database.Database,
  c: CaseRecord,
  asOf: string,
  principal: number,
  penalty: number,
): [number, number] {
  const debtors = readDebtors(sqlite, c.accountId, asOf);
  const i = debtors.findIndex((d) => d.personId === c.debtorPersonId);
  if (i >= 0) return [debtorParts(principal, debtors)[i] as number, debtorParts(penalty, debtors)[i] as number];
  const num = c.shareNum ?? 1;
  const den = c.shareDen ?? 1;
  if (num >= den) return [principal, penalty];
  const part = (v: number) =>
    splitByShares(v, [
      { num, den },
      { num: den - num, den },
    ])[0] as number;
  return [part(principal), part(penalty)];
}
