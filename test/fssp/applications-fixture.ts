/**
 * @file A small demo district with what the applications need, inserted directly (the writ registry and the
 * departments directory are other helpers' work): one department serving one building, the creditor УК's bank
 * details and representative, writs of that building's accounts (sums chosen by hand around the 30 000 ₽ travel-ban
 * threshold, one expired), one writ of a building with no department, a debtor's bank account.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importFiles } from '../../electron/core/billing/import-files';
import { saveCourtRepresentative } from '../../electron/core/court/court-representatives';
import { drizzleOf } from '../../electron/core/db/drizzle-of';
import { accountPersons, accounts, buildings, managementCompanies, persons, premises } from '../../shared/db/schema';
import { bailiffDepartments, buildingDepartments, debtorBankAccounts, writs } from '../../shared/db/schema-fssp';
import { writeSmallDistrict } from '../support/demo-files';
import { addDemoStaff } from '../../electron/core/users/users-repo';

/** Thursday 26.11.2026, 12:00 Moscow time. */
export const NOW = Date.parse('2026-11-26T09:00:00Z');
export const TODAY = '2026-11-26';

export const CREDITOR_BANK = {
  bankName: 'ПАО Сбербанк',
  bik: '044525225',
  correspondentAccount: '30101810400000000225',
  settlementAccount: '40702810938000012345',
};

export interface Debtor {
  accountId: number;
  accountNumber: string;
  personId: number;
  name: string;
  buildingId: number;
  companyId: number;
}

export interface ApplicationsFixture {
  core: Core;
  departmentId: number;
  companyId: number;
  /** 29 999,99 ₽ — below the travel-ban threshold. */
  below: number;
  /** 30 000,00 ₽ — exactly the threshold. */
  at: number;
  /** Term started 01.06.2022: last day 01.06.2025 (Sunday) → 02.06.2025; expired. */
  expired: number;
  /** A building with no department. */
  noDepartment: number;
  debtors: { below: Debtor; at: Debtor; expired: Debtor; noDepartment: Debtor };
  bankAccountId: number;
  dataDir: string;
  close(): Promise<void>;
  /** Closes the core and keeps the data folder (for a served app). */
  closeCore(): Promise<void>;
}

