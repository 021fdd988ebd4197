/**
 * @file The claim (претензия, measure 5) as display strings (shared, pure): built from the computed numbers — the
 * debt statement, the penalty of the engine, the total — and the payee's details. The template only lays these
 * strings out and never computes money, so the letter, the registry and the mailing list cannot disagree.
 */
import { formatRuDate } from '../../dates/iso-date';
import { rublesKopecksText, rublesText } from '../money-text';
import { periodText } from '../period-text';
import type { DebtStatement } from './debt-statement';
import { dativeFullName } from './dative-name';
import { rublesInWords } from './money-words';

/** Bump when the layout or wording changes: the registry records which version each file was made with. */
export const CLAIM_TEMPLATE_VERSION = 'claim-1';

export interface ClaimPayee {
  name: string;
  inn: string;
  kpp: string | null;
  ogrn: string | null;
  address: string | null;
  phone: string | null;
  bankName: string;
  bik: string;
  correspondentAccount: string;
  settlementAccount: string;
}

export interface ClaimFacts {
  documentNumber: string;
  issuedDate: string;
  asOfDate: string;
  deadlineDate: string;
  accountNumber: string;
  address: string;
  /** Nominative full name of the addressee, or null when billing names nobody (then «Собственнику помещения»). */
  addresseeName: string | null;
  addresseeRole: 'owner' | 'tenant' | null;
  /** «1/2» when the owner holds a share. */
  share: string | null;
  payee: ClaimPayee;
  statement: DebtStatement;
  debtKopecks: number;
  penaltyKopecks: number;
  totalKopecks: number;
  /** «Оплата задолженности за ЖКУ по л/с …» — also the QR code's Purpose. */
  purpose: string;
  organisationName: string;
  responsiblePerson: string;
}

export interface ClaimLetterView {
  templateVersion: string;
  payeeHeader: string[];
  addresseeLines: string[];
  title: string;
  subtitle: string;
  intro: string;
  statementColumns: readonly string[];
  openingRow: [string, string, string, string] | null;
  statementRows: Array<[string, string, string, string]>;
  statementTotal: [string, string, string, string];
  amounts: Array<{ label: string; value: string }>;
  totalWords: string;
  demand: string;
  consequencesTitle: string;
  consequences: string[];
  payeeDetails: Array<{ label: string; value: string }>;
  qrCaption: string;
  signature: string[];
  footer: string;
}

export const STATEMENT_COLUMNS = ['Месяц', 'Начислено, руб.', 'Оплачено, руб.', 'Долг на конец месяца, руб.'] as const;

export function buildClaimLetterView(f: ClaimFacts): ClaimLetterView {
  const p = f.payee;
  const addressee = f.addresseeName
    ? `${f.addresseeRole === 'tenant' ? 'Нанимателю' : 'Собственнику'}${f.share ? ` (доля ${f.share})` : ''} ${dativeFullName(f.addresseeName)}`
    : 'Собственнику помещения';
  const first = f.statement.rows[0]?.period;
  const last = f.statement.rows[f.statement.rows.length - 1]?.period;
  const openingDate = first ? formatRuDate(`${first}-01`) : '';
  const since = f.statement.openingPeriod ? `долг на ${openingDate} — ${rublesKopecksText(f.statement.openingKopecks)}; ` : '';
  return {
    templateVersion: CLAIM_TEMPLATE_VERSION,
    payeeHeader: [
      p.name,
      `ИНН ${p.inn}${p.kpp ? `, КПП ${p.kpp}` : ''}${p.ogrn ? `, ОГРН ${p.ogrn}` : ''}`,
      ...(p.address ? [p.address] : []),
      ...(p.phone ? [`тел. ${p.phone}`] : []),
    ],
    addresseeLines: [addressee, f.address],
    title: 'ПРЕТЕНЗИЯ',
    subtitle: `о погашении задолженности за жилое помещение и коммунальные услуги № ${f.documentNumber} от ${formatRuDate(f.issuedDate)}`,
    intro:
      `По лицевому счёту № ${f.accountNumber} по адресу: ${f.address} на ${formatRuDate(f.asOfDate)} числится задолженность ` +
      `по оплате жилого помещения и коммунальных услуг (ст. 153, 155 Жилищного кодекса РФ)` +
      (first && last ? `. Движение по счёту за ${first === last ? periodText(first) : `${periodText(first)} — ${periodText(last)}`}: ${since}` : '. ') +
      `подробно в таблице.`,
    statementColumns: STATEMENT_COLUMNS,
    openingRow: f.statement.openingPeriod
      ? [`Долг на ${openingDate}`, '', '', rublesText(f.statement.openingKopecks)]
      : null,
    statementRows: f.statement.rows.map((r) => [periodText(r.period), rublesText(r.chargedKopecks), rublesText(r.paidKopecks), rublesText(r.balanceKopecks)]),
    statementTotal: ['Итого за период', rublesText(f.statement.chargedKopecks), rublesText(f.statement.paidKopecks), rublesText(f.statement.closingKopecks)],
    amounts: [
      { label: 'Основной долг', value: rublesKopecksText(f.debtKopecks) },
      { label: `Пени (ч. 14, 14.1 ст. 155 ЖК РФ) на ${formatRuDate(f.asOfDate)}`, value: rublesKopecksText(f.penaltyKopecks) },
      { label: 'Всего к оплате', value: rublesKopecksText(f.totalKopecks) },
    ],
    totalWords: `(${rublesInWords(f.totalKopecks)})`,
    demand: `Требуем погасить задолженность в сумме ${rublesKopecksText(f.totalKopecks)} в срок до ${formatRuDate(f.deadlineDate)} по реквизитам ниже или по QR-коду в приложении банка.`,
    consequencesTitle: 'Если долг не будет погашен в срок:',
    consequences: [
      'пени продолжат начисляться за каждый день просрочки (ч. 14 ст. 155 ЖК РФ);',
      'предоставление коммунальных услуг может быть ограничено или приостановлено после предупреждения (раздел XI Правил № 354);',
      'задолженность и пени будут взысканы в судебном порядке (судебный приказ или иск);',
      'с вас будут взысканы также государственная пошлина и судебные расходы, а затем начнётся исполнительное производство.',
    ],
    payeeDetails: [
      { label: 'Получатель', value: p.name },
      { label: 'ИНН / КПП', value: `${p.inn}${p.kpp ? ` / ${p.kpp}` : ''}` },
      { label: 'Расчётный счёт', value: p.settlementAccount },
      { label: 'Банк', value: p.bankName },
      { label: 'БИК', value: p.bik },
      { label: 'Корр. счёт', value: p.correspondentAccount },
      { label: 'Назначение', value: f.purpose },
      { label: 'Сумма', value: rublesKopecksText(f.totalKopecks) },
    ],
    qrCaption: 'QR-код для оплаты (ГОСТ Р 56042-2014): отсканируйте в приложении банка',
    signature: [f.organisationName, f.responsiblePerson ? `Ответственный: ${f.responsiblePerson}` : 'Ответственный: ____________________'],
    footer: `Претензия № ${f.documentNumber} · л/с ${f.accountNumber} · если вы уже оплатили долг, не обращайте внимания на это письмо.`,
  };
}
