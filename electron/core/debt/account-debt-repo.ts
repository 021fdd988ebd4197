/**
 * @file One account's debt position as of a date, read from its charges and payments (shared/debt/account-debt.ts),
 * and the people who answer for it with their shares (ГК ст.249, ЖК ст.153, 155 ч.4, ст.69).
 */
import type Database from 'better-sqlite3';
import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import {
  accountPersons,
  accounts,
  charges as chargesTable,
  managementCompanies,
  payments as paymentsTable,
  persons,
} from '../../../shared/db/schema';
import { courtCases } from '../../../shared/db/schema-court';
import { accountDebt, type AccountDebt, type DebtTables } from '../../../shared/debt/account-debt';
import { addYearsClamped, type CourtOrderEpisode } from '../../../shared/debt/limitation';
import { shareText, splitByShares, type Share } from '../../../shared/debt/split-by-shares';
import { loadDebtTables } from './debt-tables-repo';

export function readAccountDebt(
  sqlite: Database.Database,
  accountId: number,
  asOf: string,
  tables: DebtTables = loadDebtTables(sqlite),
): AccountDebt {
  const db = drizzleOf(sqlite);
  const charges = db
    .select({ period: chargesTable.period, service: chargesTable.service, kopecks: chargesTable.amountKopecks })
    .from(chargesTable)
    .where(eq(chargesTable.accountId, accountId))
    .orderBy(chargesTable.period, chargesTable.id)
    .all();
  const payments = db
    .select({ date: paymentsTable.paymentDate, kopecks: paymentsTable.amountKopecks, period: paymentsTable.period })
    .from(paymentsTable)
    .where(eq(paymentsTable.accountId, accountId))
    .orderBy(paymentsTable.paymentDate, paymentsTable.id)
    .all();
  const due = db
    .select({ day: managementCompanies.contractDueDay })
    .from(accounts)
    .innerJoin(managementCompanies, eq(managementCompanies.id, accounts.managementCompanyId))
    .where(eq(accounts.id, accountId))
    .get();
  const courtOrders = readCourtOrderEpisodes(sqlite, accountId);
  return accountDebt(
    {
      asOf,
      charges,
      payments,
      ...(due?.day != null ? { contractDueDay: due.day } : {}),
      ...(courtOrders.length > 0 ? { courtOrders } : {}),
    },
    tables,
  );
}

/**
 * The account's court-order applications as limitation episodes (ГК ст.204): filed and not returned (a returned
 * application does not stop the term — Пленум ВС № 43 п.17); cancelled on the cancellation date, else pending.
 */
export function readCourtOrderEpisodes(sqlite: Database.Database, accountId: number): CourtOrderEpisode[] {
  return drizzleOf(sqlite)
    .select({ filed: courtCases.filedDate, cancelled: courtCases.cancelledDate, periodsJson: courtCases.periodsJson })
    .from(courtCases)
    .where(
      and(
        eq(courtCases.accountId, accountId),
        eq(courtCases.kind, 'court_order'),
        isNotNull(courtCases.filedDate),
        ne(courtCases.status, 'returned'),
      ),
    )
    .orderBy(courtCases.filedDate, courtCases.id)
    .all()
    .map((r) => ({ filed: r.filed as string, cancelled: r.cancelled, periods: JSON.parse(r.periodsJson) as string[] }));
}

export interface Debtor {
  personId: number;
  fullName: string;
  role: 'owner' | 'tenant';
  share: Share;
  /** '1/3'; null for a whole share. */
  shareText: string | null;
  /** True when the data gave no shares and the owners were counted equal (the card says so). */
  shareAssumed: boolean;
  /** A social tenant's adult family members, jointly liable (ЖК ст.69 ч.2). */
  jointly: string[];
}

/**
 * Who answers for the account's debt: the owners with their shares (owners without a share in the data — when
 * none has one — equal parts, marked); in a social-tenancy flat the tenant, with the adult family members named as
 * jointly liable (adults as of `asOf`). An account with neither has no debtor.
 */
export function readDebtors(sqlite: Database.Database, accountId: number, asOf: string): Debtor[] {
  const people = drizzleOf(sqlite)
    .select({
      personId: persons.id,
      fullName: persons.fullName,
      role: accountPersons.role,
      num: accountPersons.shareNum,
      den: accountPersons.shareDen,
      birthDate: persons.birthDate,
    })
    .from(accountPersons)
    .innerJoin(persons, eq(persons.id, accountPersons.personId))
    .where(eq(accountPersons.accountId, accountId))
    .orderBy(accountPersons.position)
    .all();
  const owners = people.filter((p) => p.role === 'owner');
  if (owners.length > 0) {
    const anyShare = owners.some((o) => o.num !== null && o.den !== null);
    return owners
      .map((o) => {
        const share: Share = anyShare
          ? o.num !== null && o.den !== null
            ? { num: o.num, den: o.den }
            : { num: 0, den: 1 }
          : { num: 1, den: owners.length };
        return {
          personId: o.personId,
          fullName: o.fullName,
          role: 'owner' as const,
          share,
          shareText: share.num === 0 ? null : shareText(share),
          shareAssumed: !anyShare && owners.length > 1,
          jointly: [],
        };
      })
      .filter((d) => d.share.num > 0);
  }
  const tenant = people.find((p) => p.role === 'tenant');
  if (!tenant) return [];
  return [
    {
      personId: tenant.personId,
      fullName: tenant.fullName,
      role: 'tenant',
      share: { num: 1, den: 1 },
      shareText: null,
      shareAssumed: false,
      // Adults only; a member whose birth date is unknown is named (the clerk checks before court).
      jointly: people
        .filter((p) => p.role === 'family' && (p.birthDate === null || p.birthDate <= addYearsClamped(asOf, -18)))
        .map((p) => p.fullName),
    },
  ];
}

/** An amount split among the debtors by their shares, to the kopeck (the parts add up to the amount). */
export function partsOf(amountKopecks: number, debtors: readonly Debtor[]): number[] {
  return splitByShares(
    Math.max(0, amountKopecks),
    debtors.map((d) => d.share),
  );
}
