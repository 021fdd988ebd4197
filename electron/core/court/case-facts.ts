/**
 * @file The facts of one court case as its documents need them (CaseFacts, shared/court/court-case-facts.ts) — the
 * one builder, so the application, the calculations, the attachments list, the register and the package manifest
 * cannot disagree.
 *
 * The sums are the case's own, fixed when it was prepared (court_cases: principal, penalty, claim, duty, offset);
 * the months and the penalty lines are recomputed as of the case's as-of date (case-debt.ts). When the recomputed
 * account figures no longer give the case's sums (a payment or a charge was entered for those months since), the
 * documents are refused with the case named: documents whose calculation disagrees with their claim must never
 * be printed — the clerk prepares the case again.
 */
import type Database from 'better-sqlite3';
import { and, eq, inArray } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts, buildings, managementCompanies, persons, premises } from '../../../shared/db/schema';
import { courtCases, courts, dutyPaymentCases, dutyPayments } from '../../../shared/db/schema-court';
import type { CaseFacts, CourtFacts, DebtorFacts } from '../../../shared/court/court-case-facts';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { periodWords } from '../../../shared/dates/period-words';
import { AppError } from '../app-error';
import { readDebtors } from '../debt/account-debt-repo';
import { organisationForDocuments } from '../documents/document-files';
import { caseDebt, debtorParts } from './case-debt';
import { courtRepresentativeFor } from './court-representatives';
import { MONTHS_GENITIVE } from '../../../shared/dates/date-words';

type CourtRow = typeof courts.$inferSelect;
type CaseRow = typeof courtCases.$inferSelect;

/**
 * The court in the dative, as CourtFacts.addressee (the templates capitalise it for the header): a plot
 * («Судебный участок № 123 …» in the directory) → «мировому судье судебного участка № 123 …»; a district court →
 * «в Красногорский городской суд Московской области».
 */
export function courtAddressee(court: Pick<CourtRow, 'kind' | 'name' | 'plotNumber'>): string {
  const name = court.name.trim();
  if (court.kind === 'district') return `в ${name}`;
  const plot = /^судебн(ый|ого)\s+участ(ок|ка)\s*/i;
  if (plot.test(name)) return `мировому судье судебного участка ${name.replace(plot, '')}`;
  if (/^миров/i.test(name)) return name.charAt(0).toLowerCase() + name.slice(1);
  return `мировому судье судебного участка № ${court.plotNumber ?? '___'} (${name})`;
}

export function courtFactsOf(court: CourtRow): CourtFacts {
  return {
    id: court.id,
    kind: court.kind,
    name: court.name,
    addressee: courtAddressee(court),
    address: court.address,
    code: court.code,
  };
}

/** The identifiers of ГПК ст.124 a person has, as the application prints them. */
function identifiersOf(p: typeof persons.$inferSelect): string[] {
  const out: string[] = [];
  if (p.snils?.trim()) out.push(`СНИЛС ${p.snils.trim()}`);
  if (p.inn?.trim()) out.push(`ИНН ${p.inn.trim()}`);
  if (p.passport?.trim()) out.push(`паспорт ${p.passport.trim()}`);
  if (p.driverLicence?.trim()) out.push(`водительское удостоверение ${p.driverLicence.trim()}`);
  if (p.vehicleCertificate?.trim()) out.push(`свидетельство о регистрации ТС ${p.vehicleCertificate.trim()}`);
  return out;
}

const caseLabel = (c: Pick<CaseRow, 'id' | 'debtorName'>, accountNumber: string): string =>
  `Дело № ${c.id} (л/с ${accountNumber}, ${c.debtorName})`;

function parseIds(json: string): number[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is number => Number.isInteger(x)) : [];
  } catch {
    return [];
  }
}

function parsePeriods(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').sort() : [];
  } catch {
    return [];
  }
}

/** The case's row, or NOT_FOUND in Russian. */
export function readCase(sqlite: Database.Database, caseId: number): CaseRow {
  const row = drizzleOf(sqlite).select().from(courtCases).where(eq(courtCases.id, caseId)).get();
  if (!row) throw new AppError('NOT_FOUND', `Судебного дела № ${caseId} нет в базе.`);
  return row;
}

