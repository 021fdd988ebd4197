/**
 * @file What an application on a writ prints, read from the database (the writ and its account, the creditor УК with
 * its bank details, the representative who signs, the debtor, the department or the debtor's bank), and the checks
 * that refuse an application a clerk would send back: no department for the building, an expired presentation term,
 * the creditor's transfer details missing, no representative. The PDF is built from these facts elsewhere.
 */
import type Database from 'better-sqlite3';
import { and, eq, inArray } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts, buildings, managementCompanies, persons, premises } from '../../../shared/db/schema';
import { debtorBankAccounts, fsspApplications, writs } from '../../../shared/db/schema-fssp';
import type { PetitionKind } from '../../../shared/fssp/fssp-terms';
import { WRIT_TO_SEND, WRIT_STATUS_LABELS } from '../../../shared/fssp/fssp-terms';
import type { FsspApplicationFacts } from '../../../shared/documents/fssp/application-view';
import { writTitle } from '../../../shared/documents/fssp/application-view';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { AppError } from '../app-error';
import { courtRepresentativeFor } from '../court/court-representatives';
import { departmentForBuilding, type DepartmentRow } from './department-for-building';
import { readWritDeadline } from './writ-events';

export type WritRow = typeof writs.$inferSelect;
export type BankAccountRow = typeof debtorBankAccounts.$inferSelect;

export interface WritPlace {
  writ: WritRow;
  accountNumber: string;
  buildingId: number | null;
  premisesAddress: string;
  companyName: string;
}

/** The writ with its account's number and premises address. */
export function writPlace(sqlite: Database.Database, writId: number): WritPlace {
  const row = drizzleOf(sqlite)
    .select({
      writ: writs,
      accountNumber: accounts.number,
      buildingId: buildings.id,
      buildingAddress: buildings.address,
      apartment: premises.apartment,
      companyName: managementCompanies.name,
    })
    .from(writs)
    .innerJoin(accounts, eq(accounts.id, writs.accountId))
    .innerJoin(managementCompanies, eq(managementCompanies.id, writs.managementCompanyId))
    .leftJoin(premises, eq(premises.id, accounts.premisesId))
    .leftJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(eq(writs.id, writId))
    .get();
  if (!row) throw new AppError('NOT_FOUND', `Исполнительного документа № ${writId} нет в базе.`);
  return {
    writ: row.writ,
    accountNumber: row.accountNumber,
    buildingId: row.buildingId,
    premisesAddress: premisesAddress(row.buildingAddress, row.apartment),
    companyName: row.companyName,
  };
}

export function premisesAddress(building: string | null, apartment: string | null): string {
  if (!building) return '';
  return `${building}${apartment ? `, кв. ${apartment}` : ''}`;
}

/** «Исполнительный документ судебный приказ № … (Иванов И. И.)» — how a refusal names the writ. */
export function writLabel(w: Pick<WritRow, 'kind' | 'number' | 'actDate' | 'debtorName'>): string {
  return `${writTitle(w)} (${w.debtorName})`;
}

/** The text of «no department» for a building, as the candidates show it and the refusal says it. */
export function noDepartmentText(address: string): string {
  return `Дом не привязан к отделу судебных приставов${address ? ` (${address})` : ''}: укажите отдел дома на вкладке «Отделы ФССП».`;
}

/** The known accounts of a debtor in banks (ст.8), oldest first. */
export function bankAccountsOf(sqlite: Database.Database, personIds: readonly number[]): BankAccountRow[] {
  if (personIds.length === 0) return [];
  return drizzleOf(sqlite)
    .select()
    .from(debtorBankAccounts)
    .where(inArray(debtorBankAccounts.personId, [...personIds]))
    .orderBy(debtorBankAccounts.id)
    .all();
}

/** The prepared (not handed over) application of a writ, if any. */
export function preparedApplicationOf(sqlite: Database.Database, writId: number): number | null {
  return (
    drizzleOf(sqlite)
      .select({ id: fsspApplications.id })
      .from(fsspApplications)
      .where(and(eq(fsspApplications.writId, writId), eq(fsspApplications.status, 'prepared')))
      .get()?.id ?? null
  );
}

