/**
 * @file API methods of the paper documents (measures 5 and 6): claim batches, stairwell notices and their posting
 * journal, the document registry (the mailing of claims: contract-mailing.ts). Spread into the one contract in
 * contract.ts.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import { BRACKET_CODES } from '../registry/brackets';

const Id = z.number().int().positive();
const DateText = isoDateSchema('Дата');

const ClaimSelection = {
  bracket: z.enum(BRACKET_CODES),
  companyId: Id.nullable().default(null),
  /** The date the debt and penalty are stated on; today when omitted. */
  asOfDate: DateText.optional(),
  /** At most this many accounts in the batch (0 = all). */
  limit: z.number().int().min(0).max(50_000).default(0),
};

const SignerInput = z
  .object({
    fullName: z
      .string({ error: 'Укажите ФИО подписанта.' })
      .trim()
      .min(5, 'Укажите ФИО подписанта полностью.')
      .max(200, 'ФИО длиннее 200 знаков.'),
    position: z
      .string({ error: 'Укажите должность подписанта.' })
      .trim()
      .min(3, 'Укажите должность подписанта.')
      .max(200, 'Должность длиннее 200 знаков.'),
    phone: z
      .string({ error: 'Укажите телефон для справок.' })
      .trim()
      .min(5, 'Укажите телефон для справок.')
      .max(60, 'Телефон длиннее 60 знаков.')
      .refine((v) => (v.match(/\d/g) ?? []).length >= 5, 'В телефоне должно быть не меньше 5 цифр.'),
  })
  .strict();

export const documentsApiInputs = {
  /**
   * How many accounts and letters a claim batch would cover, and who is left out and why (the rule book's
   * measure 5 as the card evaluates it, the cooldown, no bank details, nothing the УК may demand).
   */
  'claims.preview': z.object(ClaimSelection).strict(),
  /** Records the batch and starts generating it as a job (progress via jobs.get, cancel via documents.cancel). */
  'claims.start': z.object(ClaimSelection).strict(),
  /** The accounts a batch left out, in print order, with the reasons. */
  'claims.exclusions': z.object({ batchId: Id }).strict(),
  /** The signers of claims (default and per УК) and the letter settings. */
  'claims.settings': z.object({}).strict(),
  /** Sets or (signer null) removes the default signer (companyId null) or a УК's own (administrator only). */
  'claims.saveSigner': z.object({ companyId: Id.nullable(), signer: SignerInput.nullable() }).strict(),
  /** Region in the address window, payment term, whether time-barred months are demanded (administrator only). */
  'claims.saveLetterSettings': z
    .object({
      region: z.string().trim().max(100, 'Регион длиннее 100 знаков.'),
      paymentDays: z
        .number()
        .int()
        .min(1, 'Срок оплаты — не меньше 1 дня.')
        .max(90, 'Срок оплаты — не больше 90 дней.'),
      includeTimeBarred: z.boolean(),
    })
    .strict(),
  /** Batches of claims and notices, newest first. */
  'documents.batches': z.object({ kind: z.enum(['claims', 'notices']).nullable().default(null) }).strict(),
  /** The files a batch made (print file, per-account copies), in order: to fetch each with documents.file. */
  'documents.ofBatch': z.object({ batchId: Id }).strict(),
  /** Asks a running batch to stop before its next chunk. */
  'documents.cancel': z.object({ batchId: Id }).strict(),
  /** A generated file from the registry, to open or print (base64). */
  'documents.file': z.object({ documentId: Id }).strict(),
  /** Opens a registered document in the system's PDF viewer (desktop application only; the browser opens a tab). */
  'documents.openInViewer': z.object({ documentId: Id }).strict(),
  /**
   * Buildings with the number of flats the rule book's measure-6 conditions list today, and those conditions
   * (read-only here: they are edited on the Rules page). No threshold of its own.
   */
  'notices.buildings': z.object({}).strict(),
  /** What the notices of the chosen buildings would show today, and the flats in debt left out, by reason. */
  'notices.preview': z.object({ buildingIds: z.array(Id).min(1, 'Выберите хотя бы один дом.').max(200) }).strict(),
  /** Generates the notices (small entrances: totals only, nothing to confirm). */
  'notices.generate': z.object({ buildingIds: z.array(Id).min(1, 'Выберите хотя бы один дом.').max(200) }).strict(),
  'notices.recordPosting': z
    .object({
      documentId: Id,
      entrance: z.number().int().min(0).nullable().default(null),
      postedDate: DateText,
      place: z.string().trim().min(2, 'Укажите, где размещено объявление.').max(300),
    })
    .strict(),
  'notices.postings': z.object({}).strict(),
} as const;

export type ClaimExclusionKind = 'rules' | 'cooldown' | 'no_payee' | 'nothing_due';

export interface ClaimExclusionView {
  accountId: number;
  number: string;
  address: string;
  kind: ClaimExclusionKind;
  /** Russian: «по правилам (мероприятие 5): ждём оплату по обещанию (обещана оплата до 05.12.2026)». */
  reason: string;
}

