/**
 * @file The petition after the application (ходатайство, 229-ФЗ ст.64.1) and the complaint to the senior bailiff
 * about its unanswered petition (жалоба в порядке подчинённости, ст.123) as display strings (shared, pure), in the
 * court letters' layout (CourtLetterView → CourtLetterDocument): the addressee and the parties at the top right,
 * the title, the text, a list, the representative's signature.
 *
 * The complaint: to the senior bailiff of the department (by name where the directory has it), from the creditor
 * through its representative; the proceedings, the petition and the day it was sent; the term (ст.64.1 ч.5: 10 days,
 * ст.15: non-working days excluded) and its last day; no decision received; the requests — recognise the bailiff's
 * inaction and oblige a decision (ст.123, 126, 127). Nothing here computes a date: the facts carry them.
 */
import { formatRuDate } from '../../dates/iso-date';
import { keepAddressTogether } from '../claim/address-block';
import { rublesKopecksText } from '../money-text';
import type { CourtLetterView } from '../court/court-letters-view';
import type { CourtSignature, PartyBlock } from '../court/application-view';
import { courtTypeset, sumWithWords } from '../court/court-text';
import { genitiveFullName } from '../court/genitive-name';
import type { FsspLetterFacts } from './fssp-letter-facts';
import { LAW_229, PETITION_REQUESTS, PETITION_SUBJECTS } from './petition-texts';

function finish(v: CourtLetterView): CourtLetterView {
  return {
    ...v,
    header: v.header.map((b) => ({ ...b, lines: b.lines.map(courtTypeset) })),
    paragraphs: v.paragraphs.map(courtTypeset),
    list: v.list.map(courtTypeset),
    subtitle: v.subtitle ? courtTypeset(v.subtitle) : null,
    signature: {
      ...v.signature,
      position: courtTypeset(v.signature.position),
      authority: v.signature.authority ? courtTypeset(v.signature.authority) : null,
    },
  };
}

function creditorLines(f: FsspLetterFacts): string[] {
  const c = f.creditor;
  const ids = [`ИНН ${c.inn}`, c.kpp ? `КПП ${c.kpp}` : null, c.ogrn ? `ОГРН ${c.ogrn}` : null]
    .filter(Boolean)
    .join(', ');
  return [
    c.name,
    ids,
    ...(c.address ? [`адрес: ${keepAddressTogether(c.address)}`] : []),
    ...(c.phone ? [`тел. ${c.phone}`] : []),
  ];
}

function representativeBlock(f: FsspLetterFacts): PartyBlock[] {
  const r = f.representative;
  if (!r) return [];
  return [{ label: 'Представитель взыскателя:', lines: [r.fullName, `по доверенности ${r.powerOfAttorney}`] }];
}

function debtorBlock(f: FsspLetterFacts): PartyBlock {
  const d = f.debtor;
  return {
    label: 'Должник:',
    lines: [`${d.fullName}${d.birthDate ? `, ${formatRuDate(d.birthDate)} г.р.` : ''}`, keepAddressTogether(d.address)],
  };
}

function signature(f: FsspLetterFacts): CourtSignature {
  const r = f.representative;
  return {
    position: r
      ? `${r.position.charAt(0).toUpperCase()}${r.position.slice(1)} ${f.creditor.name}`
      : `Представитель ${f.creditor.name}`,
    name: r ? r.fullName : '____________________',
    authority: r ? `представитель по доверенности ${r.powerOfAttorney}` : null,
    date: formatRuDate(f.documentDate),
  };
}

/** «выданного мировым судьёй судебного участка № 125 …», else «выданного: <the court as the writ names it>». */
function issuedBy(courtName: string): string {
  const c = courtName.trim();
  if (/^мировой судья/iu.test(c)) return `выданного мировым судьёй${c.slice('мировой судья'.length)}`;
  return `выданного: ${c}`;
}

/** «со Смирнова», «с Иванова»: «со» before «с», «з», «ш», «ж» and a consonant. */
function fromWhom(genitive: string): string {
  return /^[сзшжСЗШЖ][^аеёиоуыэюяАЕЁИОУЫЭЮЯ]/u.test(genitive) ? `со ${genitive}` : `с ${genitive}`;
}

/** «исполнительное производство № 4521/26/50049-ИП, возбуждённое 10.02.2026 на основании судебного приказа № …». */
function proceedingText(f: FsspLetterFacts): string {
  const w = f.writ;
  const writName = w.kind === 'court_order' ? 'судебного приказа' : 'исполнительного листа';
  return (
    `исполнительное производство № ${f.proceeding.number}, возбуждённое ${formatRuDate(f.proceeding.openedDate)} ` +
    `на основании ${writName} № ${w.number} от ${formatRuDate(w.actDate)}, ${issuedBy(w.courtName)}, ` +
    `о взыскании ${fromWhom(genitiveFullName(f.debtor.fullName))} в пользу ${f.creditor.name} задолженности в размере ` +
    `${sumWithWords(f.proceeding.debtKopecks)}`
  );
}