function identifiersOf(p: typeof persons.$inferSelect): string[] {
  const out: string[] = [];
  if (p.snils?.trim()) out.push(`СНИЛС ${p.snils.trim()}`);
  if (p.inn?.trim()) out.push(`ИНН ${p.inn.trim()}`);
  if (p.passport?.trim()) out.push(`паспорт ${p.passport.trim()}`);
  if (p.driverLicence?.trim()) out.push(`водительское удостоверение ${p.driverLicence.trim()}`);
  if (p.vehicleCertificate?.trim()) out.push(`свидетельство о регистрации ТС ${p.vehicleCertificate.trim()}`);
  return out;
}

/** The creditor's transfer details that are missing (ст.30 ч.2 / ст.8 ч.2 ask for them). */
function missingTransferDetails(c: typeof managementCompanies.$inferSelect): string[] {
  const missing: string[] = [];
  if (!c.bankName?.trim()) missing.push('банк');
  if (!c.bik?.trim()) missing.push('БИК');
  if (!c.correspondentAccount?.trim()) missing.push('корреспондентский счёт');
  if (!c.settlementAccount?.trim()) missing.push('расчётный счёт');
  if (!c.address?.trim()) missing.push('адрес');
  return missing;
}

export interface ApplicationTarget {
  recipient: 'department' | 'bank';
  department: DepartmentRow | null;
  bankAccount: BankAccountRow | null;
}

export interface CheckedApplication {
  place: WritPlace;
  facts: FsspApplicationFacts;
  target: ApplicationTarget;
  powerOfAttorneyKnown: boolean;
}

/**
 * The facts of one application, or the refusal naming the writ and what stops it. `today` judges the deadline;
 * `thresholdKopecks` the travel-ban petition.
 */
