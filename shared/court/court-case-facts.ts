/**
 * @file The facts of one court case as its documents need them (shared, pure types): the core builds them from the
 * database (electron/core/court/case-facts.ts), the templates (shared/documents/court/) only lay them out. Every sum
 * is computed once, here, so the application, the calculations, the register and the manifest cannot disagree.
 *
 * Money in kopecks, dates 'YYYY-MM-DD', months 'YYYY-MM'.
 */
import type { CaseKind } from './state-duty';
import type { PenaltyLine } from '../rules/penalty/penalty-types';

/** The kinds of documents a case produces; each is a separate text PDF in the package. */
export const COURT_DOCUMENT_KINDS = [
  'application', // заявление о вынесении судебного приказа / исковое заявление
  'debt_calculation', // расчёт задолженности by month
  'penalty_calculation', // расчёт пени, court-ready
  'attachments', // перечень приложений
  'cover_letter', // сопроводительное письмо
  'duty_offset_petition', // заявление о зачёте госпошлины (lawsuit after a cancelled order)
] as const;
export type CourtDocumentKind = (typeof COURT_DOCUMENT_KINDS)[number];

/** Russian titles, as on the documents and in the manifest. */
export const COURT_DOCUMENT_TITLES: Record<CourtDocumentKind | 'register', string> = {
  application: 'Заявление',
  debt_calculation: 'Расчёт задолженности',
  penalty_calculation: 'Расчёт пени',
  attachments: 'Перечень приложений',
  cover_letter: 'Сопроводительное письмо',
  duty_offset_petition: 'Заявление о зачёте госпошлины',
  register: 'Реестр заявлений',
};

export interface CourtFacts {
  id: number;
  kind: 'magistrate' | 'district';
  name: string;
  /** «мировому судье судебного участка № 123 Красногорского судебного района Московской области». */
  addressee: string;
  address: string;
  code: string | null;
}

/** The claimant: the УК (the creditor), with its details and its representative. */
export interface ClaimantFacts {
  name: string;
  inn: string;
  kpp: string | null;
  ogrn: string | null;
  address: string | null;
  phone: string | null;
  bankName: string | null;
  bik: string | null;
  correspondentAccount: string | null;
  settlementAccount: string | null;
  /** Who signs for the УК, and by which power of attorney («по доверенности от 10.01.2026 № 5»). */
  representative: { fullName: string; position: string; powerOfAttorney: string; phone: string };
}

/** A debtor as ГПК ст.124 asks: ФИО, birth date and place, residence, one identifier — or «неизвестны взыскателю». */
export interface DebtorFacts {
  personId: number;
  fullName: string;
  birthDate: string | null;
  birthPlace: string | null;
  /** Place of residence (the premises' address unless billing gives another). */
  residence: string;
  /** The identifiers present, as printed: «СНИЛС 123-456-789 01», «паспорт 4510 123456». */
  identifiers: string[];
  /** True when the clerk confirmed «сведения неизвестны взыскателю» for what is missing. */
  identifiersUnknownConfirmed: boolean;
  /** What was missing when confirmed unknown («дата и место рождения»). */
  missingText: string | null;
}

/** One billing month of the debt calculation (the account's figures; the share applies to the total). */
export interface CaseMonth {
  period: string;
  dueDate: string;
  chargedKopecks: number;
  paidKopecks: number;
  /** Unpaid as of the case's as-of date (only the УК's services). */
  openKopecks: number;
  /** The month's limitation has expired on the as-of date. */
  timeBarred: boolean;
  /** The month is in the claim (not time-barred, or included with the clerk's note). */
  included: boolean;
}

/** A payment as the penalty calculation lists it. */
export interface CasePayment {
  date: string;
  kopecks: number;
  /** The month it paid (by the allocation rule), 'YYYY-MM', or null for an advance. */
  period: string | null;
}

export interface CaseFacts {
  caseId: number;
  kind: CaseKind;
  /** The document date (the day the documents are made). */
  documentDate: string;
  /** The debt is counted as of this date. */
  asOfDate: string;
  court: CourtFacts;
  claimant: ClaimantFacts;
  /** The main debtor first; for a social tenancy, the adult family members jointly liable follow. */
  debtors: DebtorFacts[];
  jointly: boolean;
  accountNumber: string;
  premisesAddress: string;
  /** «собственник 1/3 доли», «наниматель по договору социального найма». */
  debtorBasis: string;
  /** '1/3' or null for a whole share / a tenant. */
  shareText: string | null;
  periodFrom: string;
  periodTo: string;
  /** Every month from the first unpaid one to the last in the claim, included or not. */
  months: CaseMonth[];
  payments: CasePayment[];
  /** The account's unpaid sum over the included months, and the debtor's part of it. */
  accountPrincipalKopecks: number;
  principalKopecks: number;
  /** The penalty over the included months as of the as-of date: the account's, and the debtor's part. */
  accountPenaltyKopecks: number;
  penaltyKopecks: number;
  penaltyLines: PenaltyLine[];
  /** principal + penalty (the debtor's). */
  claimKopecks: number;
  dutyKopecks: number;
  /** Duty of the cancelled order offset toward this lawsuit. */
  dutyOffsetKopecks: number;
  /** The payment orders of the duty («п/п № 123 от 05.12.2026 на 2 000,00 руб.»). */
  dutyPayments: Array<{ number: string; date: string; kopecks: number; payer: string }>;
  dutyExemptReason: string | null;
  timeBarredIncluded: boolean;
  timeBarredNote: string | null;
  /** Lawsuit after cancellation: the cancelled order's number and dates. */
  cancelledOrder: { number: string; issuedDate: string; cancelledDate: string; court: string } | null;
  /** The attachments as the list and the application name them. */
  attachments: string[];
  /** The signer of the calculations (the office's responsible person or the УК's representative). */
  calculationSigner: { fullName: string; position: string };
}

/** One line of the register of applications sent to one court. */
export interface CourtRegisterRow {
  caseId: number;
  kind: CaseKind;
  debtorName: string;
  accountNumber: string;
  premisesAddress: string;
  claimantName: string;
  periodFrom: string;
  periodTo: string;
  principalKopecks: number;
  penaltyKopecks: number;
  claimKopecks: number;
  dutyKopecks: number;
  /** Pages of the case's documents in the package. */
  pages: number;
}

/** The register (реестр) of the applications of one package to one court. */
export interface CourtRegisterFacts {
  court: CourtFacts;
  documentDate: string;
  /** The office that sends the package (settings: organisation name) and who signs the register. */
  sender: string;
  signer: { fullName: string; position: string };
  rows: CourtRegisterRow[];
}
