/**
 * @file How a journal entry reads to a clerk, the same on the journal page and in its XLSX: the kind's Russian name
 * (an old kind no longer in the list shows as its code, never as a blank), the plan's measure, the object it is
 * about, and the «Было/Стало» of a change as field-by-field lines.
 */
import { JOURNAL_KINDS, type JournalObjectType } from './journal-kinds';
import { PLAN_MEASURES } from '../plan/plan-measures';
import { ROLE_LABELS, type UserRole } from '../auth/roles';
import { PERMISSIONS, type Permission } from '../auth/permissions';
import { CASE_STATUS_TITLES } from '../court/case-steps';
import { PROCEEDING_STATUS_LABELS, WRIT_STATUS_LABELS } from '../fssp/fssp-terms';
import { AGREEMENT_STATUS_LABELS } from '../api/contract-agreements';
import { DWELLING_STATUS_LABELS } from '../housing/dwelling-status';
import { BLACKMARK_STATUS_LABELS } from '../blackmark/blackmark-terms';
import { EVICTION_STATUS_LABELS } from '../eviction/eviction-steps';
import { APPLICATION_STATUS_LABELS } from '../api/contract-fssp-applications';

export function journalKindLabel(kind: string): string {
  return Object.hasOwn(JOURNAL_KINDS, kind) ? JOURNAL_KINDS[kind as keyof typeof JOURNAL_KINDS].label : kind;
}

/** «1. SMS-информирование»; office work (no measure) → «Без мероприятия». */
export function journalMeasureLabel(measure: number | null): string {
  if (measure === null) return 'Без мероприятия';
  const m = PLAN_MEASURES.find((p) => p.number === measure);
  return m ? `${m.number}. ${m.title}` : String(measure);
}

const OBJECT_LABELS: Record<JournalObjectType, string> = {
  account: 'Лицевой счёт',
  batch: 'Пакет',
  document: 'Документ',
  case: 'Дело',
  table: 'Таблица',
  user: 'Пользователь',
  role: 'Роль',
  settings: 'Настройки',
  rules: 'Правила',
  import: 'Загрузка',
  run: 'Расчёт',
  writ: 'Исполнительный документ',
  application: 'Заявление в ФССП',
  register: 'Реестр передачи',
  proceeding: 'Исполнительное производство',
  petition: 'Ходатайство',
  reconciliation: 'Сверка',
  raid: 'Рейд',
  department: 'Отдел ФССП',
  restriction: 'Ограничение услуги',
  order: 'Заявка исполнителю',
  act: 'Акт',
  agreement: 'Соглашение о погашении',
  eviction: 'Дело о выселении',
  dwelling: 'Муниципальное жильё',
  report: 'Отчёт',
  publication: 'Публикация',
  blackmark_raid: 'Рейд «Чёрная метка»',
  meeting: 'Встреча',
  backup: 'Резервная копия',
};

/** Objects whose number the clerk never sees anywhere else (a user, a run): the kind alone, not an inner id. */
const INNER_NUMBERS = new Set(['user', 'role', 'run', 'table', 'settings', 'rules', 'backup', 'import']);

/**
 * «Пакет № 12», «Документ № 17»; a key that is not a number (a settings key, a table's name) is for the program, so it
 * reads as the kind of object alone. The account itself is the «Л/с» column: an account object reads empty.
 */
export function journalObjectLabel(
  objectType: string | null,
  objectId: string | null,
  accountNumber: string | null,
): string {
  if (objectType === null) return '';
  if (objectType === 'account' && accountNumber !== null) return '';
  const label = Object.hasOwn(OBJECT_LABELS, objectType) ? OBJECT_LABELS[objectType as JournalObjectType] : objectType;
  if (objectId === null || !/^\d+$/.test(objectId) || INNER_NUMBERS.has(objectType)) return label;
  return `${label} № ${objectId}`;
}

