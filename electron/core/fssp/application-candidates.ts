/**
 * @file The writs that must go to the bailiffs (measure 10: every received writ goes out): those with the creditor —
 * received, or returned (ст.46) — each with the department that serves the debtor's building (or why none), the
 * debtor's known bank accounts (ст.8), the presentation deadline (an expired writ is shown with the reason and cannot
 * be sent) and whether the travel-ban petition may be asked (ст.67 ч.1, the threshold is the dated rule). The oldest
 * deadline first, so the writs that run out soonest are seen first.
 */
import type Database from 'better-sqlite3';
import { inArray } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { writs } from '../../../shared/db/schema-fssp';
import { WRIT_TO_SEND } from '../../../shared/fssp/fssp-terms';
import { travelBanOffer } from '../../../shared/fssp/travel-ban';
import { formatRuDate } from '../../../shared/dates/iso-date';
import type { ApplicationCandidate, ApplicationCandidates } from '../../../shared/api/contract-fssp-applications';
import { courtRule } from '../court/court-rules-repo';
import { departmentForBuilding } from './department-for-building';
import { bankAccountsOf, noDepartmentText, preparedApplicationOf, writPlace } from './application-facts';
import { readWritDeadline } from './writ-events';

export function applicationCandidates(sqlite: Database.Database, today: string): ApplicationCandidates {
  const threshold = courtRule(sqlite, 'travel_ban_min_kopecks', today);
  const ids = drizzleOf(sqlite)
    .select({ id: writs.id })
    .from(writs)
    .where(inArray(writs.status, [...WRIT_TO_SEND]))
    .orderBy(writs.id)
    .all()
    .map((r) => r.id);
  const candidates: ApplicationCandidate[] = ids.map((id) => {
    const place = writPlace(sqlite, id);
    const w = place.writ;
    const department = place.buildingId === null ? null : departmentForBuilding(sqlite, place.buildingId);
    const deadline = readWritDeadline(sqlite, id, today);
    const prepared = preparedApplicationOf(sqlite, id);
    const blocked = deadline.expired
      ? `Срок предъявления истёк ${deadline.deadline ? formatRuDate(deadline.deadline) : ''} (229-ФЗ ст.21): направить нельзя, срок восстанавливает только суд (ст.23).`
      : prepared !== null
        ? `Заявление № ${prepared} уже подготовлено — передайте его с реестром.`
        : null;
    return {
      writId: w.id,
      kind: w.kind,
      number: w.number,
      actDate: w.actDate,
      inForceDate: w.inForceDate,
      courtName: w.courtName,
      courtCaseNumber: w.courtCaseNumber,
      status: w.status,
      accountId: w.accountId,
      accountNumber: place.accountNumber,
      premisesAddress: place.premisesAddress,
      managementCompanyName: place.companyName,
      debtorName: w.debtorName,
      principalKopecks: w.principalKopecks,
      penaltyKopecks: w.penaltyKopecks,
      dutyKopecks: w.dutyKopecks,
      totalKopecks: w.totalKopecks,
      department: department ? { id: department.id, name: department.name, address: department.address } : null,
      departmentProblem: department ? null : noDepartmentText(place.premisesAddress),
      bankAccounts: bankAccountsOf(sqlite, [w.debtorPersonId]).map((b) => ({
        id: b.id,
        bankName: b.bankName,
        bik: b.bik,
        bankAddress: b.bankAddress,
        accountNumber: b.accountNumber,
      })),
      deadline: deadline.deadline,
      daysLeft: deadline.daysLeft,
      expired: deadline.expired,
      travelBan: travelBanOffer(w.totalKopecks, threshold),
      preparedApplicationId: prepared,
      blocked,
    };
  });
  candidates.sort(
    (a, b) =>
      Number(a.blocked !== null) - Number(b.blocked !== null) ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
      a.writId - b.writId,
  );
  return { asOf: today, thresholdKopecks: threshold, candidates };
}