function bailiffText(f: FsspLetterFacts): string {
  return f.bailiffName ? `судебного пристава-исполнителя ${f.bailiffName}` : 'судебного пристава-исполнителя';
}

/** The petition letter to the department: what is asked in the proceedings, with its article. */
export function buildPetitionView(f: FsspLetterFacts): CourtLetterView {
  const to = f.bailiffName
    ? [`Судебному приставу-исполнителю ${f.department.name}`, f.bailiffName]
    : [`В ${f.department.name}`, 'судебному приставу-исполнителю'];
  const balance =
    f.proceeding.balanceKopecks !== f.proceeding.debtKopecks
      ? ` По данным взыскателя остаток задолженности составляет ${rublesKopecksText(f.proceeding.balanceKopecks)}.`
      : '';
  return finish({
    header: [
      { label: null, lines: [...to, keepAddressTogether(f.department.address)] },
      { label: 'Взыскатель:', lines: creditorLines(f) },
      ...representativeBlock(f),
      debtorBlock(f),
      { label: null, lines: [`Исполнительное производство № ${f.proceeding.number}`] },
    ],
    reference: null,
    title: 'ХОДАТАЙСТВО',
    subtitle: `по исполнительному производству № ${f.proceeding.number}`,
    paragraphs: [
      `На исполнении у ${bailiffText(f)} (${f.department.name}) находится ${proceedingText(f)}.${balance}`,
      `В соответствии со ст. 50 и 64.1 ${LAW_229} стороны исполнительного производства вправе заявлять ходатайства; ` +
        'заявление (ходатайство) рассматривается в десятидневный срок со дня поступления, по результатам выносится постановление.',
      `На основании изложенного прошу ${PETITION_REQUESTS[f.petition.kind]}.`,
      'Копию постановления, вынесенного по результатам рассмотрения ходатайства, прошу направить взыскателю (ч. 7 ст. 64.1 Закона).',
    ],
    listTitle: f.representative ? 'Приложение:' : null,
    list: f.representative ? ['1. Копия доверенности представителя взыскателя.'] : [],
    signature: signature(f),
  });
}

/** The complaint to the senior bailiff about the unanswered petition (ст.123). */
export function buildComplaintView(f: FsspLetterFacts): CourtLetterView {
  const sent = f.petition.sentDate ? formatRuDate(f.petition.sentDate) : '—';
  const due = f.petition.answerDueDate ? formatRuDate(f.petition.answerDueDate) : '—';
  const subject = PETITION_SUBJECTS[f.petition.kind];
  const addressee = [
    `Начальнику отделения — старшему судебному приставу ${f.department.name}`,
    ...(f.department.seniorBailiff ? [f.department.seniorBailiff] : []),
    keepAddressTogether(f.department.address),
  ];
  return finish({
    header: [
      { label: null, lines: addressee },
      { label: 'Взыскатель:', lines: creditorLines(f) },
      ...representativeBlock(f),
      debtorBlock(f),
      { label: null, lines: [`Исполнительное производство № ${f.proceeding.number}`] },
    ],
    reference: null,
    title: 'ЖАЛОБА',
    subtitle: `на бездействие ${bailiffText(f)} (в порядке подчинённости)`,
    paragraphs: [
      `На исполнении у ${bailiffText(f)} (${f.department.name}) находится ${proceedingText(f)}.`,
      `${sent} взыскатель направил судебному приставу-исполнителю ходатайство ${subject}: просил ${PETITION_REQUESTS[f.petition.kind]}.`,
      `Согласно ч. 5 и 7 ст. 64.1 ${LAW_229} заявление (ходатайство) рассматривается в десятидневный срок со дня ` +
        'поступления к должностному лицу службы судебных приставов; по результатам рассмотрения выносится постановление ' +
        'об удовлетворении полностью или частично либо об отказе в удовлетворении, копия которого направляется заявителю ' +
        `не позднее дня, следующего за днём его вынесения. Срок исчисляется в рабочих днях (ст. 15 Закона) и истёк ${due}.`,
      `По состоянию на ${formatRuDate(f.documentDate)} постановление по результатам рассмотрения ходатайства взыскателем ` +
        'не получено, сведения о его рассмотрении отсутствуют. Бездействие судебного пристава-исполнителя нарушает право ' +
        'взыскателя на своевременное и полное исполнение судебного акта (ст. 2, 4 Закона).',
      'На основании изложенного, руководствуясь ст. 121, 123, 126 и 127 Закона, ПРОШУ:',
      `1. Признать неправомерным бездействие ${bailiffText(f)}, выразившееся в нерассмотрении ходатайства взыскателя от ${sent} в установленный срок.`,
      '2. Обязать судебного пристава-исполнителя рассмотреть ходатайство, вынести по нему постановление и направить его копию взыскателю.',
      '3. О результатах рассмотрения жалобы уведомить взыскателя в порядке ст. 127 Закона.',
    ],
    listTitle: 'Приложение:',
    list: [
      `1. Копия ходатайства от ${sent} с отметкой о направлении.`,
      ...(f.representative ? ['2. Копия доверенности представителя взыскателя.'] : []),
    ],
    signature: signature(f),
  });
}
