/**
 * @file API methods of mailing claim letters (measure 5 delivery): the plan and files of a batch's mailing lists
 * (form 103 and the post's upload file per sending УК, courier receipts and route sheet), letters and their
 * tracking numbers and delivery, postal codes per building, the post's tariffs. Spread into contract.ts.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import { MAIL_NOTICES, type MailNotice } from '../documents/mailing/mail-notice';

const Id = z.number().int().positive();

const Kopecks = z
  .number()
  .int('Сумма — в копейках, целым числом.')
  .min(0, 'Сумма не может быть отрицательной.')
  .max(100_000_00, 'Слишком большая сумма.');

const MailingOptions = {
  batchId: Id,
  /** The handover date asked for; today when omitted. Moved to the next working day. */
  handoverDate: isoDateSchema('Дата сдачи').optional(),
  /** The notice of delivery; the setting when omitted. */
  notice: z.enum(MAIL_NOTICES).optional(),
};

export const mailingApiInputs = {
  /** What the mailing lists would hold: letters per sending УК, fees, handover date, notice, address problems. */
  'mailing.plan': z.object(MailingOptions).strict(),
  /** Form 103 (PDF) and the post's upload file (CSV) per sending УК; courier receipts and route sheet. */
  'mailing.export': z.object(MailingOptions).strict(),
  /** The letters of a claim batch with tracking numbers and delivery outcomes (first 2 000). */
  'mailing.letters': z.object({ batchId: Id }).strict(),
  /** Tracking numbers from the post: lines «номер заказа;ШПИ». */
  'mailing.importTracking': z
    .object({ batchId: Id, text: z.string().min(1, 'Вставьте строки «номер заказа;ШПИ».').max(2_000_000) })
    .strict(),
  'mailing.setOutcome': z
    .object({
      mailItemId: Id,
      outcome: z.enum(['delivered', 'returned', 'refused']),
      date: isoDateSchema('Дата вручения'),
    })
    .strict(),
  /** Buildings with their postal code (own, the locality's, or none). */
  'mailing.postalCodes': z
    .object({
      onlyWithout: z.boolean().default(false),
      search: z.string().max(200).default(''),
      limit: z.number().int().min(1).max(5000).default(300),
    })
    .strict(),
  /** Sets (or with null removes) a building's own postal code. */
  'mailing.setPostalCode': z.object({ buildingId: Id, postalCode: z.string().trim().max(20).nullable() }).strict(),
  /** Postal codes per building from a CSV file (base64 of its bytes): all or nothing. */
  'mailing.importPostalCodes': z
    .object({
      fileName: z.string().max(300).default(''),
      base64: z.string().min(1, 'Выберите файл.').max(14_000_000, 'Файл больше 10 МБ.'),
    })
    .strict(),
  /** The post's tariff editions. */
  'mailing.tariffs': z.object({}).strict(),
  /** A new tariff edition (administrator): amounts without VAT, in kopecks; VAT in hundredths of a percent. */
  'mailing.saveTariff': z
    .object({
      validFromDate: isoDateSchema('Действуют с'),
      letterKopecks: Kopecks.refine((v) => v > 0, 'Укажите плату за пересылку письма.'),
      letterStepKopecks: Kopecks,
      noticeSimpleKopecks: Kopecks,
      noticeOrderedKopecks: Kopecks,
      noticeElectronicKopecks: Kopecks,
      vatBasisPoints: z.number().int().min(0, 'НДС — от 0 до 30 %.').max(3000, 'НДС — от 0 до 30 %.'),
      note: z.string().trim().min(3, 'Укажите источник: «тарифы Почты России с …».').max(500),
    })
    .strict(),
} as const;

export interface MailingSenderView {
  companyId: number;
  name: string;
  inn: string;
  address: string;
  listNumber: string;
  letters: number;
  massGrams: number;
  postageKopecks: number;
  noticeKopecks: number;
  vatKopecks: number;
  totalKopecks: number;
  /** Letters with no postal code at all. */
  withoutPostalCode: number;
  /** Letters whose code is the locality's, not the building's own. */
  localityPostalCode: number;
}

export interface MailingPlanView {
  batchId: number;
  batchTitle: string;
  handover: { requested: string; date: string; moved: boolean; covered: boolean; explanation: string | null };
  notice: MailNotice;
  /** «заказное письмо с простым уведомлением о вручении»: as form 103 prints it. */
  mailKindText: string;
  tariff: PostalTariffView;
  letters: number;
  totalKopecks: number;
  senders: MailingSenderView[];
  withoutPostalCode: number;
  localityPostalCode: number;
  /** Letters whose address could not be split into the post's fields (first 200). */
  addressProblems: Array<{ orderNumber: string; address: string; problems: string[] }>;
  addressProblemCount: number;
  /** Everything the clerk must know before handing the letters over, in Russian. */
  warnings: string[];
}

export interface MailingFileView {
  kind: 'form103_pdf' | 'form103_csv' | 'courier_receipts' | 'route_sheet';
  documentId: number;
  filePath: string;
  fileName: string;
  companyId: number | null;
}

export interface MailingExportResult extends MailingPlanView {
  folder: string;
  files: MailingFileView[];
}

export interface MailLetterView {
  id: number;
  orderNumber: string;
  recipientName: string;
  address: string;
  postalCode: string | null;
  accountNumber: string;
  totalKopecks: number;
  trackingNumber: string | null;
  outcome: 'pending' | 'delivered' | 'returned' | 'refused';
  outcomeDate: string | null;
}

export interface BuildingPostalCodeView {
  buildingId: number;
  address: string;
  companyName: string;
  postalCode: string | null;
  localityCode: string | null;
}

export interface PostalTariffView {
  validFromDate: string;
  letterKopecks: number;
  letterStepKopecks: number;
  noticeSimpleKopecks: number;
  noticeOrderedKopecks: number;
  noticeElectronicKopecks: number;
  vatBasisPoints: number;
  confirmed: boolean;
  note: string;
}

export interface MailingApiOutputs {
  'mailing.plan': MailingPlanView;
  'mailing.export': MailingExportResult;
  'mailing.letters': MailLetterView[];
  'mailing.importTracking': { updated: number };
  'mailing.setOutcome': { mailItemId: number; outcome: 'delivered' | 'returned' | 'refused'; date: string };
  'mailing.postalCodes': { buildings: BuildingPostalCodeView[]; total: number; withoutOwn: number; withoutAny: number };
  'mailing.setPostalCode': { buildingId: number; postalCode: string | null };
  'mailing.importPostalCodes': { updated: number; unchanged: number };
  'mailing.tariffs': Array<PostalTariffView & { userName: string; createdAtMs: number }>;
  'mailing.saveTariff': Array<PostalTariffView & { userName: string; createdAtMs: number }>;
}

export type { MailNotice };
