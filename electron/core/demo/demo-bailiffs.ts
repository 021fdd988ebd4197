/**
 * @file The demo district's bailiffs' departments and a few debtors' banks. The real Krasnogorsk department's details
 * are not confirmed, so a real office starts with an empty directory and the «Отделы ФССП» tab warns until the
 * lawyer imports it. The demo district is fictional anyway: it gets two departments named «… (демонстрационный)»,
 * not checked (confirmed = 0), with a note saying they are not real — the town's streets go to the first, the
 * streets of р.п. Нахабино and д. Глухово to the second — and every building is mapped by these territories (as
 * addDemoCourts does for the courts). The debtors (owner, or social tenant) of the three open accounts with the largest debt get a bank
 * account (a well-known bank's БИК, a fictional account number), so the route «в банк должника» (229-ФЗ ст.8) can
 * be shown.
 */
import type Database from 'better-sqlite3';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accountPersons, accountSummaries, buildings } from '../../../shared/db/schema';
import { bailiffDepartments, debtorBankAccounts } from '../../../shared/db/schema-fssp';
import type { JournalActor } from '../auth/actor';
import { saveDepartment, saveDepartmentTerritories } from '../fssp/departments-service';
import { mapBuildingDepartments } from '../fssp/building-departments-service';
import { saveDebtorBank } from '../fssp/debtor-banks-service';

/** «д. 5» — the house part; «д. Глухово» (a village) is not. */
const HOUSE_PART = /^(д\.|дом)\s*\d/i;
const SUBURBS = /^(р\.п\.|д\.)\s/;

/** «г. Красногорск, ул. Ленина, д. 5» → «г. Красногорск, ул. Ленина». */
function streetOf(address: string): string | null {
  const parts = address.split(',').map((p) => p.trim());
  const houseAt = parts.findIndex((p) => HOUSE_PART.test(p));
  return houseAt > 0 ? parts.slice(0, houseAt).join(', ') : null;
}

const DEMO_NOTE = 'Демонстрационные данные: не настоящий отдел. Замените справочником из CSV по шаблону.';

const DEMO_BANKS = [
  { bankName: 'ПАО Сбербанк', bik: '044525225', bankAddress: '117312, г. Москва, ул. Вавилова, д. 19' },
  { bankName: 'АО «Альфа-Банк»', bik: '044525593', bankAddress: '107078, г. Москва, ул. Каланчёвская, д. 27' },
  { bankName: 'АО «ТБанк»', bik: '044525974', bankAddress: '127287, г. Москва, ул. Хуторская 2-я, д. 38А, стр. 26' },
] as const;

export interface DemoBailiffsResult {
  departments: number;
  buildingsMapped: number;
  /** The accounts whose owner got a bank account (their numbers). */
  bankAccounts: string[];
}

export function addDemoDepartments(sqlite: Database.Database, by: JournalActor, nowMs: number): DemoBailiffsResult {
  const db = drizzleOf(sqlite);
  const streets = [
    ...new Set(
      db
        .select({ address: buildings.address })
        .from(buildings)
        .all()
        .map((b) => streetOf(b.address))
        .filter((s): s is string => s !== null),
    ),
  ].sort((a, b) => a.localeCompare(b, 'ru'));
  // An office that already has a directory (or a demo loaded twice) keeps it as it is.
  const hasDirectory = db.select({ id: bailiffDepartments.id }).from(bailiffDepartments).get() !== undefined;
  if (streets.length === 0 || hasDirectory) return { departments: 0, buildingsMapped: 0, bankAccounts: [] };
  const groups = [
    {
      name: 'Красногорский районный отдел судебных приставов ГУФССП России по Московской области (демонстрационный)',
      code: '00001',
      address: '143400, Московская обл., г. Красногорск, демонстрационный адрес отдела № 1',
      streets: streets.filter((s) => !SUBURBS.test(s)),
    },
    {
      name: 'Нахабинский отдел судебных приставов ГУФССП России по Московской области (демонстрационный)',
      code: '00002',
      address: '143430, Московская обл., р.п. Нахабино, демонстрационный адрес отдела № 2',
      streets: streets.filter((s) => SUBURBS.test(s)),
    },
  ];
  let departments = 0;
  for (const g of groups) {
    const saved = saveDepartment(
      sqlite,
      {
        name: g.name,
        code: g.code,
        address: g.address,
        phone: '+7 (495) 000-00-00',
        seniorBailiff: 'Петров Пётр Петрович (демонстрационный)',
        confirmed: false,
        note: DEMO_NOTE,
      },
      by,
      nowMs,
    );
    departments++;
    saveDepartmentTerritories(
      sqlite,
      saved.id,
      g.streets.map((street) => ({ street, houseFrom: null, houseTo: null, parity: 'all' as const })),
      by,
      nowMs,
    );
  }
  const mapped = mapBuildingDepartments(sqlite, by, nowMs);

  const top = db
    .select({ accountId: accountSummaries.accountId, number: accountSummaries.number })
    .from(accountSummaries)
    .where(eq(accountSummaries.status, 'open'))
    .orderBy(desc(accountSummaries.debtKopecks), asc(accountSummaries.number))
    .limit(20)
    .all();
  const bankAccounts: string[] = [];
  for (const a of top) {
    const i = bankAccounts.length;
    if (i >= DEMO_BANKS.length) break;
    // The debtor: the owner, or the tenant of a social tenancy.
    const owner = db
      .select({ personId: accountPersons.personId })
      .from(accountPersons)
      .where(and(eq(accountPersons.accountId, a.accountId), inArray(accountPersons.role, ['owner', 'tenant'])))
      .orderBy(asc(accountPersons.position))
      .get();
    if (!owner) continue;
    const known = db
      .select({ id: debtorBankAccounts.id })
      .from(debtorBankAccounts)
      .where(eq(debtorBankAccounts.personId, owner.personId))
      .get();
    if (known) continue;
    saveDebtorBank(
      sqlite,
      {
        personId: owner.personId,
        accountId: a.accountId,
        ...DEMO_BANKS[i]!,
        accountNumber: `4081781000000000${String(i + 1).padStart(4, '0')}`,
        note: 'Демонстрационные данные: счёт вымышленный.',
      },
      by,
      nowMs,
    );
    bankAccounts.push(a.number);
  }
  return { departments, buildingsMapped: mapped.buildings - mapped.without, bankAccounts };
}
