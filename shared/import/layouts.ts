/**
 * @file Canonical layouts of the billing files the application imports (and the demo district writes).
 *
 * Pure data, used by both sides: the import maps a file's header onto these fields (canonical Russian
 * header first, then the synonyms clerks' billing systems commonly use, compared case-insensitively with
 * «ё» = «е», spaces/punctuation folded); the demo generator writes exactly the canonical headers; the UI
 * shows the canonical headers when a clerk maps columns by hand.
 *
 * Value formats in files (what the parsers accept):
 * - money: rubles with a comma or a dot as decimal separator, optional spaces / NBSP as thousands separators,
 *   at most 2 decimals («1 234,56», «1234.5», «-120,00» for a correction); stored as integer kopecks;
 * - date: «дд.мм.гггг» (also «гггг-мм-дд», and an Excel date cell in XLSX);
 * - billing period: «ММ.ГГГГ» (also «гггг-мм», «01.ММ.ГГГГ» and an Excel date cell);
 * - yes/no: «да»/«нет», «1»/«0», «+»/«-», empty = default.
 */

export type ImportKind = 'companies' | 'accounts' | 'charges' | 'payments';

export type FieldType =
  | 'text'
  | 'money' // rubles in the file → integer kopecks
  | 'date' // → 'YYYY-MM-DD'
  | 'period' // → 'YYYY-MM'
  | 'integer'
  | 'decimal' // area, m² → kept as a string with a dot, e.g. '54.3'
  | 'share' // ownership share: «1/2», «0,5», «1» → {num, den}
  | 'boolean';

export interface LayoutField {
  /** Key of the field in a parsed record. */
  key: string;
  /** Canonical Russian column header, exactly as the demo files write it. */
  header: string;
  /** Other headers recognised for the same field. */
  synonyms: readonly string[];
  type: FieldType;
  required: boolean;
  /** Allowed values for enumerated text fields (compared case-insensitively, ё = е). */
  values?: readonly string[];
  /** Smallest allowed value of an integer/decimal field (inclusive). */
  min?: number;
  /** Largest allowed value of an integer/decimal field (inclusive). */
  max?: number;
}

export interface Layout {
  kind: ImportKind;
  /** What the clerk sees. */
  title: string;
  /** Default file name the demo generator writes (without extension). */
  fileStem: string;
  fields: readonly LayoutField[];
}

const ACCOUNT_NUMBER: LayoutField = {
  key: 'accountNumber',
  header: 'Лицевой счёт',
  synonyms: [
    'Лицевой счет',
    'ЛС',
    'Л/С',
    'Номер ЛС',
    'Номер лицевого счёта',
    'Номер лицевого счета',
    'Лиц. счёт',
    'Лиц. счет',
    'Л/сч',
    'Лиц. сч.',
    'Лицевой',
  ],
  type: 'text',
  required: true,
};

export const COMPANIES_LAYOUT: Layout = {
  kind: 'companies',
  title: 'Управляющие компании',
  fileStem: 'uk',
  fields: [
    {
      key: 'name',
      header: 'Наименование УК',
      synonyms: ['УК', 'Управляющая компания', 'Наименование'],
      type: 'text',
      required: true,
    },
    { key: 'inn', header: 'ИНН', synonyms: ['ИНН УК'], type: 'text', required: true },
    { key: 'kpp', header: 'КПП', synonyms: [], type: 'text', required: false },
    { key: 'ogrn', header: 'ОГРН', synonyms: [], type: 'text', required: false },
    { key: 'address', header: 'Адрес УК', synonyms: ['Юридический адрес', 'Адрес'], type: 'text', required: false },
    { key: 'phone', header: 'Телефон УК', synonyms: ['Телефон'], type: 'text', required: false },
    { key: 'bankName', header: 'Банк', synonyms: ['Наименование банка'], type: 'text', required: false },
    { key: 'bik', header: 'БИК', synonyms: [], type: 'text', required: false },
    {
      key: 'correspondentAccount',
      header: 'Корр. счёт',
      synonyms: ['Корр. счет', 'Корреспондентский счёт', 'Корреспондентский счет', 'К/с'],
      type: 'text',
      required: false,
    },
    {
      key: 'settlementAccount',
      header: 'Расчётный счёт',
      synonyms: ['Расчетный счет', 'Р/с'],
      type: 'text',
      required: false,
    },
    {
      key: 'contractDueDay',
      header: 'День оплаты по договору',
      synonyms: ['Срок оплаты', 'День оплаты'],
      type: 'integer',
      required: false,
      min: 1,
      max: 31,
    },
    {
      key: 'penaltyCharged',
      header: 'Пени начисляются',
      synonyms: ['Начислять пени', 'Пени'],
      type: 'boolean',
      required: false,
    },
  ],
};

