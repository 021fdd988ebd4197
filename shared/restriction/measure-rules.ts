/**
 * @file The dated whole-number rules of measures 8 (restriction) and 12 (eviction) and of the repayment agreements:
 * their keys and Russian names. The values live in table `measure_rules` (seeded by migration 0016; the row with the
 * latest valid_from_date not after the day applies; an administrator adds rows). Rules take their values as
 * arguments: nothing here is read at run time except through the table.
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

/** The value of `key` on `date` from the rows of the table (the latest valid_from_date not after the date), or null. */
export function measureRuleOn(rows: readonly MeasureRuleRow[], key: MeasureRuleKey, date: string): number | null {
  let best: MeasureRuleRow | null = null;
  for (const r of rows)
    if (r.key === key && r.validFromDate <= date && (best === null || r.validFromDate > best.validFromDate)) best = r;
  return best ? best.valueInt : null;
}