export async function openApplicationsFixture(): Promise<ApplicationsFixture> {
  const district = await writeSmallDistrict(120, ['csv'], 24);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-fssp-apps-'));
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir,
    by: { userId: null, name: 'тест' },
    nowMs: NOW,
    files: district.files.filter((f) => f.endsWith('.csv')).map((f) => ({ path: f, fileName: path.basename(f) })),
  });
  fs.rmSync(district.dir, { recursive: true, force: true });
  // The office's staff as the demo job adds them (password demo2026): sokolov is the lawyer.
  await addDemoStaff(core.ctx.db, { userId: null, name: 'тест' }, NOW);
  const sqlite = core.ctx.sqlite;
  const db = drizzleOf(sqlite);

  // Debtors: an account with a person, per building; two buildings.
  const rows = db
    .select({
      accountId: accounts.id,
      accountNumber: accounts.number,
      personId: persons.id,
      name: persons.fullName,
      buildingId: premises.buildingId,
      companyId: buildings.managementCompanyId,
    })
    .from(accounts)
    .innerJoin(premises, eq(premises.id, accounts.premisesId))
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .innerJoin(accountPersons, and(eq(accountPersons.accountId, accounts.id), eq(accountPersons.position, 0)))
    .innerJoin(persons, eq(persons.id, accountPersons.personId))
    .orderBy(accounts.id)
    .all();
  const firstBuilding = rows[0]!.buildingId;
  const uniquePeople = [...new Map(rows.map((r) => [r.personId, r])).values()];
  if (uniquePeople.length < 4) throw new Error('the fixture needs four debtors');
  const [dBelow, dAt, dExpired, moved] = uniquePeople as [Debtor, Debtor, Debtor, Debtor];
  // The fourth debtor's flat moves to a building of its own, which no department serves.
  const otherBuilding = db
    .insert(buildings)
    .values({
      managementCompanyId: moved.companyId,
      address: 'г. Красногорск, ул. Новая, д. 99',
      addressSearch: 'г. красногорск, ул. новая, д. 99',
      createdAtMs: NOW,
    })
    .returning({ id: buildings.id })
    .get().id;
  const premisesId = db.select({ p: accounts.premisesId }).from(accounts).where(eq(accounts.id, moved.accountId)).get()!
    .p!;
  db.update(premises).set({ buildingId: otherBuilding }).where(eq(premises.id, premisesId)).run();
  const other: Debtor = { ...moved, buildingId: otherBuilding };
  const companyId = dBelow.companyId;

  // The creditor's details and representative.
  db.update(managementCompanies)
    .set({
      ...CREDITOR_BANK,
      address: '143401, Московская обл., г. Красногорск, ул. Ленина, д. 1',
      kpp: '502401001',
      ogrn: '1025002864710',
    })
    .where(isNotNull(managementCompanies.id))
    .run();
  for (const c of db.select({ id: managementCompanies.id }).from(managementCompanies).all())
    saveCourtRepresentative(
      sqlite,
      c.id,
      { fullName: 'Смирнова Ольга Викторовна', position: 'юрисконсульт', powerOfAttorney: 'от 12.01.2026 № 5' },
      { userId: null, name: 'тест' },
      NOW,
    );
  // The debtor of the writ at the threshold: birth data and identifiers.
  db.update(persons)
    .set({
      birthDate: '1980-05-17',
      birthPlace: 'г. Красногорск Московской обл.',
      snils: '112-233-445 95',
      passport: '4510 123456',
    })
    .where(eq(persons.id, dAt.personId))
    .run();

  const departmentId = db
    .insert(bailiffDepartments)
    .values({
      name: 'Красногорский РОСП ГУФССП России по Московской области',
      code: '50017',
      address: '143405, Московская обл., г. Красногорск, ул. Речная, д. 20',
      seniorBailiff: 'Петров Пётр Петрович',
      createdAtMs: NOW,
      updatedAtMs: NOW,
    })
    .returning({ id: bailiffDepartments.id })
    .get().id;
  db.insert(buildingDepartments)
    .values({ buildingId: firstBuilding, departmentId, source: 'manual', updatedAtMs: NOW })
    .run();
  // Not the other building: it stays without a department.
  db.delete(buildingDepartments).where(ne(buildingDepartments.buildingId, firstBuilding)).run();

  const writ = (d: Debtor, n: string, sums: [number, number, number], termStart: string): number =>
    db
      .insert(writs)
      .values({
        kind: 'court_order',
        number: n,
        actDate: termStart,
        inForceDate: termStart,
        termStartDate: termStart,
        courtName: 'Судебный участок № 123 Красногорского судебного района Московской области',
        courtCaseNumber: n,
        accountId: d.accountId,
        managementCompanyId: d.companyId,
        debtorPersonId: d.personId,
        debtorName: d.name,
        principalKopecks: sums[0],
        penaltyKopecks: sums[1],
        dutyKopecks: sums[2],
        totalKopecks: sums[0] + sums[1] + sums[2],
        receivedDate: termStart,
        status: 'received',
        source: 'manual',
        createdBy: 'тест',
        createdAtMs: NOW,
        updatedAtMs: NOW,
      })
      .returning({ id: writs.id })
      .get().id;
  // 25 000,00 + 4 599,99 + 400,00 = 29 999,99 ₽.
  const below = writ(dBelow, '2-1001/2026', [2_500_000, 459_999, 40_000], '2024-07-10');
  // 28 000,00 + 1 400,00 + 600,00 = 30 000,00 ₽.
  const at = writ(dAt, '2-1002/2026', [2_800_000, 140_000, 60_000], '2026-03-10');
  const expired = writ(dExpired, '2-0500/2022', [1_000_000, 0, 20_000], '2022-06-01');
  const noDepartment = writ(other, '2-1003/2026', [5_000_000, 0, 85_000], '2026-04-01');
  const bankAccountId = db
    .insert(debtorBankAccounts)
    .values({
      personId: dAt.personId,
      bankName: 'АО «Альфа-Банк»',
      bik: '044525593',
      bankAddress: '107078, г. Москва, ул. Каланчёвская, д. 27',
      accountNumber: '40817810000001234567',
      createdAtMs: NOW,
    })
    .returning({ id: debtorBankAccounts.id })
    .get().id;
  return {
    core,
    departmentId,
    companyId,
    below,
    at,
    expired,
    noDepartment,
    debtors: { below: dBelow, at: dAt, expired: dExpired, noDepartment: other },
    bankAccountId,
    dataDir,
    close: async () => {
      await core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    closeCore: () => core.close(),
  };
}
