/**
 * @file A court's record as a clerk fills it in (shared, pure): the state-duty payee defaults (the ЕНС details of
 * data/court-duty-payment.md: one recipient and accounts for every court; the ОКТМО is the court's own, 46744000
 * for г.о. Красногорск) and the checks of each field, with Russian messages, used by the API schema and the CSV
 * import alike.
 */

export type CourtKind = 'magistrate' | 'district';

export const COURT_KIND_LABELS: Record<CourtKind, string> = {
  magistrate: 'Мировой судья',
  district: 'Районный (городской) суд',
};

/** The state-duty payee of a court (платёжное поручение, поля 16, 61, 103, 13, 14, 15, 17, 104, 105). */
export interface CourtPayee {
  payeeName: string;
  payeeInn: string;
  payeeKpp: string;
  payeeBankName: string;
  payeeBik: string;
  payeeBankAccount: string;
  payeeTreasuryAccount: string;
  kbk: string;
  oktmo: string;
}

export interface CourtFields extends CourtPayee {
  kind: CourtKind;
  name: string;
  plotNumber: string | null;
  code: string | null;
  address: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  confirmed: boolean;
  note: string;
}

export type PayeeField =
  | 'payeeName'
  | 'payeeInn'
  | 'payeeKpp'
  | 'payeeBankName'
  | 'payeeBik'
  | 'payeeBankAccount'
  | 'payeeTreasuryAccount'
  | 'kbk'
  | 'oktmo';

/** The state duty to courts of general jurisdiction through the ЕНС (КПП 770701001 from 05.12.2025). */
export const ENS_PAYEE: Record<PayeeField, string> = {
  payeeName: 'Казначейство России (ФНС России)',
  payeeInn: '7727406020',
  payeeKpp: '770701001',
  payeeBankName: 'ОКЦ № 7 ГУ Банка России по ЦФО//УФК по Тульской области, г Тула',
  payeeBik: '017003983',
  payeeBankAccount: '40102810445370000059',
  payeeTreasuryAccount: '03100643000000018500',
  kbk: '18210803010011050110',
  oktmo: '46744000',
};

export const COURT_FIELD_LABELS: Record<keyof CourtFields, string> = {
  kind: 'Вид суда',
  name: 'Наименование',
  plotNumber: 'Номер участка',
  code: 'Код суда',
  address: 'Адрес',
  phone: 'Телефон',
  email: 'Эл. почта',
  website: 'Сайт',
  payeeName: 'Получатель',
  payeeInn: 'ИНН получателя',
  payeeKpp: 'КПП получателя',
  payeeBankName: 'Банк получателя',
  payeeBik: 'БИК',
  payeeBankAccount: 'ЕКС (счёт банка получателя)',
  payeeTreasuryAccount: 'Казначейский счёт',
  kbk: 'КБК',
  oktmo: 'ОКТМО',
  confirmed: 'Сведения сверены',
  note: 'Примечание',
};

const DIGITS: Partial<Record<keyof CourtFields, { n: number[]; text: string }>> = {
  payeeInn: { n: [10], text: '10 цифр' },
  payeeKpp: { n: [9], text: '9 цифр' },
  payeeBik: { n: [9], text: '9 цифр' },
  payeeBankAccount: { n: [20], text: '20 цифр' },
  payeeTreasuryAccount: { n: [20], text: '20 цифр' },
  kbk: { n: [20], text: '20 цифр' },
  oktmo: { n: [8, 11], text: '8 или 11 цифр' },
};

export interface FieldProblem {
  field: keyof CourtFields;
  message: string;
}

/** The problems of a court's record: required fields, digit counts, the plot number of a magistrate. */
export function courtFieldProblems(c: CourtFields): FieldProblem[] {
  const out: FieldProblem[] = [];
  const need = (field: keyof CourtFields) => {
    const v = c[field];
    if (typeof v !== 'string' || v.trim() === '')
      out.push({ field, message: `${COURT_FIELD_LABELS[field]}: заполните поле.` });
  };
  need('name');
  need('address');
  if (c.kind === 'magistrate' && (c.plotNumber ?? '').trim() === '')
    out.push({ field: 'plotNumber', message: 'Номер участка: у мирового судьи укажите номер судебного участка.' });
  if (c.plotNumber !== null && c.plotNumber.trim() !== '' && !/^\d{1,4}$/.test(c.plotNumber.trim()))
    out.push({ field: 'plotNumber', message: `Номер участка — число, например 123 (получено «${c.plotNumber}»).` });
  need('payeeName');
  need('payeeBankName');
  for (const [field, rule] of Object.entries(DIGITS) as [keyof CourtFields, { n: number[]; text: string }][]) {
    const v = String(c[field] ?? '').trim();
    if (!/^\d+$/.test(v) || !rule.n.includes(v.length))
      out.push({
        field,
        message: `${COURT_FIELD_LABELS[field]} — ${rule.text}${v === '' ? '' : ` (получено «${v}»)`}.`,
      });
  }
  if (c.email !== null && c.email.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.email.trim()))
    out.push({ field: 'email', message: `Эл. почта указана неверно: «${c.email}».` });
  if (c.website !== null && c.website.trim() !== '' && !/^https?:\/\/\S+$/i.test(c.website.trim()))
    out.push({ field: 'website', message: `Сайт — адрес вида https://…, получено «${c.website}».` });
  if (c.code !== null && c.code.trim() !== '' && !/^[0-9A-Za-z]{4,12}$/.test(c.code.trim()))
    out.push({
      field: 'code',
      message: `Код суда — латинские буквы и цифры, например 50RS0021 (получено «${c.code}»).`,
    });
  return out;
}