export function caseFacts(sqlite: Database.Database, caseId: number, documentDate: string): CaseFacts {
  const db = drizzleOf(sqlite);
  const c = readCase(sqlite, caseId);
  const account = db
    .select({
      number: accounts.number,
      tenure: accounts.tenure,
      buildingAddress: buildings.address,
      apartment: premises.apartment,
    })
    .from(accounts)
    .leftJoin(premises, eq(premises.id, accounts.premisesId))
    .leftJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(eq(accounts.id, c.accountId))
    .get();
  if (!account) throw new AppError('NOT_FOUND', `Лицевой счёт дела № ${caseId} не найден.`);
  const label = caseLabel(c, account.number);
  if (c.courtId === null) {
    throw new AppError(
      'COURT.NO_COURT',
      `${label}: суд не определён — дом не сопоставлен с судебным участком или судом. Укажите суд в справочнике судов.`,
    );
  }
  const court = db.select().from(courts).where(eq(courts.id, c.courtId)).get();
  if (!court) throw new AppError('COURT.NO_COURT', `${label}: суд с кодом ${c.courtId} не найден в справочнике.`);

  const company = db.select().from(managementCompanies).where(eq(managementCompanies.id, c.managementCompanyId)).get();
  if (!company) throw new AppError('NOT_FOUND', `${label}: УК с кодом ${c.managementCompanyId} не найдена.`);
  const representative = courtRepresentativeFor(sqlite, company.id);
  if (!representative) {
    throw new AppError(
      'COURT.NOT_ELIGIBLE',
      `${label}: не указан представитель «${company.name}» в суде. Администратор указывает подписанта в разделе «Настройки» → «Подписант претензий».`,
    );
  }

  // The months and the penalty recomputed as of the case's date; the case's sums must still follow from them.
  const includeTimeBarred = c.timeBarredIncluded === 1;
  const debt = caseDebt(sqlite, c.accountId, c.asOfDate, { includeTimeBarred });
  const prepareAgain = (what: string): AppError =>
    new AppError(
      'COURT.NOT_ELIGIBLE',
      `${label}: ${what} изменились после подготовки дела (внесены начисления или оплаты). Документы не сформированы: подготовьте дело заново.`,
    );
  const casePeriods = parsePeriods(c.periodsJson);
  const debtPeriods = [...debt.includedPeriods].sort();
  if (casePeriods.join(',') !== debtPeriods.join(',')) throw prepareAgain('месяцы долга');
  const debtors = readDebtors(sqlite, c.accountId, c.asOfDate);
  const at = debtors.findIndex((d) => d.personId === c.debtorPersonId);
  if (at < 0) throw prepareAgain('собственники или наниматель по лицевому счёту');
  const principal = debtorParts(debt.accountPrincipalKopecks, debtors)[at] ?? 0;
  const penalty = debtorParts(debt.accountPenaltyKopecks, debtors)[at] ?? 0;
  if (principal !== c.principalKopecks || penalty !== c.penaltyKopecks) throw prepareAgain('суммы долга и пени');

  const residence = account.buildingAddress
    ? `${account.buildingAddress}${account.apartment ? `, кв. ${account.apartment}` : ''}`
    : '';
  const personIds = [c.debtorPersonId, ...parseIds(c.jointPersonIdsJson).filter((id) => id !== c.debtorPersonId)];
  const people = db.select().from(persons).where(inArray(persons.id, personIds)).all();
  const confirmed = c.identifiersStatus === 'unknown_confirmed';
  const debtorFacts: DebtorFacts[] = personIds.flatMap((id) => {
    const p = people.find((x) => x.id === id);
    if (!p) return [];
    return [
      {
        personId: p.id,
        fullName: id === c.debtorPersonId ? c.debtorName : p.fullName,
        birthDate: p.birthDate,
        birthPlace: p.birthPlace,
        residence,
        identifiers: identifiersOf(p),
        identifiersUnknownConfirmed: confirmed,
        missingText: confirmed ? (c.identifiersNote ?? null) : null,
      },
    ];
  });
  if (debtorFacts.length === 0) throw prepareAgain('сведения о должнике');

  const shareText =
    c.shareNum !== null && c.shareDen !== null && c.shareNum !== c.shareDen ? `${c.shareNum}/${c.shareDen}` : null;
  const tenant = account.tenure === 'social_tenant';
  const debtorBasis = tenant
    ? 'наниматель жилого помещения по договору социального найма'
    : shareText
      ? `собственник ${shareText} доли в праве собственности на жилое помещение`
      : 'собственник жилого помещения';

  const paid = db
    .select({
      number: dutyPayments.orderNumber,
      date: dutyPayments.orderDate,
      kopecks: dutyPaymentCases.amountKopecks,
      payer: dutyPayments.payer,
    })
    .from(dutyPaymentCases)
    .innerJoin(dutyPayments, eq(dutyPayments.id, dutyPaymentCases.paymentId))
    .where(eq(dutyPaymentCases.caseId, c.id))
    .orderBy(dutyPayments.orderDate, dutyPayments.id)
    .all();

  let cancelledOrder: CaseFacts['cancelledOrder'] = null;
  if (c.kind === 'lawsuit' && c.parentCaseId !== null) {
    const parent = db.select().from(courtCases).where(eq(courtCases.id, c.parentCaseId)).get();
    if (parent && parent.cancelledDate) {
      const parentCourt =
        parent.courtId !== null ? db.select().from(courts).where(eq(courts.id, parent.courtId)).get() : undefined;
      cancelledOrder = {
        number: parent.issuedNumber ?? parent.courtCaseNumber ?? '',
        issuedDate: parent.issuedDate ?? '',
        cancelledDate: parent.cancelledDate,
        // The templates say «обращался к мировому судье …» (dative) or «обращался в <name>».
        court: parentCourt ? (parentCourt.kind === 'magistrate' ? courtAddressee(parentCourt) : parentCourt.name) : '',
      };
    }
  }
  const parentPaid =
    c.kind === 'lawsuit' && c.parentCaseId !== null && c.dutyOffsetKopecks > 0
      ? db
          .select({ number: dutyPayments.orderNumber, date: dutyPayments.orderDate })
          .from(dutyPaymentCases)
          .innerJoin(dutyPayments, eq(dutyPayments.id, dutyPaymentCases.paymentId))
          .where(and(eq(dutyPaymentCases.caseId, c.parentCaseId)))
          .all()
      : [];

  const months = debt.months;
  const periodFrom = casePeriods[0] ?? c.periodFrom;
  const periodTo = casePeriods[casePeriods.length - 1] ?? c.periodTo;
  const attachments = attachmentsOf({
    kind: c.kind,
    tenant,
    premisesAddress: residence,
    periodFrom,
    periodTo,
    penaltyKopecks: c.penaltyKopecks,
    payments: paid,
    parentPayments: parentPaid,
    dutyExemptReason: c.dutyExemptReason,
    dutyOffsetKopecks: c.dutyOffsetKopecks,
    cancelledOrder,
    debtorsCount: debtorFacts.length,
  });
  const organisation = organisationForDocuments(sqlite);

  return {
    caseId: c.id,
    kind: c.kind,
    documentDate,
    asOfDate: c.asOfDate,
    court: courtFactsOf(court),
    claimant: {
      name: company.name,
      inn: company.inn,
      kpp: company.kpp,
      ogrn: company.ogrn,
      address: company.address,
      phone: company.phone,
      bankName: company.bankName,
      bik: company.bik,
      correspondentAccount: company.correspondentAccount,
      settlementAccount: company.settlementAccount,
      representative: {
        fullName: representative.fullName,
        position: representative.position,
        powerOfAttorney: representative.powerOfAttorney,
        phone: representative.phone,
      },
    },
    debtors: debtorFacts,
    jointly: debtorFacts.length > 1,
    accountNumber: account.number,
    premisesAddress: residence,
    debtorBasis,
    shareText,
    periodFrom,
    periodTo,
    months,
    payments: debt.payments,
    accountPrincipalKopecks: debt.accountPrincipalKopecks,
    principalKopecks: c.principalKopecks,
    accountPenaltyKopecks: debt.accountPenaltyKopecks,
    penaltyKopecks: c.penaltyKopecks,
    penaltyLines: debt.penaltyLines,
    claimKopecks: c.claimKopecks,
    dutyKopecks: c.dutyKopecks,
    dutyOffsetKopecks: c.dutyOffsetKopecks,
    dutyPayments: paid,
    dutyExemptReason: c.dutyExemptReason,
    timeBarredIncluded: includeTimeBarred,
    timeBarredNote: c.timeBarredNote,
    cancelledOrder,
    attachments,
    calculationSigner: organisation.responsiblePerson
      ? {
          fullName: organisation.responsiblePerson,
          position: `Ответственный сотрудник, ${organisation.organisationName}`,
        }
      : { fullName: representative.fullName, position: representative.position },
  };
}

