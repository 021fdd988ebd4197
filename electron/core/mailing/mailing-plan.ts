/**
 * @file What the mailing lists of a claim batch will hold, before anything is written: the letters grouped by the
 * УК whose claims they are (each УК is the sender of its own form 103 and upload file), each letter's address
 * split into the post's fields with the building's postal code, its fees by the tariff in force on the handover
 * date, the handover date moved to a working day by the production calendar, and the one notice setting both
 * the list and the file read. The screen shows this plan; the export renders it.
 */
import type Database from 'better-sqlite3';
import { eq, inArray, like, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts, managementCompanies } from '../../../shared/db/schema';
import { mailItems, postalCodes } from '../../../shared/db/schema-documents';
import { PRODUCTION_CALENDAR } from '../../../shared/calendar/production-calendar-data';
import { firstWorkingDayFrom, type WorkingDayShift } from '../../../shared/calendar/working-day';
import { mailNoticeOfCode, type MailNotice } from '../../../shared/documents/mailing/mail-notice';
import {
  letterAddress,
  splitPostalAddress,
  type PostalAddressParts,
} from '../../../shared/documents/mailing/postal-address';
import { letterFees, sumFees, type LetterFees, type PostalTariff } from '../../../shared/documents/mailing/postal-fees';
import { AppError } from '../app-error';
import { documentRule } from '../documents/document-rules';
import { localityCodes } from './building-postal-codes';
import { batchInfo, mailItemsOf, type MailItemRow } from './mail-items';
import { tariffOn } from './postal-tariffs';

export interface MailingOptions {
  /** The day the letters are handed to the post (or the courier); today when omitted. */
  handoverDate?: string | undefined;
  /** The notice of delivery; the setting `claim_mail_notice` when omitted. */
  notice?: MailNotice | undefined;
}

export type PostalCodeSource = 'building' | 'locality' | 'none';

export interface PlannedLetter extends MailItemRow {
  parts: PostalAddressParts;
  addressLine: string;
  addressProblems: string[];
  postalCodeSource: PostalCodeSource;
  fees: LetterFees;
}

export interface SenderGroup {
  companyId: number;
  name: string;
  inn: string;
  address: string;
  /** «<batch>/<n>»: unique among the lists of the batch (each УК hands over its own list). */
  listNumber: string;
  letters: PlannedLetter[];
  massGrams: number;
  fees: LetterFees;
}

export interface MailingPlan {
  batchId: number;
  batchTitle: string;
  handover: WorkingDayShift;
  notice: MailNotice;
  tariff: PostalTariff;
  senders: SenderGroup[];
  letters: number;
  fees: LetterFees;
}

/** The handover date: the one asked for (or today), moved to the first working day on or after it. */
export function handoverDay(requested: string): WorkingDayShift {
  return firstWorkingDayFrom(requested, PRODUCTION_CALENDAR);
}

export function defaultNotice(sqlite: Database.Database, onDate: string): MailNotice {
  const code = documentRule(sqlite, 'claim_mail_notice', onDate);
  const notice = mailNoticeOfCode(code);
  if (!notice)
    throw new AppError(
      'DOCUMENTS.RULE_MISSING',
      `Правило «claim_mail_notice» = ${code}: допустимы 0 (без уведомления), 1 (простое), 2 (заказное), 3 (электронное).`,
    );
  return notice;
}

export function planMailing(
  sqlite: Database.Database,
  batchId: number,
  today: string,
  options: MailingOptions = {},
): MailingPlan {
  const batch = batchInfo(sqlite, batchId);
  const handover = handoverDay(options.handoverDate ?? today);
  const notice = options.notice ?? defaultNotice(sqlite, handover.date);
  const tariff = tariffOn(sqlite, handover.date);
  const items = mailItemsOf(sqlite, batchId, handover.date);
  if (items.length === 0)
    throw new AppError('MAILING.EMPTY', `В пакете № ${batchId} нет писем: списки отправки делать не из чего.`);

  const db = drizzleOf(sqlite);
  const own = new Map(
    db
      .select({ scope: postalCodes.scope, code: postalCodes.postalCode })
      .from(postalCodes)
      .where(like(postalCodes.scope, 'building:%'))
      .all()
      .map((r) => [Number(r.scope.slice('building:'.length)), r.code]),
  );
  const localities = localityCodes(sqlite);
  const senderIds = db
    .selectDistinct({ id: accounts.managementCompanyId })
    .from(mailItems)
    .innerJoin(accounts, eq(accounts.id, mailItems.accountId))
    .where(eq(mailItems.batchId, batchId));
  const companies = new Map(
    db
      .select({
        id: managementCompanies.id,
        name: managementCompanies.name,
        inn: managementCompanies.inn,
        address: sql<string>`coalesce(${managementCompanies.address}, '')`,
      })
      .from(managementCompanies)
      .where(inArray(managementCompanies.id, senderIds))
      .all()
      .map((c) => [c.id, { ...c, region: splitPostalAddress(c.address).parts.region }]),
  );

  const groups = new Map<number, PlannedLetter[]>();
  for (const item of items) {
    const company = companies.get(item.companyId);
    const ownCode = item.buildingId === null ? undefined : own.get(item.buildingId);
    const localityCode = localities.find((l) => (item.buildingAddress ?? item.address).startsWith(l.scope))?.code;
    const postalCode = ownCode ?? localityCode ?? null;
    const split = letterAddress(item, { postalCode, region: company?.region ?? null });
    const letter: PlannedLetter = {
      ...item,
      postalCode,
      parts: split.parts,
      addressLine: split.line,
      addressProblems: split.problems,
      postalCodeSource: ownCode ? 'building' : localityCode ? 'locality' : 'none',
      fees: letterFees(item.massGrams, notice, tariff),
    };
    groups.set(item.companyId, [...(groups.get(item.companyId) ?? []), letter]);
  }

  const senders = [...groups.entries()]
    .map(([companyId, letters]) => {
      const c = companies.get(companyId);
      return {
        companyId,
        name: c?.name ?? `УК № ${companyId}`,
        inn: c?.inn ?? '',
        address: c?.address ?? '',
        listNumber: '',
        letters,
        massGrams: letters.reduce((s, l) => s + l.massGrams, 0),
        fees: sumFees(letters.map((l) => l.fees)),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'ru') || a.companyId - b.companyId)
    .map((g, i) => ({ ...g, listNumber: `${batchId}/${i + 1}` }));
  return {
    batchId,
    batchTitle: batch.title,
    handover,
    notice,
    tariff,
    senders,
    letters: items.length,
    fees: sumFees(senders.map((g) => g.fees)),
  };
}
