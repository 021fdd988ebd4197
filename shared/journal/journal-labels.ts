/**
 * @file How a journal entry reads to a clerk, the same on the journal page and in its XLSX: the kind's Russian name
 * (an old kind no longer in the list shows as its code, never as a blank), the plan's measure, the object it is
 * about, and the «Было/Стало» of a change as field-by-field lines.
 */
import { JOURNAL_KINDS, type JournalObjectType } from './journal-kinds';
import { PLAN_MEASURES } from '../plan/plan-measures';
import { ROLE_LABELS, type UserRole } from '../auth/roles';

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

/**
 * «Пакет 12», «Документ 17»; a key that is not a number (a settings key, a table's name) is for the program, so it
 * reads as the kind of object alone. The account itself is the «Л/с» column: an account object reads empty.
 */
export function journalObjectLabel(objectType: string | null, objectId: string | null, accountNumber: string | null): string {
  if (objectType === null) return '';
  if (objectType === 'account' && accountNumber !== null) return '';
  const label = Object.hasOwn(OBJECT_LABELS, objectType) ? OBJECT_LABELS[objectType as JournalObjectType] : objectType;
  return objectId !== null && /^\d+$/.test(objectId) ? `${label} ${objectId}` : label;
}

/** Russian names of the fields changes usually carry; any other field shows as stored. */
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

function show(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return 'пусто';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  return JSON.stringify(value);
}

/** A role reads as its Russian name («оператор»), everything else as shown by `show`. */
function showField(field: string, value: unknown): string {
  if ((field === 'role' || field === 'cliRole') && typeof value === 'string' && Object.hasOwn(ROLE_LABELS, value)) {
    return ROLE_LABELS[value as UserRole];
  }
  return show(value);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The before/after of a change as lines: objects field by field (the changed ones marked), anything else as one
 * line. Empty when the entry carries neither.
 */
export function journalChangeLines(beforeJson: string | null, afterJson: string | null): JournalChangeLine[] {
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
      const fieldLabel = Object.hasOwn(FIELD_LABELS, field) ? (FIELD_LABELS[field] as string) : field;
      return { field, fieldLabel, before: bv, after: av, changed: bv !== av };
    });
  }
  const bv = show(before);
  const av = show(after);
  return [{ field: '', fieldLabel: 'Значение', before: bv, after: av, changed: bv !== av }];
}