/** Russian names of the fields changes carry; a field without one shows as «Прочее (key)», never as a bare code. */
const FIELD_LABELS: Record<string, string> = {
  login: 'Логин',
  fullName: 'ФИО',
  role: 'Роль',
  dailyQuota: 'Звонков в день',
  active: 'Работает',
  permissions: 'Права',
  organisationName: 'Организация',
  districtName: 'Округ',
  responsiblePerson: 'Ответственный',
  idleMinutes: 'Блокировка через, мин',
  cliRole: 'Роль командной строки',
  hasPassword: 'Пароль задан',
  id: 'Номер записи',
  name: 'Название',
  kind: 'Вид',
  status: 'Состояние',
  statusDate: 'Дата состояния',
  note: 'Примечание',
  reason: 'Причина',
  address: 'Адрес',
  phone: 'Телефон',
  email: 'Электронная почта',
  website: 'Сайт',
  position: 'Должность',
  powerOfAttorney: 'Доверенность',
  code: 'Код',
  plotNumber: 'Номер участка',
  payeeName: 'Получатель платежа',
  payeeInn: 'ИНН получателя',
  payeeKpp: 'КПП получателя',
  payeeBankName: 'Банк получателя',
  payeeBik: 'БИК банка получателя',
  payeeBankAccount: 'Счёт банка получателя',
  payeeTreasuryAccount: 'Казначейский счёт',
  kbk: 'КБК',
  oktmo: 'ОКТМО',
  confirmed: 'Подтверждено',
  street: 'Улица',
  houseFrom: 'Дома с',
  houseTo: 'Дома по',
  parity: 'Чётность домов',
  table: 'Справочник',
  demo: 'Демонстрационные данные',
  rows: 'Строк',
  row: 'Строка',
  seniorBailiff: 'Старший судебный пристав',
  personId: 'Номер жильца',
  bankName: 'Банк',
  bik: 'БИК',
  bankAddress: 'Адрес банка',
  accountNumber: 'Номер счёта',
  createdAtMs: 'Создано',
  atMs: 'Время',
  answers: 'Ответы',
  contractorId: 'Исполнитель (номер)',
  courtCaseId: 'Судебное дело (номер)',
  reservedCaseId: 'Дело о выселении (номер)',
  dueDate: 'Срок',
  dutyExemptReason: 'Основание освобождения от пошлины',
  identifiersStatus: 'Идентификаторы должника',
  keyEncrypted: 'Ключ (зашифрован)',
  keySet: 'Ключ задан',
  maxChars: 'Наибольшая длина строки',
  resolutionNote: 'Решение',
  service: 'Услуга',
  signedDate: 'Дата подписания',
  validFromDate: 'Действует с',
  valueInt: 'Значение',
};

/** Codes a change stores as values, in the clerk's words (statuses of every kind of case, kinds, parities). */
const VALUE_LABELS: Record<string, string> = {
  ...CASE_STATUS_TITLES,
  ...WRIT_STATUS_LABELS,
  ...PROCEEDING_STATUS_LABELS,
  ...AGREEMENT_STATUS_LABELS,
  ...DWELLING_STATUS_LABELS,
  ...BLACKMARK_STATUS_LABELS,
  ...EVICTION_STATUS_LABELS,
  ...APPLICATION_STATUS_LABELS,
  magistrate: 'мировой судья',
  district: 'районный суд',
  all: 'все',
  odd: 'нечётные',
  even: 'чётные',
  service_norms: 'нормативы и тарифы',
  restrictable_services: 'услуги, которые можно ограничить',
  measure_rules: 'правила мероприятий',
  warned: 'предупреждён',
  delivered: 'вручено',
  ordered: 'заявка исполнителю',
  restricted: 'услуга ограничена',
  restoration_due: 'пора восстановить',
  restored: 'восстановлена',
  planned: 'запланирован',
  draft: 'черновик',
  signed: 'подписано',
};

export interface JournalChangeLine {
  /** The field's key as stored ('role', 'permissions', 'idleMinutes'); '' for a value that is not an object. */
  field: string;
  /** «Роль», «ФИО», the key itself for a field without a Russian name, «Значение» for a value that is not an object. */
  fieldLabel: string;
  before: string;
  after: string;
  changed: boolean;
}

