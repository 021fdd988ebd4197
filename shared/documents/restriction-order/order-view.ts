/**
 * @file What an order to a restriction contractor says (shared, pure): to whom, from whom, the order's number and
 * date, the request (Правила № 354 п.117, 119), the address list — address, flat, account, service, the debt today,
 * the day the warning was delivered, the day its term ended, and the order of actions (restriction first, then
 * suspension; or suspension at once where restriction is technically impossible, as the warning said) — the
 * legal-risk line for sewage (ВС РФ 05.03.2019 № 47-АД19-2; Правила № 354 п.122) and what to send back (the act).
 * The PDF template and the XLSX list both lay out these strings, so they agree.
 */
import { formatRuDate } from '../../dates/iso-date';
import { rublesText } from '../money-text';
import { plural } from '../../text/plural';

export const SEWAGE = 'Водоотведение';

export interface OrderLineInput {
  address: string;
  apartment: string;
  accountNumber: string;
  service: string;
  debtKopecks: number;
  deliveredDate: string;
  timerEndsDate: string;
  restrictionPossible: boolean;
}

export interface OrderInput {
  number: string;
  orderDate: string;
  organisationName: string;
  responsiblePerson: string;
  contractor: { name: string; address: string; phone: string };
  lines: readonly OrderLineInput[];
}

export interface OrderRowView {
  position: string;
  address: string;
  apartment: string;
  accountNumber: string;
  service: string;
  debt: string;
  delivered: string;
  termEnded: string;
  procedure: string;
}

export interface OrderView {
  title: string;
  addressee: string[];
  sender: string;
  intro: string;
  rows: OrderRowView[];
  total: string;
  /** Present when any line is sewage. */
  sewageRisk: string | null;
  instructions: string[];
  signer: string;
  footer: string;
}

export const RESTRICTION_FIRST = 'ограничение, затем приостановление';
export const SUSPENSION_AT_ONCE = 'приостановление (ограничение невозможно)';

export const SEWAGE_RISK_LINE =
  'Водоотведение: ограничение допускается только в строгом порядке (ВС РФ, постановление от 05.03.2019 № 47-АД19-2) — ' +
  'сначала ограничение, затем приостановление; нельзя приводить жилое помещение в непригодное для проживания состояние, ' +
  'повреждать общее имущество и нарушать права других жильцов (Правила № 354, п. 122). При сомнении работы не проводить ' +
  'и сообщить нам.';

export function buildOrderView(input: OrderInput): OrderView {
  const date = formatRuDate(input.orderDate);
  const rows = input.lines.map((l, i): OrderRowView => ({
    position: String(i + 1),
    address: l.address,
    apartment: l.apartment || '—',
    accountNumber: l.accountNumber,
    service: l.service,
    debt: rublesText(l.debtKopecks),
    delivered: formatRuDate(l.deliveredDate),
    termEnded: formatRuDate(l.timerEndsDate),
    procedure: l.restrictionPossible ? RESTRICTION_FIRST : SUSPENSION_AT_ONCE,
  }));
  const total = input.lines.reduce((s, l) => s + l.debtKopecks, 0);
  const n = rows.length;
  const contractor = input.contractor;
  return {
    title: `Заявка № ${input.number} от ${date} на ограничение (приостановление) предоставления коммунальной услуги`,
    addressee: [
      contractor.name,
      ...(contractor.address ? [contractor.address] : []),
      ...(contractor.phone ? [`тел. ${contractor.phone}`] : []),
    ],
    sender: `От: ${input.organisationName}`,
    intro:
      'Потребители по адресам ниже не оплатили коммунальную услугу: долг по ней превышает два месячных размера платы, ' +
      'рассчитанных по нормативу потребления (Правила № 354, п. 117, 118). Предупреждения с точной суммой долга по ' +
      'услуге доставлены, двадцатидневный срок со дня доставки истёк (п. 119), долг на дату заявки не погашен. Просим ' +
      'ввести ограничение (приостановление) предоставления услуги в указанном порядке и составить акт по каждому адресу.',
    rows,
    total: `Всего: ${n} ${plural(n, ['адрес', 'адреса', 'адресов'])}, долг по услугам ${rublesText(total)} руб.`,
    sewageRisk: input.lines.some((l) => l.service === SEWAGE) ? SEWAGE_RISK_LINE : null,
    instructions: [
      'В акте укажите дату и время, способ ограничения, присутствовавших лиц и показания приборов учёта; приложите фото.',
      'Если долг погашен до выезда, работы не проводятся — мы сообщим об этом; уточняйте по телефону в день работ.',
      'Акт и фотографии верните нам в течение одного рабочего дня после работ.',
    ],
    signer: input.responsiblePerson || input.organisationName,
    footer: `Заявка № ${input.number} от ${date}`,
  };
}
