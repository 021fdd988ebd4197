/**
 * @file What the repayment agreement printed for signature says (shared, pure): the parties — the creditor (the УК
 * the debt is owed to, by its signer) and the debtor(s) as on the claims (owners with their shares and parts of the
 * debt, or a social tenant with the adult family members jointly liable, ЖК ст.69) — the debt and its period, the
 * schedule with the balance after each instalment, how payments count (tolerance, grace days), that restriction,
 * court and eviction are paused while it is kept, the consequences of breaking it, and the signature lines.
 * Display strings only; AgreementDocument.tsx lays them out. No text contains «\n».
 */
import { formatRuDate } from '../../dates/iso-date';
import { rublesKopecksText, rublesText } from '../money-text';
import { plural } from '../../text/plural';
import { MONTHS_GENITIVE } from '../../dates/date-words';

export interface AgreementDebtorInput {
  fullName: string;
  role: 'owner' | 'tenant';
  /** «1/2», or null for a sole owner / the tenant. */
  shareText: string | null;
  /** This debtor's part of the total (owners by share); the whole for a tenant. */
  partKopecks: number;
  /** Adult family members jointly liable with a social tenant. */
  jointly: readonly string[];
}

export interface AgreementViewInput {
  number: string;
  /** The date printed at the top (the draft's day; the parties sign on the day they sign). */
  issuedDate: string;
  place: string;
  creditor: {
    name: string;
    inn: string | null;
    address: string | null;
    signerName: string | null;
    signerPosition: string | null;
  };
  organisationName: string;
  accountNumber: string;
  address: string;
  debtors: readonly AgreementDebtorInput[];
  totalKopecks: number;
  /** 'YYYY-MM' of the first and the last month of the debt, or null when unknown. */
  periodFrom: string | null;
  periodTo: string | null;
  instalments: ReadonlyArray<{ seq: number; dueDate: string; amountKopecks: number }>;
  toleranceKopecks: number;
  graceDays: number;
  restorationDays: number;
  socialTenancy: boolean;
}

export interface AgreementScheduleRow {
  seq: string;
  dueDate: string;
  amount: string;
  balance: string;
}

export interface AgreementView {
  title: string;
  subtitle: string;
  placeDate: { place: string; date: string };
  preamble: string;
  sections: Array<{ heading: string; paragraphs: string[] }>;
  schedule: { rows: AgreementScheduleRow[]; total: string };
  signatures: Array<{ role: string; name: string; detail: string }>;
  footer: string;
}

const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** «сентябрь 2026 г.», or with `genitive` «января 2026 г.» (after «с»). */
function periodText(p: string, genitive = false): string {
  const m = Number(p.slice(5, 7)) - 1;
  return `${(genitive ? MONTHS_GENITIVE : MONTHS)[m] ?? p.slice(5, 7)} ${p.slice(0, 4)} г.`;
}

function debtorPhrase(d: AgreementDebtorInput): string {
  if (d.role === 'tenant') {
    const with_ =
      d.jointly.length > 0
        ? `, и ${d.jointly.join(', ')} (совместно проживающие дееспособные члены семьи нанимателя, отвечающие солидарно — ЖК РФ ст. 69 ч. 2)`
        : '';
    return `${d.fullName} (наниматель жилого помещения по договору социального найма)${with_}`;
  }
  return d.shareText ? `${d.fullName} (собственник, доля в праве ${d.shareText})` : `${d.fullName} (собственник)`;
}

