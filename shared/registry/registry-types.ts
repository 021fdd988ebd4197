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

export interface LedgerMonth {
  period: string;
  chargedKopecks: number;
  paidKopecks: number;
  /** Running balance after this month (positive = owed). */
  balanceKopecks: number;
  services: Array<{ service: string; kopecks: number }>;
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
  ledger: LedgerMonth[];
  payments: CardPayment[];
  totals: {
    chargedKopecks: number;
    paidKopecks: number;
    debtKopecks: number;
    monthsInArrears: number;
    debtSincePeriod: string | null;
    lastPaymentDate: string | null;
    bracket: BracketCode;
  };
  timeline: JournalEntry[];
}
