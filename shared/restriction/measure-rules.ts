/**
 * @file The dated whole-number rules of measures 8 (restriction) and 12 (eviction) and of the repayment agreements:
 * their keys, Russian names and the seeds migration 0016 wrote (table `measure_rules`; the row with the latest
 * valid_from_date not after the day applies; an administrator adds rows). Rules take their values as arguments:
 * nothing here is read at run time except through the table.
 */

export const MEASURE_RULE_KEYS = {
  'restriction.threshold_months': { label: 'Порог ограничения: месяцев начислений по нормативу', unit: 'мес.' },
  'restriction.warning_days': { label: 'Срок предупреждения с момента доставки', unit: 'дн.' },
  'restriction.restoration_days': { label: 'Срок восстановления после погашения или соглашения', unit: 'дн.' },
  'restriction.cost_restriction_kopecks': { label: 'Стоимость ограничения, начисляемая должнику', unit: 'коп.' },
  'restriction.cost_restoration_kopecks': { label: 'Стоимость восстановления, начисляемая должнику', unit: 'коп.' },
  'agreement.tolerance_kopecks': { label: 'Соглашение: допустимая недоплата по платежу', unit: 'коп.' },
  'agreement.grace_days': { label: 'Соглашение: дней отсрочки платежа до нарушения', unit: 'дн.' },
  'eviction.dormitory_norm_centi_m2': { label: 'Норма жилой площади на человека (общежитие)', unit: 'сотых м²' },
  'eviction.warning_days': { label: 'Выселение: срок погашения по предупреждению', unit: 'дн.' },
  'eviction.duty_individual_kopecks': { label: 'Госпошлина, неимущественный иск, физическое лицо', unit: 'коп.' },
  'eviction.duty_organisation_kopecks': { label: 'Госпошлина, неимущественный иск, организация', unit: 'коп.' },
  'eviction.duty_exempt': { label: 'Истец освобождён от госпошлины (1 — да)', unit: '0/1' },
} as const satisfies Record<string, { label: string; unit: string }>;

export type MeasureRuleKey = keyof typeof MEASURE_RULE_KEYS;

export interface MeasureRuleRow {
  key: MeasureRuleKey;
  validFromDate: string;
  valueInt: number;
  note: string;
}

/** The seeds (the same rows migrations/0016_restriction_eviction.sql inserts). */
export const SEED_MEASURE_RULES: readonly MeasureRuleRow[] = [
  {
    key: 'restriction.threshold_months',
    validFromDate: '2012-09-01',
    valueInt: 2,
    note: 'Правила № 354 п.117, 118: долг более 2 месячных размеров платы по нормативу',
  },
  {
    key: 'restriction.warning_days',
    validFromDate: '2017-01-01',
    valueInt: 20,
    note: 'Правила № 354 п.119 «а»: 20 дней со дня доставки предупреждения',
  },
  {
    key: 'restriction.restoration_days',
    validFromDate: '2012-09-01',
    valueInt: 2,
    note: 'Правила № 354 п.120: 2 календарных дня с погашения или заключения соглашения',
  },
  {
    key: 'restriction.cost_restriction_kopecks',
    validFromDate: '2012-09-01',
    valueInt: 0,
    note: 'Задаёт администратор по договору с исполнителем; предельный размер не подтверждён',
  },
  {
    key: 'restriction.cost_restoration_kopecks',
    validFromDate: '2012-09-01',
    valueInt: 0,
    note: 'Задаёт администратор по договору с исполнителем; предельный размер не подтверждён',
  },
  {
    key: 'agreement.tolerance_kopecks',
    validFromDate: '2012-09-01',
    valueInt: 10000,
    note: 'Недоплата до 100 ₽ по платежу графика не нарушает соглашение',
  },
  {
    key: 'agreement.grace_days',
    validFromDate: '2012-09-01',
    valueInt: 5,
    note: 'Платёж графика считается просроченным через 5 дней после срока',
  },
  {
    key: 'eviction.dormitory_norm_centi_m2',
    validFromDate: '2005-03-01',
    valueInt: 600,
    note: 'ЖК РФ ст.105: не менее 6 м² жилой площади на человека',
  },
  {
    key: 'eviction.warning_days',
    validFromDate: '2005-03-01',
    valueInt: 30,
    note: 'Срок погашения долга, который даёт предупреждение нанимателю (практика наймодателя)',
  },
  {
    key: 'eviction.duty_individual_kopecks',
    validFromDate: '2005-01-01',
    valueInt: 30000,
    note: 'НК РФ ст.333.19 п.1 пп.3 (до 09.09.2024): 300 ₽',
  },
  {
    key: 'eviction.duty_individual_kopecks',
    validFromDate: '2024-09-09',
    valueInt: 300000,
    note: 'НК РФ ст.333.19 п.1 пп.3 (259-ФЗ): 3 000 ₽',
  },
  {
    key: 'eviction.duty_organisation_kopecks',
    validFromDate: '2005-01-01',
    valueInt: 600000,
    note: 'НК РФ ст.333.19 п.1 пп.3 (до 09.09.2024): 6 000 ₽ (не подтверждено)',
  },
  {
    key: 'eviction.duty_organisation_kopecks',
    validFromDate: '2024-09-09',
    valueInt: 2000000,
    note: 'НК РФ ст.333.19 п.1 пп.3 (259-ФЗ): 20 000 ₽',
  },
  {
    key: 'eviction.duty_exempt',
    validFromDate: '2005-01-01',
    valueInt: 0,
    note: 'Орган местного самоуправления освобождён (НК ст.333.36 п.1 пп.19) — включите, если истец такой орган',
  },
];

/** The value of `key` on `date` from the rows of the table (the latest valid_from_date not after the date), or null. */
export function measureRuleOn(rows: readonly MeasureRuleRow[], key: MeasureRuleKey, date: string): number | null {
  let best: MeasureRuleRow | null = null;
  for (const r of rows)
    if (r.key === key && r.validFromDate <= date && (best === null || r.validFromDate > best.validFromDate)) best = r;
  return best ? best.valueInt : null;
}

/** Services and whether they may be restricted (the seed of `restrictable_services`, from 01.09.2012). */
export const SEED_RESTRICTABLE_SERVICES: ReadonlyArray<{ service: string; restrictable: 0 | 1; note: string }> = [
  {
    service: 'Водоотведение',
    restrictable: 1,
    note: 'Правила № 354 п.117; риск: ВС РФ 05.03.2019 № 47-АД19-2 — строгий порядок, жильё не должно стать непригодным',
  },
  { service: 'Горячее водоснабжение', restrictable: 1, note: 'Правила № 354 п.117' },
  { service: 'Электроэнергия', restrictable: 1, note: 'Правила № 354 п.117' },
  { service: 'Электроснабжение', restrictable: 1, note: 'Правила № 354 п.117' },
  { service: 'Газоснабжение', restrictable: 1, note: 'Правила № 354 п.117' },
  { service: 'Отопление', restrictable: 0, note: 'Отопление не ограничивается и не приостанавливается за долги' },
  {
    service: 'Холодное водоснабжение',
    restrictable: 0,
    note: 'Холодная вода в многоквартирном доме не ограничивается за долги',
  },
];
