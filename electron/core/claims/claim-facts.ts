/**
 * @file The facts of one account's claims: the УК's part of the debt position as of the date
 * (electron/core/debt/account-debt-repo.ts, `debtForCreditor`), the statement of what is demanded
 * (shared/documents/claim/claim-statement.ts), the penalty of the project's engine restricted likewise
 * (claim-penalty.ts), the payee, the signer, the address window, and one letter per debtor — each owner's part
 * by share, split to the kopeck by largest remainder so the letters add up to the account's demand exactly
 * (ГК ст.249); a social tenant with the adult family members named as jointly liable (ЖК ст.69).
 * Integer kopecks; the views turn them into text.
 */
import type Database from 'better-sqlite3';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { debtForCreditor, type AccountDebt, type DebtTables } from '../../../shared/debt/account-debt';
import { splitByShares, type Share } from '../../../shared/debt/split-by-shares';
import { claimPenalty } from '../../../shared/documents/claim/claim-penalty';
import { claimStatement, type ClaimStatement } from '../../../shared/documents/claim/claim-statement';
import type { ClaimAccountFacts, ClaimAddressee, ClaimPayee } from '../../../shared/documents/claim/claim-view';
import { penaltyNotes } from '../../../shared/documents/penalty-calculation/penalty-notes';
import {
  buildPenaltyCalculationView,
  type PenaltyCalculationView,
} from '../../../shared/documents/penalty-calculation/penalty-calculation-view';
import { calculatePenalty } from '../../../shared/rules/penalty/calculate-penalty';
import { PenaltyTableError } from '../../../shared/rules/penalty/legal-tables';
import { AppError } from '../app-error';
import { readAccountDebt, readDebtors } from '../debt/account-debt-repo';
import { letterAddress, splitPostalAddress } from '../../../shared/documents/mailing/postal-address';
import { postalCodeFor } from '../mailing/postal-codes';
import { penaltyInputForAccount } from '../penalty/account-penalty-input';
import { signerFor } from './claim-signers';

/** What every render of a batch shares; plain data, so it can be sent to a render thread. */
export interface ClaimContextData {
  asOfDate: string;
  issuedDate: string;
  paymentDays: number;
  includeTimeBarred: boolean;
  region: string;
  organisationName: string;
}

export interface ClaimContext extends ClaimContextData {
  /** The debt position's tables (due days, service → creditor, calendar) and, in them, the penalty tables. */
  tables: DebtTables;
}

export interface ClaimLetterParts {
  addressee: ClaimAddressee;
  /** As on the envelope list (nominative). */
  recipientName: string;
  debtKopecks: number;
  penaltyKopecks: number;
  totalKopecks: number;
}

export interface AccountClaim {
  accountId: number;
  accountNumber: string;
  /** Why the account gets no letter (nothing the УК may demand); null when it gets its letters. */
  skipped: string | null;
  account: ClaimAccountFacts;
  penaltyView: PenaltyCalculationView;
  /** The account's demand: the УК's overdue debt (less the time-barred part by default) and its penalty. */
  demandedKopecks: number;
  penaltyKopecks: number;
  tablesVersion: string;
  letters: ClaimLetterParts[];
}

interface AccountRow {
  number: string;
  address: string;
  companyId: number;
  buildingId: number | null;
  buildingAddress: string | null;
  apartment: string | null;
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
}

function readAccount(sqlite: Database.Database, accountId: number): AccountRow {
  // Hot path: once per account of a claim batch, in each render thread.
  const row = sqlite
    .prepare<[number], AccountRow>(
      `SELECT a.number, coalesce(s.address, '') AS address, a.management_company_id AS companyId, p.building_id AS buildingId,
              b.address AS buildingAddress, p.apartment,
              c.name, c.inn, c.kpp, c.ogrn, c.address AS companyAddress, c.phone,
              c.bank_name AS bankName, c.bik, c.correspondent_account AS correspondentAccount, c.settlement_account AS settlementAccount
         FROM accounts a JOIN management_companies c ON c.id = a.management_company_id
         LEFT JOIN account_summaries s ON s.account_id = a.id
         LEFT JOIN premises p ON p.id = a.premises_id
         LEFT JOIN buildings b ON b.id = p.building_id
        WHERE a.id = ?`,
    )
    .get(accountId);
  if (!row) throw new AppError('NOT_FOUND', `Лицевой счёт не найден (код ${accountId}).`);
  return row;
}

