/**
 * @file The short documents of a case as display strings (shared, pure): «Перечень приложений», the
 * «Сопроводительное письмо» to the court and the «Заявление о зачёте государственной пошлины» (НК РФ ст.333.20
 * п.1 пп.13, ст.333.40 п.6) for a lawsuit after a cancelled order. Sums are CaseFacts' own.
 */
import type { CaseFacts } from '../../court/court-case-facts';
import { formatRuDate } from '../../dates/iso-date';
import { keepAddressTogether } from '../claim/address-block';
import { rublesKopecksText } from '../money-text';
import { dutyPaymentsText, representativeSignature, type CourtSignature, type PartyBlock } from './application-view';
import {
  capitalise,
  casePeriodText,
  claimantLines,
  courtTypeset,
  fromDebtorsText,
  sumWithWords,
  toCourtText,
} from './court-text';

export interface CourtLetterView {
  header: PartyBlock[];
  /** «Исх. от 06.12.2026» or the case's reference. */
  reference: string | null;
  title: string;
  subtitle: string | null;
  paragraphs: string[];
  /** A numbered list under the text (the documents sent, the attachments). */
  listTitle: string | null;
  list: string[];
  signature: CourtSignature;
}

function applicationName(f: CaseFacts): string {
  return f.kind === 'court_order' ? 'заявление о вынесении судебного приказа' : 'исковое заявление';
}

function courtBlock(f: CaseFacts): PartyBlock {
  return { label: null, lines: [capitalise(f.court.addressee), keepAddressTogether(f.court.address)] };
}

function finish(v: CourtLetterView): CourtLetterView {
  return {
    ...v,
    header: v.header.map((b) => ({ ...b, lines: b.lines.map(courtTypeset) })),
    paragraphs: v.paragraphs.map(courtTypeset),
    list: v.list.map(courtTypeset),
    signature: {
      ...v.signature,
      position: courtTypeset(v.signature.position),
      authority: v.signature.authority ? courtTypeset(v.signature.authority) : null,
    },
  };
}

/** «Перечень приложений» to the application: numbered, page counts as the attachments' names carry them. */
export function buildAttachmentsView(f: CaseFacts): CourtLetterView {
  return finish({
    header: [courtBlock(f)],
    reference: null,
    title: 'ПЕРЕЧЕНЬ ПРИЛОЖЕНИЙ',
    subtitle: `к ${f.kind === 'court_order' ? 'заявлению о вынесении судебного приказа' : 'исковому заявлению'} ${f.claimant.name} о взыскании задолженности ${fromDebtorsText(f)} (лицевой счёт № ${f.accountNumber})`,
    paragraphs: [],
    listTitle: null,
    list: f.attachments.map((a, i) => `${i + 1}. ${a}`),
    signature: representativeSignature(f),
  });
}

/** «Сопроводительное письмо»: what is sent to the court, with the sums. */
export function buildCoverLetterView(f: CaseFacts): CourtLetterView {
  const what = applicationName(f);
  return finish({
    header: [courtBlock(f), { label: 'От:', lines: claimantLines(f.claimant).slice(0, 4) }],
    reference: `Исх. от ${formatRuDate(f.documentDate)}`,
    title: 'СОПРОВОДИТЕЛЬНОЕ ПИСЬМО',
    subtitle: null,
    paragraphs: [
      `${f.claimant.name} направляет ${what} о взыскании ${fromDebtorsText(f)} задолженности по оплате жилого помещения и коммунальных услуг по лицевому счёту № ${f.accountNumber} (${keepAddressTogether(f.premisesAddress)}) за период ${casePeriodText(f)} с приложенными документами.`,
      `Сумма требований — ${sumWithWords(f.claimKopecks)}, в том числе основной долг ${rublesKopecksText(f.principalKopecks)}, пени ${rublesKopecksText(f.penaltyKopecks)}; государственная пошлина — ${rublesKopecksText(f.dutyKopecks)}.`,
      `Просим принять ${f.kind === 'court_order' ? 'заявление' : 'исковое заявление'} к производству. Контактный телефон представителя: ${f.claimant.representative.phone}.`,
    ],
    listTitle: 'Направляемые документы:',
    list: [
      `${capitalise(what)} о взыскании ${fromDebtorsText(f)} — ${rublesKopecksText(f.claimKopecks)}.`,
      ...f.attachments,
    ].map((a, i) => `${i + 1}. ${a}`),
    signature: representativeSignature(f),
  });
}

/** «Заявление о зачёте государственной пошлины» for the lawsuit after a cancelled order. */
export function buildDutyOffsetView(f: CaseFacts): CourtLetterView {
  const o = f.cancelledOrder;
  const order = o
    ? `Истец обращался ${toCourtText(o.court)} с заявлением о вынесении судебного приказа о взыскании ${fromDebtorsText(f)} задолженности по лицевому счёту № ${f.accountNumber}. Судебный приказ № ${o.number} от ${formatRuDate(o.issuedDate)} отменён определением от ${formatRuDate(o.cancelledDate)}.`
    : `Заявление о вынесении судебного приказа о взыскании ${fromDebtorsText(f)} задолженности по лицевому счёту № ${f.accountNumber} было возвращено (отказано в его принятии).`;
  const payments =
    f.dutyPayments.length > 0
      ? `При подаче заявления о вынесении судебного приказа государственная пошлина уплачена: ${dutyPaymentsText(f)}.`
      : 'При подаче заявления о вынесении судебного приказа государственная пошлина уплачена.';
  return finish({
    header: [
      courtBlock(f),
      { label: 'Истец:', lines: claimantLines(f.claimant).slice(0, 3) },
      {
        label: f.debtors.length > 1 ? 'Ответчики:' : 'Ответчик:',
        lines: f.debtors.map((d) => `${d.fullName}, ${keepAddressTogether(d.residence)}`),
      },
    ],
    reference: null,
    title: 'ЗАЯВЛЕНИЕ',
    subtitle: 'о зачёте государственной пошлины',
    paragraphs: [
      order,
      payments,
      `На основании пп. 13 п. 1 ст. 333.20 и п. 6 ст. 333.40 НК РФ уплаченная государственная пошлина засчитывается в счёт подлежащей уплате государственной пошлины при предъявлении искового заявления.`,
      `Государственная пошлина за подачу искового заявления (цена иска ${rublesKopecksText(f.claimKopecks)}) составляет ${rublesKopecksText(f.dutyKopecks)}.`,
      `Прошу зачесть в счёт уплаты государственной пошлины за подачу искового заявления государственную пошлину в сумме ${sumWithWords(f.dutyOffsetKopecks)}, уплаченную при подаче заявления о вынесении судебного приказа.`,
    ],
    listTitle: 'Приложение:',
    list: [
      ...f.dutyPayments.map(
        (p) =>
          `Платёжное поручение № ${p.number} от ${formatRuDate(p.date)} на ${rublesKopecksText(p.kopecks)} (плательщик ${p.payer}).`,
      ),
      ...(o
        ? [`Копия определения от ${formatRuDate(o.cancelledDate)} об отмене судебного приказа № ${o.number}.`]
        : []),
    ].map((a, i) => `${i + 1}. ${a}`),
    signature: representativeSignature(f),
  });
}
