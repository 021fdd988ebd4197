/**
 * @file The facts of the claims of one account: its debt statement, its penalty (the project's engine on the
 * account's charges and payments — never recomputed here), the total, the payee's details, and one addressee per
 * owner (or the tenant of a social-tenancy flat). Everything is integer kopecks; the view turns it into text.
 */
import type Database from 'better-sqlite3';
import { debtStatement } from '../../../shared/documents/claim/debt-statement';
import type { ClaimFacts, ClaimPayee } from '../../../shared/documents/claim/claim-view';
import { calculatePenalty } from '../../../shared/rules/penalty/calculate-penalty';
import type { PenaltyTables } from '../../../shared/rules/penalty/legal-tables';
import { penaltyInputForAccount } from '../penalty/account-penalty-input';

export interface Addressee {
  fullName: string | null;
  role: 'owner' | 'tenant' | null;
  share: string | null;
}

export interface AccountClaimFacts {
  accountId: number;
  debtKopecks: number;
  penaltyKopecks: number;
  totalKopecks: number;
  tablesVersion: string;
  /** One per addressee, in the order billing lists the owners. */
  letters: Array<{ addressee: Addressee; facts: Omit<ClaimFacts, 'documentNumber'> }>;
}

export interface ClaimContext {
  asOfDate: string;
  issuedDate: string;
  deadlineDate: string;
  tables: PenaltyTables;
  organisationName: string;
  responsiblePerson: string;
}

export function addresseesOf(sqlite: Database.Database, accountId: number): Addressee[] {
  const people = sqlite
    .prepare(
      `SELECT p.full_name AS fullName, ap.role, ap.share_num AS num, ap.share_den AS den
         FROM account_persons ap JOIN persons p ON p.id = ap.person_id
        WHERE ap.account_id = ? AND ap.role IN ('owner', 'tenant') ORDER BY ap.position`,
    )
    .all(accountId) as Array<{ fullName: string; role: 'owner' | 'tenant'; num: number | null; den: number | null }>;
  // Owners answer for the debt (ЖК ст.153 ч.2 п.5); in a social-tenancy flat the tenant does.
  const owners = people.filter((p) => p.role === 'owner');
  const chosen = owners.length > 0 ? owners : people.filter((p) => p.role === 'tenant');
  if (chosen.length === 0) return [{ fullName: null, role: null, share: null }];
  return chosen.map((p) => ({
    fullName: p.fullName,
    role: p.role,
    share: p.num !== null && p.den !== null && p.num !== p.den ? `${p.num}/${p.den}` : null,
  }));
}

export function accountClaimFacts(sqlite: Database.Database, accountId: number, ctx: ClaimContext): AccountClaimFacts {
  const account = sqlite
    .prepare(
      `SELECT a.number, coalesce(s.address, '') AS address, c.name, c.inn, c.kpp, c.ogrn, c.address AS companyAddress, c.phone,
              c.bank_name AS bankName, c.bik, c.correspondent_account AS correspondentAccount, c.settlement_account AS settlementAccount
         FROM accounts a JOIN management_companies c ON c.id = a.management_company_id
         LEFT JOIN account_summaries s ON s.account_id = a.id WHERE a.id = ?`,
    )
    .get(accountId) as {
    number: string;
    address: string;
    name: string;
    inn: string;
    kpp: string | null;
    ogrn: string | null;
    companyAddress: string | null;
    phone: string | null;
    bankName: string | null;
    bik: string | null;
    correspondentAccount: string | null;
    settlementAccount: string | null;
  };
  const charges = sqlite
    .prepare(
      'SELECT period, sum(amount_kopecks) AS kopecks FROM charges WHERE account_id = ? AND period <= ? GROUP BY period',
    )
    .all(accountId, ctx.asOfDate.slice(0, 7)) as Array<{ period: string; kopecks: number }>;
  const payments = sqlite
    .prepare(
      'SELECT payment_date AS date, amount_kopecks AS kopecks FROM payments WHERE account_id = ? AND payment_date <= ?',
    )
    .all(accountId, ctx.asOfDate) as Array<{ date: string; kopecks: number }>;
  const statement = debtStatement(charges, payments, ctx.asOfDate.slice(0, 7));
  const penalty = calculatePenalty(penaltyInputForAccount(sqlite, accountId, ctx.asOfDate), ctx.tables, {
    rateDateRule: 'payment-day',
  });
  const debtKopecks = Math.max(0, statement.closingKopecks);
  const totalKopecks = debtKopecks + penalty.totalKopecks;
  const payee: ClaimPayee = {
    name: account.name,
    inn: account.inn,
    kpp: account.kpp,
    ogrn: account.ogrn,
    address: account.companyAddress,
    phone: account.phone,
    bankName: account.bankName ?? '',
    bik: account.bik ?? '',
    correspondentAccount: account.correspondentAccount ?? '',
    settlementAccount: account.settlementAccount ?? '',
  };
  const letters = addresseesOf(sqlite, accountId).map((addressee) => ({
    addressee,
    facts: {
      issuedDate: ctx.issuedDate,
      asOfDate: ctx.asOfDate,
      deadlineDate: ctx.deadlineDate,
      accountNumber: account.number,
      address: account.address,
      addresseeName: addressee.fullName,
      addresseeRole: addressee.role,
      share: addressee.share,
      payee,
      statement,
      debtKopecks,
      penaltyKopecks: penalty.totalKopecks,
      totalKopecks,
      purpose: `Оплата задолженности за ЖКУ и пени по л/с ${account.number}`,
      organisationName: ctx.organisationName,
      responsiblePerson: ctx.responsiblePerson,
    },
  }));
  return {
    accountId,
    debtKopecks,
    penaltyKopecks: penalty.totalKopecks,
    totalKopecks,
    tablesVersion: penalty.tablesVersion,
    letters,
  };
}