export function checkedApplication(
  sqlite: Database.Database,
  input: {
    writId: number;
    recipient: 'department' | 'bank';
    debtorBankAccountId: number | undefined;
    petitions: readonly PetitionKind[];
    applicationDate: string;
    today: string;
    travelBan: (totalKopecks: number) => { offered: boolean; reason: string | null };
  },
): CheckedApplication {
  const db = drizzleOf(sqlite);
  const place = writPlace(sqlite, input.writId);
  const w = place.writ;
  const label = writLabel(w);
  if (!WRIT_TO_SEND.includes(w.status))
    throw new AppError(
      'FSSP.WRIT_STATE',
      `${label}: ${WRIT_STATUS_LABELS[w.status]} — заявление готовят только по документам, которые находятся у взыскателя.`,
    );
  const prepared = preparedApplicationOf(sqlite, w.id);
  if (prepared !== null)
    throw new AppError(
      'FSSP.WRIT_STATE',
      `${label}: заявление № ${prepared} уже подготовлено и ещё не передано. Отзовите его, чтобы подготовить новое.`,
    );
  const deadline = readWritDeadline(sqlite, w.id, input.today);
  if (deadline.expired)
    throw new AppError(
      'FSSP.TERM_EXPIRED',
      `${label}: срок предъявления истёк ${deadline.deadline ? formatRuDate(deadline.deadline) : ''} (229-ФЗ ст.21). Заявление не готовится; восстановить срок может только суд (ст.23).`,
    );
  const unique = new Set(input.petitions);
  if (unique.size !== input.petitions.length)
    throw new AppError('VALIDATION', 'Каждое ходатайство выбирается один раз.');
  if (input.petitions.includes('travel_ban')) {
    const offer = input.travelBan(w.totalKopecks);
    if (!offer.offered) throw new AppError('FSSP.TRAVEL_BAN_BELOW_THRESHOLD', `${label}: ${offer.reason ?? ''}`);
  }

  let department: DepartmentRow | null = null;
  let bankAccount: BankAccountRow | null = null;
  if (input.recipient === 'department') {
    department = place.buildingId === null ? null : departmentForBuilding(sqlite, place.buildingId);
    if (!department) throw new AppError('FSSP.NO_DEPARTMENT', `${label}: ${noDepartmentText(place.premisesAddress)}`);
  } else {
    if (input.petitions.length > 0)
      throw new AppError(
        'VALIDATION',
        'Ходатайства заявляются судебному приставу; в банк направляется только заявление с исполнительным документом (ст. 8).',
      );
    if (input.debtorBankAccountId === undefined)
      throw new AppError('VALIDATION', 'Для заявления в банк выберите счёт должника в банке.');
    bankAccount =
      db.select().from(debtorBankAccounts).where(eq(debtorBankAccounts.id, input.debtorBankAccountId)).get() ?? null;
    if (!bankAccount) throw new AppError('NOT_FOUND', `Счёта должника № ${input.debtorBankAccountId} нет в базе.`);
    if (bankAccount.personId !== w.debtorPersonId)
      throw new AppError('VALIDATION', `${label}: выбранный счёт в банке принадлежит другому лицу.`);
  }

  const company = db.select().from(managementCompanies).where(eq(managementCompanies.id, w.managementCompanyId)).get();
  if (!company) throw new AppError('NOT_FOUND', `${label}: УК взыскателя № ${w.managementCompanyId} нет в базе.`);
  const missing = missingTransferDetails(company);
  if (missing.length > 0)
    throw new AppError(
      'CONFLICT',
      `${label}: у взыскателя «${company.name}» не указаны ${missing.join(', ')} — без реквизитов для перечисления взысканных сумм заявление не принимают (229-ФЗ ст.30 ч.2, ст.8 ч.2). Дополните реквизиты УК.`,
    );
  const representative = courtRepresentativeFor(sqlite, company.id);
  if (!representative)
    throw new AppError(
      'CONFLICT',
      `${label}: не указан представитель «${company.name}», который подписывает заявление. Укажите его в разделе «Суд» → «Представители» или подписанта претензий в настройках.`,
    );
  const person = db.select().from(persons).where(eq(persons.id, w.debtorPersonId)).get();
  if (!person) throw new AppError('NOT_FOUND', `${label}: должник № ${w.debtorPersonId} не найден.`);
  const returned = w.status === 'returned';

  const facts: FsspApplicationFacts = {
    recipient: input.recipient,
    applicationDate: input.applicationDate,
    department: department
      ? { name: department.name, address: department.address, seniorBailiff: department.seniorBailiff }
      : null,
    bank: bankAccount
      ? {
          name: bankAccount.bankName,
          bik: bankAccount.bik,
          address: bankAccount.bankAddress,
          debtorAccountNumber: bankAccount.accountNumber,
        }
      : null,
    creditor: {
      name: company.name,
      inn: company.inn,
      kpp: company.kpp,
      ogrn: company.ogrn,
      address: company.address!,
      phone: company.phone,
      bankName: company.bankName!,
      bik: company.bik!,
      correspondentAccount: company.correspondentAccount!,
      settlementAccount: company.settlementAccount!,
    },
    representative: {
      fullName: representative.fullName,
      position: representative.position,
      powerOfAttorney: representative.powerOfAttorney,
    },
    debtor: {
      fullName: w.debtorName,
      birthDate: person.birthDate,
      birthPlace: person.birthPlace,
      address: place.premisesAddress,
      identifiers: identifiersOf(person),
    },
    writ: {
      kind: w.kind,
      number: w.number,
      actDate: w.actDate,
      inForceDate: w.inForceDate,
      courtName: w.courtName,
      courtCaseNumber: w.courtCaseNumber,
      principalKopecks: w.principalKopecks,
      penaltyKopecks: w.penaltyKopecks,
      dutyKopecks: w.dutyKopecks,
      totalKopecks: w.totalKopecks,
      deadline: deadline.deadline,
      returned,
    },
    accountNumber: place.accountNumber,
    petitions: [...input.petitions],
  };
  return {
    place,
    facts,
    target: { recipient: input.recipient, department, bankAccount },
    powerOfAttorneyKnown: representative.powerOfAttorneyKnown,
  };
}