export interface ClaimPreview {
  asOfDate: string;
  accounts: number;
  /** Letters: one per debtor (each owner by share; the tenant of a social-tenancy flat). */
  letters: number;
  cooldownDays: number;
  /** Days to pay from the day the claim is received. */
  paymentDays: number;
  /** The rule book version the accounts were evaluated by. */
  ruleVersion: string;
  /** «Не включены 5 л/с: …», or empty. */
  excludedSummary: string;
  /** Accounts left out, in print order (first 500). */
  excluded: ClaimExclusionView[];
  excludedCount: number;
  /** Why a batch would be refused for want of a signer; null when every УК has one. */
  signerProblem: string | null;
  /** The first accounts in print order. */
  sample: Array<{ accountId: number; number: string; address: string; debtKopecks: number; letters: number }>;
}

export interface ClaimSigner {
  fullName: string;
  position: string;
  phone: string;
}

export interface ClaimSignersView {
  defaultSigner: ClaimSigner | null;
  companies: Array<{ companyId: number; name: string; signer: ClaimSigner | null }>;
}

export interface ClaimLetterSettings {
  /** «Московская обл.»: printed in the address window. */
  region: string;
  /** Days to pay from the day the claim is received. */
  paymentDays: number;
  /** Demand months past the limitation period too (otherwise marked and left out). */
  includeTimeBarred: boolean;
}

export interface ClaimSettingsView {
  signers: ClaimSignersView;
  letters: ClaimLetterSettings;
}

export interface DocumentBatchView {
  id: number;
  kind: 'claims' | 'notices' | 'restriction_warnings';
  title: string;
  asOfDate: string;
  status: 'running' | 'done' | 'cancelled' | 'failed';
  totalItems: number;
  doneItems: number;
  summary: string | null;
  /** Registry id of the print-ready file, when made. */
  printDocumentId: number | null;
  userName: string;
  createdAtMs: number;
}

/** One file of a batch, as `documents.ofBatch` lists it. */
export interface BatchDocumentView {
  documentId: number;
  kind: string;
  fileName: string;
  accountId: number | null;
  buildingId: number | null;
}

export interface DocumentFile {
  fileName: string;
  savedPath: string;
  base64: string;
  sha256: string;
}

export interface NoticeBuildingView {
  id: number;
  address: string;
  entrances: number | null;
  flats: number;
  /** Flats the rule book's measure-6 conditions list today. */
  listedFlats: number;
}

/** The rule book's measure-6 conditions the notices follow (shown read-only; edited on the Rules page). */
export interface NoticeRuleView {
  /** The day of the evaluation: the card's today. */
  asOfDate: string;
  ruleVersion: string;
  /** Every condition, as the Rules page reads them («счёт: счёт открыт», «долг ≥ 10 000 ₽»). */
  allConditions: string[];
  /** The ones printed on the notice («долг ≥ 10 000 ₽», «месяцев просрочки ≥ 3»). */
  conditions: string[];
  /** Entrances with no more flats than this get the entrance's totals only (document rule, data). */
  fewFlatsLimit: number;
}

export interface NoticeBuildingsView extends NoticeRuleView {
  buildings: NoticeBuildingView[];
}

export interface NoticeEntranceView {
  buildingId: number;
  buildingAddress: string;
  entrance: number | null;
  flats: number;
  /** 'list': flat by flat; 'totals': the entrance's total and number of flats only (few flats). */
  mode: 'list' | 'totals';
  /** The printed lines; empty for 'totals'. */
  rows: Array<{ apartment: string; debtKopecks: number }>;
  debtorFlats: number;
  totalKopecks: number;
}

/** Flats with a debt the rules leave out, by reason. */
export interface NoticeLeftOutView {
  reason: string;
  flats: number;
}

export interface NoticePreview extends NoticeRuleView {
  entrances: NoticeEntranceView[];
  leftOut: NoticeLeftOutView[];
  withoutDebtFlats: number;
  /** Notes to read before printing (small entrances). */
  notes: string[];
  /** The same summary the batch will carry. */
  summary: string;
}

export interface NoticeGenerateResult {
  batchId: number;
  documents: Array<{
    documentId: number;
    buildingId: number;
    buildingAddress: string;
    entrances: number[];
    filePath: string;
  }>;
  printFile: string;
  printDocumentId: number;
  pages: number;
  listedFlats: number;
  totalsOnlyEntrances: number;
  leftOut: NoticeLeftOutView[];
  notes: string[];
  summary: string;
}

export interface NoticePostingView {
  id: number;
  documentId: number;
  buildingAddress: string;
  entrance: number | null;
  postedDate: string;
  place: string;
  userName: string;
  atMs: number;
}

export interface DocumentsApiOutputs {
  'claims.preview': ClaimPreview;
  'claims.start': {
    batchId: number;
    jobId: string;
    accounts: number;
    letters: number;
    title: string;
    excludedSummary: string;
  };
  'claims.exclusions': ClaimExclusionView[];
  'claims.settings': ClaimSettingsView;
  'claims.saveSigner': ClaimSettingsView;
  'claims.saveLetterSettings': ClaimSettingsView;
  'documents.batches': DocumentBatchView[];
  'documents.ofBatch': BatchDocumentView[];
  'documents.cancel': { batchId: number; cancelRequested: boolean };
  'documents.file': DocumentFile;
  'documents.openInViewer': { savedPath: string };
  'notices.buildings': NoticeBuildingsView;
  'notices.preview': NoticePreview;
  'notices.generate': NoticeGenerateResult;
  'notices.recordPosting': NoticePostingView;
  'notices.postings': NoticePostingView[];
}