function payeeOf(a: AccountRow): ClaimPayee {
  return {
    name: a.name,
    inn: a.inn,
    kpp: a.kpp,
    ogrn: a.ogrn,
    address: a.companyAddress,
    phone: a.phone,
    bankName: a.bankName ?? '',
    bik: a.bik ?? '',
    correspondentAccount: a.correspondentAccount ?? '',
    settlementAccount: a.settlementAccount ?? '',
  };
}

/** The account's demand before the penalty: enough to know whether it gets letters and how many. */
export interface AccountDemand {
  statement: ClaimStatement;
  /** Why the account gets no letter (nothing the УК may demand); null otherwise. */
  skipped: string | null;
  addressees: ClaimAddressee[];
  shares: Share[];
  /** Each addressee's part of the demanded debt; an addressee whose part is 0 kopecks gets no letter. */
  debtParts: number[];
}

export function accountDemand(
  sqlite: Database.Database,
  accountId: number,
  ctx: ClaimContext,
  debt: AccountDebt = readAccountDebt(sqlite, accountId, ctx.asOfDate, ctx.tables),
): AccountDemand {
  const own = debtForCreditor(debt, 'management_company');
  const statement = claimStatement(
    own,
    {
      capital_repair_operator: debtForCreditor(debt, 'capital_repair_operator').overdueKopecks,
      landlord: debtForCreditor(debt, 'landlord').overdueKopecks,
    },
    { includeTimeBarred: ctx.includeTimeBarred },
  );
  const debtors = readDebtors(sqlite, accountId, ctx.asOfDate);
  const addressees: ClaimAddressee[] =
    debtors.length > 0
      ? debtors.map((d) => ({
          fullName: d.fullName,
          role: d.role,
          shareText: d.shareText,
          shareAssumed: d.shareAssumed,
          jointly: d.jointly,
        }))
      : [{ fullName: null, role: null, shareText: null, shareAssumed: false, jointly: [] }];
  // Nobody named in billing: one letter «Собственнику помещения» for the whole.
  const shares = debtors.length > 0 ? debtors.map((d) => d.share) : [{ num: 1, den: 1 }];
  const debtParts = splitByShares(Math.max(0, statement.demandedKopecks), shares);
  let skipped: string | null = null;
  if (statement.demandedKopecks <= 0) {
    skipped =
      own.overdueKopecks > 0
        ? 'вся просроченная задолженность перед УК — за пределами срока исковой давности'
        : 'нет просроченной задолженности перед УК (долг — другим кредиторам или срок оплаты не наступил)';
  } else if (debtParts.every((p) => p <= 0)) {
    skipped = 'часть каждого собственника меньше копейки';
  }
  return { statement, skipped, addressees, shares, debtParts };
}