/** «с июня 2024 г.»: the first month of a period after «с». */
function monthFrom(period: string): string {
  return `${MONTHS_GENITIVE[Number(period.slice(5, 7)) - 1] ?? period.slice(5, 7)} ${period.slice(0, 4)} г.`;
}

interface AttachmentInput {
  kind: CaseRow['kind'];
  tenant: boolean;
  premisesAddress: string;
  periodFrom: string;
  periodTo: string;
  penaltyKopecks: number;
  payments: Array<{ number: string; date: string }>;
  parentPayments: Array<{ number: string; date: string }>;
  dutyExemptReason: string | null;
  dutyOffsetKopecks: number;
  cancelledOrder: CaseFacts['cancelledOrder'];
  debtorsCount: number;
}

/**
 * The attachments as the list and the application name them (docs/legal-notes.md § Court and jurisdiction — package),
 * in filing order.
 */
export function attachmentsOf(a: AttachmentInput): string[] {
  const out: string[] = [];
  out.push(
    `Расчёт задолженности по оплате жилого помещения и коммунальных услуг за период с ${monthFrom(a.periodFrom)} по ${periodWords(a.periodTo)} г.`,
  );
  if (a.penaltyKopecks > 0) out.push('Расчёт пени (ЖК РФ ст.155 ч.14)');
  if (a.dutyExemptReason) {
    out.push(
      `Документ, подтверждающий основание освобождения от уплаты государственной пошлины (${a.dutyExemptReason})`,
    );
  } else {
    for (const p of a.payments)
      out.push(`Платёжное поручение № ${p.number} от ${formatRuDate(p.date)} об уплате государственной пошлины`);
    if (a.payments.length === 0 && a.dutyOffsetKopecks === 0) out.push('Документ об уплате государственной пошлины');
  }
  if (a.kind === 'lawsuit' && a.dutyOffsetKopecks > 0) {
    out.push('Заявление о зачёте государственной пошлины');
    for (const p of a.parentPayments) {
      out.push(
        `Платёжное поручение № ${p.number} от ${formatRuDate(p.date)} (государственная пошлина, уплаченная за выдачу судебного приказа)`,
      );
    }
  }
  if (a.kind === 'lawsuit' && a.cancelledOrder) {
    out.push(
      `Копия определения об отмене судебного приказа${a.cancelledOrder.number ? ` № ${a.cancelledOrder.number}` : ''} от ${formatRuDate(a.cancelledOrder.cancelledDate)}`,
    );
  }
  out.push('Копия доверенности представителя');
  out.push(
    a.tenant
      ? `Копия договора социального найма жилого помещения по адресу: ${a.premisesAddress}`
      : `Выписка из ЕГРН на жилое помещение по адресу: ${a.premisesAddress}`,
  );
  out.push('Копия договора управления многоквартирным домом');
  if (a.kind === 'lawsuit') {
    out.push(
      `Документ, подтверждающий направление ${a.debtorsCount > 1 ? 'ответчикам' : 'ответчику'} копии искового заявления с приложениями`,
    );
  }
  return out;
}
