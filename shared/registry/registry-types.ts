/**
 * @file What the registry screen and the account card receive from the core.
 * Money in integer kopecks, dates 'YYYY-MM-DD', billing periods 'YYYY-MM'.
 */
import type { BracketCode, DebtBracket } from './brackets';
import type { JournalEntry } from '../api/contract';

export type Tenure = 'owner' | 'social_tenant';
export type AccountStatus = 'open' | 'closed';

export interface RegistryRow {
  accountId: number;
  number: string;
  /** «г. Красногорск, ул. Ленина, д. 5, кв. 12». */
  address: string;
  companyName: string;
  debtKopecks: number;
  monthsInArrears: number;
  /** Oldest unpaid billing month, 'YYYY-MM', or null. */
  debtSincePeriod: string | null;
  bracket: BracketCode;
  lastPaymentDate: string | null;
  lastPaymentKopecks: number | null;
  tenure: Tenure;
  status: AccountStatus;
  /** Main person's name (the first owner or tenant), for the clerk's eye; null when none is known. */
  mainPerson: string | null;
}

export interface RegistryPage {
  total: number;
  totalDebtKopecks: number;
  rows: RegistryRow[];
  /** Time the query took in the core, ms (shown to keep the 200 ms budget honest). */
  tookMs: number;
}

export interface RegistryFilterOptions {
  companies: Array<{ id: number; name: string }>;
  buildings: Array<{ id: number; address: string; companyId: number }>;
  brackets: DebtBracket[];
}

export type PersonRole = 'owner' | 'tenant' | 'family' | 'registered';

export interface CardPerson {
  personId: number;
  fullName: string;
  role: PersonRole;
  share: { num: number; den: number } | null;
  birthDate: string | null;
  birthPlace: string | null;
  snils: string | null;
  inn: string | null;
  passport: string | null;
  phone: string | null;
  smsConsent: boolean | null;
  /** Identifiers a court application needs that are missing, in Russian: «СНИЛС», «ИНН», «дата рождения» … */
  missing: string[];
}

/** One billing month of the account as the law counts it (shared/debt/account-debt.ts). */
export interface LedgerMonth {
  period: string;
  chargedKopecks: number;
  /** Payments allocated to this month (named month first, else the oldest due). */
  paidKopecks: number;
  /** Still unpaid. */
  openKopecks: number;
  /** The last day of payment on time. */
  dueDate: string;
  /** The last day of the limitation period; null while a court order suspends it. */
  limitationExpiresOn: string | null;
  status: 'paid' | 'not_yet_due' | 'overdue' | 'time_barred';
  services: Array<{
    service: string;
    creditor: 'management_company' | 'capital_repair_operator' | 'landlord';
    chargedKopecks: number;
    paidKopecks: number;
    openKopecks: number;
  }>;
}

/** Who answers for the account's debt, and for how much of the overdue part. */
export interface CardDebtor {
  personId: number;
  fullName: string;
  role: 'owner' | 'tenant';
  /** '1/3'; null for a whole share. */
  shareText: string | null;
  /** The data gave no shares: the owners were counted equal. */
  shareAssumed: boolean;
  /** Adult family members of a social tenant, jointly liable. */
  jointly: string[];
  overdueKopecks: number;
}

export interface CardPayment {
  id: number;
  date: string;
  amountKopecks: number;
  period: string | null;
  source: string | null;
  documentNumber: string | null;
}

export interface AccountCard {
  accountId: number;
  number: string;
  tenure: Tenure;
  status: AccountStatus;
  pausedUntilDate: string | null;
  pauseReason: string | null;
  address: string;
  buildingId: number | null;
  entrance: number | null;
  apartment: string | null;
  /** m², as text with a dot, e.g. '54.3'. */
  area: string | null;
  ownershipForm: 'private' | 'municipal' | null;
  company: { id: number; name: string; inn: string; phone: string | null };
  persons: CardPerson[];
  debtors: CardDebtor[];
  /** Newest first. */
  ledger: LedgerMonth[];
  payments: CardPayment[];
  totals: {
    /** The day the debt is counted for (today). */
    asOfDate: string;
    chargedKopecks: number;
    paidKopecks: number;
    /** Overdue debt: the due date has passed (time-barred part included). */
    debtKopecks: number;
    notYetDueKopecks: number;
    timeBarredKopecks: number;
    /** charged − paid. */
    balanceKopecks: number;
    advanceKopecks: number;
    monthsInArrears: number;
    debtSincePeriod: string | null;
    lastPaymentDate: string | null;
    bracket: BracketCode;
  };
  timeline: JournalEntry[];
}