export function accountClaim(sqlite: Database.Database, accountId: number, ctx: ClaimContext): AccountClaim {
  const a = readAccount(sqlite, accountId);
  const signer = signerFor(sqlite, a.companyId);
  if (!signer) {
    throw new AppError(
      'CLAIMS.NO_SIGNER',
      `Не указан подписант претензий для УК «${a.name}». Укажите его в разделе «Настройки» → «Подписант претензий».`,
    );
  }
  const debt = readAccountDebt(sqlite, accountId, ctx.asOfDate, ctx.tables);
  const demand = accountDemand(sqlite, accountId, ctx, debt);
  const { statement } = demand;
  let engine;
  try {
    engine = calculatePenalty(penaltyInputForAccount(sqlite, accountId, ctx.asOfDate), ctx.tables.penalty, {
      rateDateRule: 'payment-day',
    });
  } catch (error) {
    if (error instanceof PenaltyTableError) {
      throw new AppError(
        error.code,
        `Л/с ${a.number}: пени не рассчитаны — ${error.message}. Дополните правовые таблицы.`,
      );
    }
    throw error;
  }
  const penalty = claimPenalty(engine, debt, 'management_company', { includeTimeBarred: ctx.includeTimeBarred });
  // The address as the mailing lists split it: the postal code per building, the region from the address, else the
  // УК's own address (as form 103 does), else the setting.
  const postalCode = postalCodeFor(sqlite, a.buildingId, a.buildingAddress ?? a.address);
  const companyRegion = a.companyAddress ? splitPostalAddress(a.companyAddress).parts.region : null;
  const split = letterAddress(a, { postalCode, region: companyRegion ?? (ctx.region || null) });
  const account: ClaimAccountFacts = {
    issuedDate: ctx.issuedDate,
    asOfDate: ctx.asOfDate,
    paymentDays: ctx.paymentDays,
    accountNumber: a.number,
    address: a.address,
    postalCode,
    region: split.parts.region ?? ctx.region,
    addressParts: split.problems.length === 0 ? split.parts : null,
    payee: payeeOf(a),
    signer,
    statement,
    penaltyKopecks: penalty.totalKopecks,
  };
  const notes = penaltyNotes(penalty, ctx.tables.penalty, 'payment-day');
  const penaltyView = buildPenaltyCalculationView(
    {
      ...penalty,
      reasons: notes.reasons,
      accountId,
      accountNumber: a.number,
      address: a.address || 'адрес не указан',
      companyName: a.name,
      companyInn: a.inn,
      rateDateRule: 'payment-day',
      tablesAsOf: ctx.tables.penalty.asOf,
      rateDates: notes.rateDates,
      moratoria: notes.moratoria,
      legalBasis: notes.legalBasis,
    },
    { organisationName: a.name, responsiblePerson: `${signer.position} ${signer.fullName}` },
  );
  penaltyView.facts.unshift({ label: 'Приложение 2', value: `к претензии от ${formatRuDate(ctx.issuedDate)}` });
  penaltyView.facts.push({
    label: 'Что включено',
    value:
      'пени на задолженность перед управляющей организацией; взносы на капитальный ремонт и плата за наём — долг другим кредиторам, в расчёт не включены' +
      (penalty.proportional
        ? '; в месяцах, где начислена плата за наём, пени — на долю начислений управляющей организации'
        : '') +
      (penalty.timeBarredPeriods.length > 0 ? '; месяцы за пределами срока исковой давности не включены' : ''),
  });
  const penaltyParts = splitByShares(penalty.totalKopecks, demand.shares);
  const letters: ClaimLetterParts[] =
    demand.skipped !== null
      ? []
      : demand.addressees.flatMap((addressee, i) => {
          const debtKopecks = demand.debtParts[i] ?? 0;
          // An addressee whose part of the debt rounds to 0 kopecks gets no letter.
          if (debtKopecks <= 0) return [];
          const penaltyKopecks = penaltyParts[i] ?? 0;
          return [
            {
              addressee,
              recipientName: addressee.fullName ?? 'Собственнику помещения',
              debtKopecks,
              penaltyKopecks,
              totalKopecks: debtKopecks + penaltyKopecks,
            },
          ];
        });
  return {
    accountId,
    accountNumber: a.number,
    skipped: demand.skipped,
    account,
    penaltyView,
    demandedKopecks: statement.demandedKopecks,
    penaltyKopecks: penalty.totalKopecks,
    tablesVersion: penalty.tablesVersion,
    letters,
  };
}
