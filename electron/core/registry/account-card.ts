/**
 * @file `account.card`: everything about one account — persons with their identifiers (and which ones a court
 * application would miss), who answers for the debt and for how much, the ledger by month and service as the law
 * counts it (due date, allocated payments, overdue / not yet due / time-barred — shared/debt/account-debt.ts),
 * payments, totals and the timeline.
 */
import type Database from 'better-sqlite3';
import { desc, eq } from 'drizzle-orm';
import {
  accountPersons,
  accountSummaries,
  accounts,
  actions,
  managementCompanies,
  payments as paymentsTable,
  persons as personsTable,
  premises,
} from '../../../shared/db/schema';
import { drizzleOf } from '../db/drizzle-of';
import type { CardPayment, CardPerson, AccountCard, LedgerMonth } from '../../../shared/registry/registry-types';
import type { BracketCode } from '../../../shared/registry/brackets';
import type { JournalEntry } from '../../../shared/api/contract';
import { AppError } from '../app-error';
import { partsOf, readAccountDebt, readDebtors } from '../debt/account-debt-repo';

/** @param today the day the debt is counted for */
export function readAccountCard(sqlite: Database.Database, accountId: number, today: string): AccountCard {
  const db = drizzleOf(sqlite);
  const a = db
    .select({
      id: accounts.id,
      number: accounts.number,
      tenure: accounts.tenure,
      status: accounts.status,
      pausedUntilDate: accounts.pausedUntilDate,
      pauseReason: accounts.pauseReason,
      companyId: managementCompanies.id,
      companyName: managementCompanies.name,
      companyInn: managementCompanies.inn,
      companyPhone: managementCompanies.phone,
      buildingId: premises.buildingId,
      entrance: premises.entrance,
      apartment: premises.apartment,
      areaCenti: premises.areaCentiM2,
      ownershipForm: premises.ownershipForm,
      address: accountSummaries.address,
      bracket: accountSummaries.bracket,
    })
    .from(accounts)
    .innerJoin(managementCompanies, eq(managementCompanies.id, accounts.managementCompanyId))
    .leftJoin(premises, eq(premises.id, accounts.premisesId))
    .leftJoin(accountSummaries, eq(accountSummaries.accountId, accounts.id))
    .where(eq(accounts.id, accountId))
    .get();
  if (!a) throw new AppError('NOT_FOUND', `Лицевой счёт не найден (код ${accountId}).`);

  const ps = personsTable;
  const persons = db
    .select({
      personId: ps.id,
      fullName: ps.fullName,
      role: accountPersons.role,
      shareNum: accountPersons.shareNum,
      shareDen: accountPersons.shareDen,
      birthDate: ps.birthDate,
      birthPlace: ps.birthPlace,
      snils: ps.snils,
      inn: ps.inn,
      passport: ps.passport,
      phone: ps.phone,
      smsConsent: ps.smsConsent,
    })
    .from(accountPersons)
    .innerJoin(ps, eq(ps.id, accountPersons.personId))
    .where(eq(accountPersons.accountId, accountId))
    .orderBy(accountPersons.position)
    .all()
    .map(({ shareNum, shareDen, smsConsent, ...p }): CardPerson => {
      // What a court order application needs to identify the debtor (ГПК ст.124: birth date and place, and at
      // least one of СНИЛС, ИНН, passport) — each missing one is shown so the clerk can ask for it in time.
      const missing: string[] = [];
      if (!p.birthDate) missing.push('дата рождения');
      if (!p.birthPlace) missing.push('место рождения');
      if (!p.snils) missing.push('СНИЛС');
      if (!p.inn) missing.push('ИНН');
      if (!p.passport) missing.push('паспорт');
      return {
        ...p,
        share: shareNum !== null && shareDen !== null ? { num: shareNum, den: shareDen } : null,
        smsConsent: smsConsent === null ? null : smsConsent === 1,
        missing,
      };
    });

  const pay = paymentsTable;
  const payments: CardPayment[] = db
    .select({
      id: pay.id,
      date: pay.paymentDate,
      amountKopecks: pay.amountKopecks,
      period: pay.period,
      source: pay.source,
      documentNumber: pay.documentNumber,
    })
    .from(pay)
    .where(eq(pay.accountId, accountId))
    .orderBy(desc(pay.paymentDate), desc(pay.id))
    .all();
  const debt = readAccountDebt(sqlite, accountId, today);
  const ledger: LedgerMonth[] = debt.months.map((m) => ({
    period: m.period,
    chargedKopecks: m.chargedKopecks,
    paidKopecks: m.paidKopecks,
    openKopecks: m.openKopecks,
    dueDate: m.dueDate,
    limitationExpiresOn: m.limitationExpiresOn,
    status: m.status,
    services: m.services,
  }));
  const debtors = readDebtors(sqlite, accountId, today);
  const parts = partsOf(debt.overdueKopecks, debtors);

  const timeline: JournalEntry[] = db
    .select({
      id: actions.id,
      accountId: actions.accountId,
      measure: actions.measure,
      kind: actions.kind,
      actionDate: actions.actionDate,
      atMs: actions.atMs,
      userName: actions.userName,
      summary: actions.summary,
    })
    .from(actions)
    .where(eq(actions.accountId, accountId))
    .orderBy(desc(actions.atMs), desc(actions.id))
    .limit(200)
    .all();

  return {
    accountId: a.id,
    number: a.number,
    tenure: a.tenure,
    status: a.status,
    pausedUntilDate: a.pausedUntilDate,
    pauseReason: a.pauseReason,
    address: a.address ?? 'адрес не указан',
    buildingId: a.buildingId,
    entrance: a.entrance,
    apartment: a.apartment,
    area: a.areaCenti === null ? null : areaText(a.areaCenti),
    ownershipForm: a.ownershipForm,
    company: { id: a.companyId, name: a.companyName, inn: a.companyInn, phone: a.companyPhone },
    persons,
    debtors: debtors.map((d, i) => ({
      personId: d.personId,
      fullName: d.fullName,
      role: d.role,
      shareText: d.shareText,
      shareAssumed: d.shareAssumed,
      jointly: d.jointly,
      overdueKopecks: parts[i] ?? 0,
    })),
    ledger: ledger.reverse(),
    payments,
    // Counted live for today, so the card and `account_summaries` (refreshed daily) say the same.
    totals: {
      asOfDate: today,
      chargedKopecks: debt.chargedKopecks,
      paidKopecks: debt.paidKopecks,
      debtKopecks: debt.overdueKopecks,
      notYetDueKopecks: debt.notYetDueKopecks,
      timeBarredKopecks: debt.timeBarredKopecks,
      balanceKopecks: debt.balanceKopecks,
      advanceKopecks: debt.advanceKopecks,
      monthsInArrears: debt.monthsInArrears,
      debtSincePeriod: debt.debtSincePeriod,
      lastPaymentDate: debt.lastPaymentDate,
      // account_summaries holds the codes of shared/registry/brackets.ts (debt/refresh-debt.ts writes them).
      bracket: (a.bracket as BracketCode | null) ?? 'none',
    },
    timeline,
  };
}

/** 5430 → '54.3', 5400 → '54', 5405 → '54.05'. */
function areaText(centi: number): string {
  const whole = Math.trunc(centi / 100);
  const fraction = String(centi % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