export function buildAgreementView(v: AgreementViewInput): AgreementView {
  const date = formatRuDate(v.issuedDate);
  const many = v.debtors.length > 1;
  const debtorWord = many ? '«Должники»' : '«Должник»';
  const creditorBy =
    v.creditor.signerName && v.creditor.signerPosition
      ? `, от имени которого действует ${v.creditor.signerPosition.charAt(0).toLowerCase()}${v.creditor.signerPosition.slice(1)} ${v.creditor.signerName}`
      : '';
  const creditorIds = [
    v.creditor.inn ? `ИНН ${v.creditor.inn}` : null,
    v.creditor.address ? `адрес: ${v.creditor.address}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const debtorsText = v.debtors.length > 0 ? v.debtors.map(debtorPhrase).join('; ') : 'собственник помещения';
  const preamble =
    `${v.creditor.name}${creditorIds ? ` (${creditorIds})` : ''}, именуемое в дальнейшем «Кредитор»${creditorBy}, с одной стороны, ` +
    `и ${debtorsText}, ${many ? 'именуемые' : 'именуемый(ая)'} в дальнейшем ${debtorWord}, с другой стороны, ` +
    'заключили настоящее соглашение о нижеследующем.';

  const period =
    v.periodFrom && v.periodTo
      ? v.periodFrom === v.periodTo
        ? ` за ${periodText(v.periodFrom)}`
        : ` за период с ${periodText(v.periodFrom, true)} по ${periodText(v.periodTo)}`
      : '';
  const n = v.instalments.length;
  const first = v.instalments[0];
  const last = v.instalments[n - 1];
  const subject: string[] = [
    `1.1. ${many ? 'Должники признают' : 'Должник признаёт'} задолженность по оплате жилого помещения и коммунальных услуг ` +
      `по лицевому счёту № ${v.accountNumber} (${v.address})${period} в размере ${rublesKopecksText(v.totalKopecks)} ` +
      `и ${many ? 'обязуются' : 'обязуется'} погасить её в рассрочку: ${n} ${plural(n, ['платёж', 'платежа', 'платежей'])}` +
      (first && last
        ? n === 1
          ? ` в срок до ${formatRuDate(first.dueDate)} включительно`
          : ` с ${formatRuDate(first.dueDate)} по ${formatRuDate(last.dueDate)} по графику (раздел 2)`
        : '') +
      '.',
  ];
  const owners = v.debtors.filter((d) => d.role === 'owner');
  if (owners.length > 1)
    subject.push(
      '1.2. Каждый собственник отвечает за задолженность соразмерно своей доле (ГК РФ ст. 249, ЖК РФ ст. 158): ' +
        owners
          .map((d) => `${d.fullName} — ${d.shareText ?? 'доля не указана'}, ${rublesKopecksText(d.partKopecks)}`)
          .join('; ') +
        ' Платёж любого из собственников засчитывается в счёт графика.',
    );
  const tolerance = rublesKopecksText(v.toleranceKopecks);
  const payment: string[] = [
    '3.1. Платежи вносятся по реквизитам, указанным в платёжном документе (ЕПД) по лицевому счёту ' +
      `№ ${v.accountNumber}. Все платежи, поступившие по лицевому счёту со дня подписания соглашения, засчитываются в счёт ` +
      'графика нарастающим итогом: сумма, внесённая сверх очередного платежа, засчитывается в счёт следующих.',
    `3.2. Платёж считается просроченным, если к концу ${v.graceDays}-го дня после срока, указанного в графике, ` +
      `сумма внесённого нарастающим итогом меньше суммы платежей графика по этот срок более чем на ${tolerance} ` +
      `Недоплата не более ${tolerance} и внесение в пределах ${v.graceDays} ${plural(v.graceDays, ['дня', 'дней', 'дней'])} после срока нарушением не считаются.`,
    '3.3. Досрочное погашение допускается в любой момент.',
  ];
  const pause: string[] = [
    `4.1. Пока ${many ? 'Должники исполняют' : 'Должник исполняет'} соглашение, Кредитор не вводит ограничение и приостановление ` +
      'предоставления коммунальных услуг за задолженность, указанную в п. 1.1 (Правила № 354, раздел XI), не обращается в суд ' +
      'с требованием о её взыскании' +
      (v.socialTenancy ? ' и не предъявляет требование о выселении (ЖК РФ ст. 90)' : '') +
      '.',
    `4.2. Если предоставление коммунальной услуги было ограничено, оно возобновляется в течение ${v.restorationDays} ` +
      `${plural(v.restorationDays, ['календарного дня', 'календарных дней', 'календарных дней'])} со дня подписания соглашения (Правила № 354, п. 120).`,
  ];
  const breach: string[] = [
    '5.1. При просрочке платежа (п. 3.2) соглашение считается нарушенным без дополнительного уведомления. Кредитор вправе ' +
      'взыскать весь непогашенный остаток задолженности в судебном порядке, ограничить или приостановить предоставление ' +
      'коммунальных услуг в порядке раздела XI Правил № 354' +
      (v.socialTenancy ? ', а также требовать выселения нанимателя в порядке ЖК РФ ст. 90' : '') +
      '.',
    '5.2. Соглашение не освобождает от оплаты ежемесячных начислений и не отменяет права Кредитора на пени (ЖК РФ ст. 155 ч. 14).',
  ];
  const copies = 1 + v.debtors.reduce((n, d) => n + 1 + d.jointly.length, 0);
  const final: string[] = [
    '6.1. Соглашение вступает в силу со дня подписания и действует до полного погашения задолженности по графику.',
    `6.2. Соглашение составлено в ${copies} ${plural(copies, ['экземпляре', 'экземплярах', 'экземплярах'])}, ` +
      'имеющих одинаковую силу, по одному для каждой из сторон.',
  ];

  let balance = v.totalKopecks;
  const rows: AgreementScheduleRow[] = v.instalments.map((i) => {
    balance -= i.amountKopecks;
    return {
      seq: String(i.seq),
      dueDate: formatRuDate(i.dueDate),
      amount: rublesText(i.amountKopecks),
      balance: rublesText(balance),
    };
  });

  const signatures = [
    {
      role: 'Кредитор',
      name: v.creditor.signerName ?? '',
      detail: [v.creditor.signerPosition, v.creditor.name].filter(Boolean).join(', '),
    },
    ...(v.debtors.length > 0
      ? v.debtors.flatMap((d) => [
          { role: 'Должник', name: d.fullName, detail: d.role === 'tenant' ? 'наниматель' : 'собственник' },
          ...d.jointly.map((j) => ({ role: 'Член семьи нанимателя', name: j, detail: 'солидарный должник' })),
        ])
      : [{ role: 'Должник', name: '', detail: 'собственник помещения' }]),
  ];

  return {
    title: `Соглашение № ${v.number}`,
    subtitle: 'о погашении задолженности по оплате жилого помещения и коммунальных услуг',
    placeDate: { place: v.place, date },
    preamble,
    sections: [
      { heading: '1. Предмет соглашения', paragraphs: subject },
      { heading: '2. График платежей', paragraphs: [] },
      { heading: '3. Порядок внесения платежей', paragraphs: payment },
      { heading: '4. Обязательства Кредитора', paragraphs: pause },
      { heading: '5. Последствия нарушения', paragraphs: breach },
      { heading: '6. Заключительные положения', paragraphs: final },
    ],
    schedule: { rows, total: rublesText(v.totalKopecks) },
    signatures,
    footer: `Соглашение № ${v.number} от ${date} · л/с ${v.accountNumber} · ${v.organisationName}`,
  };
}
