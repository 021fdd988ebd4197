/**
 * @file A zod refusal in a clerk's words: «Слишком длинный запрос: не больше 200 знаков.», «Комментарий: не больше
 * 500 знаков.», «Сумма: не меньше 0.» — the field's Russian name, never its key («search»), a type name («string»)
 * or a sign («<=»).
 *
 * Messages a schema writes for clerks itself (they end with a full stop) are kept as written. Any other refusal is
 * rebuilt here from the issue's facts (code, limit) and the field's name in {@link FIELD_NAMES}; a field the table
 * does not name is called «Значение поля» — the key is not shown to a clerk.
 */
import { formatCount } from '../text/format-count';

/** The facts of a zod issue this module reads (zod 4's issue shape, kept structural so both hosts compile it). */
export interface IssueFacts {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
}

/** Russian names of the input fields a clerk can type into, by their key in the contract's schemas. */
export const FIELD_NAMES: Readonly<Record<string, string>> = {
  search: 'Запрос',
  note: 'Примечание',
  comment: 'Комментарий',
  reason: 'Причина',
  text: 'Текст',
  template: 'Текст сообщения',
  answer: 'Ответ',
  fullName: 'ФИО',
  name: 'Название',
  login: 'Логин',
  password: 'Пароль',
  newPassword: 'Новый пароль',
  oldPassword: 'Прежний пароль',
  accountNumber: 'Номер лицевого счёта',
  number: 'Номер',
  phone: 'Телефон',
  place: 'Место',
  bailiffName: 'Судебный пристав',
  executor: 'Исполнитель',
  responsiblePerson: 'Ответственный',
  organisationName: 'Наименование организации',
  districtName: 'Название района',
  mappingName: 'Название настройки столбцов',
  source: 'Источник',
  title: 'Заголовок',
  address: 'Адрес',
  folder: 'Папка',
  url: 'Адрес шлюза',
  token: 'Ключ',
  certFile: 'Файл сертификата',
  keyFile: 'Файл ключа',
  decision: 'Решение',
  caseNumber: 'Номер дела',
  writNumber: 'Номер исполнительного документа',
  proceedingNumber: 'Номер производства',
  courtName: 'Суд',
  department: 'Отдел',
  limit: 'Количество',
  targetCount: 'Цель',
  count: 'Количество',
  perDay: 'Лимит в день',
  perWeek: 'Лимит в неделю',
  perMonth: 'Лимит в месяц',
  months: 'Число месяцев',
  withinDays: 'Число дней',
  paymentDays: 'Дней на оплату',
  idleMinutes: 'Минут без действий',
  port: 'Порт',
  entrance: 'Подъезд',
  percentBp: 'Процент',
  vatBasisPoints: 'НДС',
  dailyQuota: 'Дневная норма',
  minMonthsInArrears: 'Месяцев просрочки',
  minKopecks: 'Наименьшая сумма',
  maxKopecks: 'Наибольшая сумма',
  minDebtKopecks: 'Долг от',
  overKopecks: 'Сумма свыше',
  baseKopecks: 'Основная сумма',
  courtOrderMinKopecks: 'Наименьший долг для приказа',
  promiseKopecks: 'Сумма обещания',
  paidKopecks: 'Оплачено',
  amountKopecks: 'Сумма',
  kopecks: 'Сумма',
  totalKopecks: 'Сумма',
  tariffKopecks: 'Тариф',
  principalKopecks: 'Основной долг',
  penaltyKopecks: 'Пени',
  dutyKopecks: 'Госпошлина',
  debtKopecks: 'Долг',
  sumKopecks: 'Сумма',
  value: 'Значение',
};

/** How a too-long text of a field is said when «<Название>: не больше N знаков.» reads worse. */
const TOO_LONG: Readonly<Record<string, string>> = {
  search: 'Слишком длинный запрос',
  template: 'Слишком длинный текст сообщения',
  comment: 'Слишком длинный комментарий',
};

/** «не больше 1 знака», «не больше 200 знаков», «не меньше 21 знака»: after «больше/меньше» Russian takes the genitive. */
function genitive(n: number, singular: string, pluralForm: string): string {
  return `${formatCount(n)} ${n % 10 === 1 && n % 100 !== 11 ? singular : pluralForm}`;
}

/** The field's Russian name from the issue's path (its last named key), or a neutral one. */
export function fieldNameOf(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const key = path[i];
    if (typeof key === 'string') return FIELD_NAMES[key] ?? 'Значение поля';
  }
  return 'Значение';
}

function lastKey(path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i -= 1) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

/** «Слишком длинный запрос: не больше 200 знаков.» for a zod issue; a clerk's own message as it is. */
export function clerkIssueText(issue: IssueFacts): string {
  if (issue.message.trim().endsWith('.')) return issue.message.trim();
  const name = fieldNameOf(issue.path);
  const key = lastKey(issue.path);
  const limit = Number(issue.maximum ?? issue.minimum ?? 0);
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') {
        return `${(key && TOO_LONG[key]) ?? name}: не больше ${genitive(limit, 'знака', 'знаков')}.`;
      }
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${name}: не больше ${genitive(limit, 'значения', 'значений')}.`;
      return `${name}: не больше ${formatCount(limit)}.`;
    case 'too_small':
      if (issue.origin === 'string')
        return limit <= 1 ? `${name}: заполните поле.` : `${name}: не меньше ${genitive(limit, 'знака', 'знаков')}.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${name}: выберите хотя бы ${limit <= 1 ? 'одно значение' : formatCount(limit)}.`;
      return `${name}: не меньше ${formatCount(limit)}.`;
    case 'invalid_type':
      if (issue.expected === 'int') return `${name}: нужно целое число.`;
      if (issue.expected === 'number') return `${name}: нужно число.`;
      if (issue.expected === 'string') return `${name}: нужен текст.`;
      return `${name}: не заполнено или заполнено неверно.`;
    case 'not_multiple_of':
      return `${name}: нужно целое число.`;
    case 'invalid_value':
      return `${name}: такого варианта нет — выберите из списка.`;
    case 'invalid_format':
      return `${name}: неверный вид значения.`;
    default:
      return `${name}: ${issue.message}.`;
  }
}