function parse(json: string | null): unknown {
  if (json === null) return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/** Statuses read by the object's own list first: «returned» is «возвращено судом» for a case, «возвращён взыскателю» for a writ. */
const STATUS_BY_OBJECT: Partial<Record<string, Record<string, string>>> = {
  case: CASE_STATUS_TITLES,
  writ: WRIT_STATUS_LABELS,
  proceeding: PROCEEDING_STATUS_LABELS,
  agreement: AGREEMENT_STATUS_LABELS,
  dwelling: DWELLING_STATUS_LABELS,
  blackmark_raid: BLACKMARK_STATUS_LABELS,
  raid: BLACKMARK_STATUS_LABELS,
  eviction: EVICTION_STATUS_LABELS,
  application: APPLICATION_STATUS_LABELS,
};

/** The object type of the entry being shown (set by journalChangeLines for the duration of one call). */
let ownStatuses: Record<string, string> | undefined;

function show(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return 'пусто';
  if (typeof value === 'string') {
    if (ownStatuses && Object.hasOwn(ownStatuses, value)) return ownStatuses[value] as string;
    return Object.hasOwn(VALUE_LABELS, value) ? (VALUE_LABELS[value] as string) : value;
  }
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (typeof value === 'number') return String(value);
  // Lists and records read as «поле: значение» in Russian, never as JSON.
  if (Array.isArray(value)) return value.map((v) => (isRecord(v) ? `(${showRecord(v)})` : show(v))).join('; ');
  if (isRecord(value)) return showRecord(value);
  return String(value);
}

function fieldLabel(field: string): string {
  if (Object.hasOwn(FIELD_LABELS, field)) return FIELD_LABELS[field] as string;
  return `Прочее (${field})`;
}

function showRecord(record: Record<string, unknown>): string {
  return Object.entries(record)
    .map(([k, v]) => `${fieldLabel(k).toLowerCase()}: ${showField(k, v)}`)
    .join(', ');
}

/** A role reads as its Russian name («оператор»), rights as their names, times as dates, the rest as `show`. */
function showField(field: string, value: unknown): string {
  if ((field === 'role' || field === 'cliRole') && typeof value === 'string' && Object.hasOwn(ROLE_LABELS, value)) {
    return ROLE_LABELS[value as UserRole];
  }
  if (field === 'permissions' && Array.isArray(value)) return permissionsText(value);
  if (field.endsWith('AtMs') && typeof value === 'number') return moscowDateTime(value);
  return show(value);
}

function permissionsText(codes: unknown[]): string {
  if (codes.length === 0) return 'нет';
  return codes
    .map((c) =>
      typeof c === 'string' && Object.hasOwn(PERMISSIONS, c) ? PERMISSIONS[c as Permission].label : String(c),
    )
    .join('; ');
}

/** «05.12.2026 14:03» by Moscow time, the same on every computer. */
function moscowDateTime(ms: number): string {
  return new Intl.DateTimeFormat('ru-RU', {
    timeZone: 'Europe/Moscow',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(new Date(ms))
    .replace(',', '');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The before/after of a change as lines: objects field by field (the changed ones marked), anything else as one
 * line. Empty when the entry carries neither.
 */
export function journalChangeLines(
  beforeJson: string | null,
  afterJson: string | null,
  objectType: string | null = null,
): JournalChangeLine[] {
  ownStatuses = objectType === null ? undefined : STATUS_BY_OBJECT[objectType];
  try {
    return changeLines(beforeJson, afterJson);
  } finally {
    ownStatuses = undefined;
  }
}

function changeLines(beforeJson: string | null, afterJson: string | null): JournalChangeLine[] {
  const before = parse(beforeJson);
  const after = parse(afterJson);
  if (before === undefined && after === undefined) return [];
  if ((before === undefined || isRecord(before)) && (after === undefined || isRecord(after))) {
    const b = before ?? {};
    const a = after ?? {};
    const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    return fields.map((field) => {
      const bv = showField(field, Object.hasOwn(b, field) ? b[field] : undefined);
      const av = showField(field, Object.hasOwn(a, field) ? a[field] : undefined);
      return { field, fieldLabel: fieldLabel(field), before: bv, after: av, changed: bv !== av };
    });
  }
  // A bare list of rights (a role's permissions) reads as their names.
  const looksLikeRights = (v: unknown): boolean =>
    Array.isArray(v) && v.length > 0 && v.every((c) => typeof c === 'string' && Object.hasOwn(PERMISSIONS, c));
  const rights = looksLikeRights(before) || looksLikeRights(after);
  const bv = rights && Array.isArray(before) ? permissionsText(before) : show(before);
  const av = rights && Array.isArray(after) ? permissionsText(after) : show(after);
  return [{ field: '', fieldLabel: rights ? 'Права' : 'Значение', before: bv, after: av, changed: bv !== av }];
}
