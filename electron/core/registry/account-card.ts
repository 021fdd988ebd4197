/**
 * @file `account.card`: everything about one account — persons with their identifiers (and which ones a court
 * application would miss), who answers for the debt and for how much, the ledger by month and service as the law
 * counts it (due date, allocated payments, overdue / not yet due / time-barred — shared/debt/account-debt.ts),
 * payments, totals and the timeline.
 */
import type Database from 'better-sqlite3';
import type { AccountCard, CardPayment, CardPerson, LedgerMonth, PersonRole } from '../../../shared/registry/registry-types';
import type { BracketCode } from '../../../shared/registry/brackets';
import type { JournalEntry } from '../../../shared/api/contract';
import { AppError } from '../app-error';
import { partsOf, readAccountDebt, readDebtors } from '../debt/account-debt-repo';

interface CardHead {
  id: number;
  number: string;
  tenure: AccountCard['tenure'];
  status: AccountCard['status'];
  pausedUntilDate: string | null;
  pauseReason: string | null;
  companyId: number;
  companyName: string;
  companyInn: string;
  companyPhone: string | null;
  buildingId: number | null;
  entrance: number | null;
  apartment: string | null;
  areaCenti: number | null;
  ownershipForm: AccountCard['ownershipForm'];
  address: string | null;
  bracket: BracketCode | null;
}

type PersonRow = Omit<CardPerson, 'share' | 'missing' | 'smsConsent'> & {
  shareNum: number | null;
  shareDen: number | null;
  smsConsent: number | null;
  role: PersonRole;
};

/** @param today the day the debt is counted for */
export function readAccountCard(sqlite: Database.Database, accountId: number, today: string): AccountCard {
  const a = sqlite
    .prepare(
      `SELECT a.id, a.number, a.tenure, a.status, a.paused_until_date AS pausedUntilDate, a.pause_reason AS pauseReason,
              c.id AS companyId, c.name AS companyName, c.inn AS companyInn, c.phone AS companyPhone,
              p.building_id AS buildingId, p.entrance, p.apartment, p.area_centi_m2 AS areaCenti,
              p.ownership_form AS ownershipForm, s.address, s.bracket
         FROM accounts a
         JOIN management_companies c ON c.id = a.management_company_id
         LEFT JOIN premises p ON p.id = a.premises_id
         LEFT JOIN account_summaries s ON s.account_id = a.id
        WHERE a.id = ?`,
    )
    .get(accountId) as CardHead | undefined;
  if (!a) throw new AppError('NOT_FOUND', `Лицевой счёт не найден (код ${accountId}).`);

  const persons = (
    sqlite
      .prepare(
        `SELECT ps.id AS personId, ps.full_name AS fullName, ap.role, ap.share_num AS shareNum, ap.share_den AS shareDen,
                ps.birth_date AS birthDate, ps.birth_place AS birthPlace, ps.snils, ps.inn, ps.passport, ps.phone,
                ps.sms_consent AS smsConsent
           FROM account_persons ap JOIN persons ps ON ps.id = ap.person_id
          WHERE ap.account_id = ? ORDER BY ap.position`,
      )
      .all(accountId) as PersonRow[]
  ).map(({ shareNum, shareDen, smsConsent, ...p }): CardPerson => {
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

  const payments = sqlite
    .prepare(
      `SELECT id, payment_date AS date, amount_kopecks AS amountKopecks, period, source, document_number AS documentNumber
         FROM payments WHERE account_id = ? ORDER BY payment_date DESC, id DESC`,
    )
    .all(accountId) as CardPayment[];
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

  const timeline = sqlite
    .prepare(
      `SELECT id, account_id AS accountId, measure, kind, action_date AS actionDate, at_ms AS atMs, user_name AS userName, summary
         FROM actions WHERE account_id = ? ORDER BY at_ms DESC, id DESC LIMIT 200`,
    )
    .all(accountId) as JournalEntry[];

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
      bracket: a.bracket ?? 'none',
    },
    timeline,
  };
}

/** 5430 → '54.3', 5400 → '54', 5405 → '54.05'. */
function areaText(centi: number): string {
  const whole = Math.trunc(centi / 100);
  const fraction = String(centi % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