export const ACCOUNTS_LAYOUT: Layout = {
  kind: 'accounts',
  title: 'Лицевые счета и жильцы',
  fileStem: 'accounts',
  fields: [
    ACCOUNT_NUMBER,
    { key: 'companyInn', header: 'ИНН УК', synonyms: ['ИНН управляющей компании'], type: 'text', required: true },
    { key: 'address', header: 'Адрес дома', synonyms: ['Адрес', 'Дом', 'Адрес МКД'], type: 'text', required: true },
    {
      key: 'entrance',
      header: 'Подъезд',
      synonyms: ['№ подъезда', 'Номер подъезда'],
      type: 'integer',
      required: false,
      min: 1,
    },
    {
      key: 'apartment',
      header: 'Квартира',
      synonyms: ['Кв.', 'Кв', 'Номер квартиры', 'Помещение', '№ кв.'],
      type: 'text',
      required: true,
    },
    {
      key: 'area',
      header: 'Площадь, м²',
      synonyms: ['Площадь', 'Общая площадь', 'Площадь, кв.м', 'Площадь, м2'],
      type: 'decimal',
      required: false,
      min: 0,
    },
    {
      key: 'ownershipForm',
      header: 'Форма собственности',
      synonyms: ['Собственность'],
      type: 'text',
      required: true,
      values: ['частная', 'муниципальная'],
    },
    {
      key: 'tenure',
      header: 'Основание проживания',
      synonyms: ['Статус', 'Тип владения', 'Владение'],
      type: 'text',
      required: true,
      values: ['собственник', 'наниматель'],
    },
    {
      key: 'accountStatus',
      header: 'Состояние счёта',
      synonyms: ['Состояние счета', 'Статус счёта', 'Статус счета'],
      type: 'text',
      required: false,
      values: ['открыт', 'закрыт'],
    },
    {
      key: 'fullName',
      header: 'ФИО',
      synonyms: ['Ф.И.О.', 'Фамилия Имя Отчество', 'Абонент', 'Житель'],
      type: 'text',
      required: false,
    },
    {
      key: 'role',
      header: 'Роль',
      synonyms: ['Отношение к ЛС', 'Степень родства'],
      type: 'text',
      required: false,
      values: ['собственник', 'наниматель', 'член семьи', 'зарегистрированный'],
    },
    { key: 'share', header: 'Доля', synonyms: ['Доля в праве', 'Доля собственности'], type: 'share', required: false },
    { key: 'birthDate', header: 'Дата рождения', synonyms: ['Д.р.', 'Дата рожд.'], type: 'date', required: false },
    { key: 'birthPlace', header: 'Место рождения', synonyms: [], type: 'text', required: false },
    { key: 'snils', header: 'СНИЛС', synonyms: [], type: 'text', required: false },
    { key: 'inn', header: 'ИНН жильца', synonyms: ['ИНН физлица', 'ИНН гражданина'], type: 'text', required: false },
    {
      key: 'passport',
      header: 'Паспорт',
      synonyms: ['Паспорт (серия, номер)', 'Серия и номер паспорта'],
      type: 'text',
      required: false,
    },
    {
      key: 'phone',
      header: 'Телефон',
      synonyms: ['Мобильный телефон', 'Тел.', 'Контактный телефон'],
      type: 'text',
      required: false,
    },
    {
      key: 'smsConsent',
      header: 'Согласие на SMS',
      synonyms: ['SMS', 'Согласие на СМС'],
      type: 'boolean',
      required: false,
    },
  ],
};

export const CHARGES_LAYOUT: Layout = {
  kind: 'charges',
  title: 'Начисления',
  fileStem: 'charges',
  fields: [
    ACCOUNT_NUMBER,
    {
      key: 'period',
      header: 'Период',
      synonyms: ['Расчётный период', 'Расчетный период', 'Месяц', 'Период начисления'],
      type: 'period',
      required: true,
    },
    { key: 'service', header: 'Услуга', synonyms: ['Наименование услуги', 'Вид услуги'], type: 'text', required: true },
    {
      key: 'amountKopecks',
      header: 'Начислено, руб.',
      synonyms: ['Начислено', 'Сумма начисления', 'Сумма', 'Начислено, руб', 'Сумма начислений', 'Начислено за месяц'],
      type: 'money',
      required: true,
    },
  ],
};

export const PAYMENTS_LAYOUT: Layout = {
  kind: 'payments',
  title: 'Оплаты',
  fileStem: 'payments',
  fields: [
    ACCOUNT_NUMBER,
    {
      key: 'paymentDate',
      header: 'Дата оплаты',
      synonyms: ['Дата платежа', 'Дата', 'Дата поступления'],
      type: 'date',
      required: true,
    },
    {
      key: 'amountKopecks',
      header: 'Сумма, руб.',
      synonyms: ['Сумма', 'Оплачено', 'Сумма оплаты', 'Сумма платежа', 'Оплачено, руб.', 'Поступило'],
      type: 'money',
      required: true,
    },
    {
      key: 'period',
      header: 'Оплачиваемый период',
      synonyms: ['Период оплаты', 'За период', 'Период'],
      type: 'period',
      required: false,
    },
    {
      key: 'source',
      header: 'Источник',
      synonyms: ['Банк', 'Способ оплаты', 'Канал оплаты'],
      type: 'text',
      required: false,
    },
    {
      key: 'documentNumber',
      header: 'Номер платежа',
      synonyms: ['Номер платёжного документа', 'Номер платежного документа', 'УИП', 'ID платежа'],
      type: 'text',
      required: false,
    },
  ],
};

export const LAYOUTS: Readonly<Record<ImportKind, Layout>> = {
  companies: COMPANIES_LAYOUT,
  accounts: ACCOUNTS_LAYOUT,
  charges: CHARGES_LAYOUT,
  payments: PAYMENTS_LAYOUT,
};

/**
 * Services a charge can name. Files may use other spellings; the import keeps the file's text but these
 * are the ones the demo writes and the UI groups by.
 */
export const SERVICES = [
  'Содержание жилого помещения',
  'Холодное водоснабжение',
  'Горячее водоснабжение',
  'Водоотведение',
  'Отопление',
  'Электроэнергия',
  'Газоснабжение',
  'Обращение с ТКО',
  'Взнос на капитальный ремонт',
  'Социальный наём',
] as const;
