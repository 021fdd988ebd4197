/**
 * @file The plan's targets per measure as seeded into plan_targets (editable by an administrator on the cockpit):
 * how many accounts per which period, and who is responsible. Measures whose plan line gives no number carry
 * `targetCount: null` — the cockpit shows the plan's words and the actual counts.
 */

export type TargetPeriod = 'day' | 'week' | 'month' | 'quarter' | 'year';

export const PERIOD_LABELS: Record<TargetPeriod, string> = {
  day: 'в день',
  week: 'в неделю',
  month: 'в месяц',
  quarter: 'в квартал',
  year: 'в год',
};

export interface PlanTargetSeed {
  measure: number;
  targetCount: number | null;
  period: TargetPeriod;
  executor: string;
}

export const PLAN_TARGET_SEEDS: readonly PlanTargetSeed[] = [
  { measure: 1, targetCount: 100, period: 'month', executor: 'Отдел по работе с задолженностью' },
  { measure: 2, targetCount: 400, period: 'day', executor: 'Отдел по работе с задолженностью (операторы)' },
  { measure: 3, targetCount: null, period: 'month', executor: 'Расчётный центр, управляющие компании' },
  { measure: 4, targetCount: null, period: 'month', executor: 'Управляющие компании' },
  { measure: 5, targetCount: null, period: 'month', executor: 'Отдел по работе с задолженностью' },
  { measure: 6, targetCount: null, period: 'month', executor: 'Управляющие компании' },
  { measure: 7, targetCount: null, period: 'quarter', executor: 'Пресс-служба администрации, Управление ЖКХ' },
  { measure: 8, targetCount: null, period: 'month', executor: 'Управляющие компании, ресурсоснабжающие организации' },
  { measure: 9, targetCount: null, period: 'month', executor: 'Юридический отдел, управляющие компании' },
  { measure: 10, targetCount: null, period: 'month', executor: 'Юридический отдел' },
  { measure: 11, targetCount: null, period: 'quarter', executor: 'Юридический отдел, ГУФССП по Московской области' },
  { measure: 12, targetCount: null, period: 'year', executor: 'Управление жилищных отношений' },
  { measure: 13, targetCount: null, period: 'month', executor: 'Управление ЖКХ, территориальные отделы' },
];

/**
 * Which journal kinds count as the measure done for an account. Measures not listed count every journal entry
 * naming an account with that measure.
 */
export const COUNTED_KINDS: Readonly<Record<number, readonly string[]>> = {
  1: ['sms.sent'],
  2: ['call.recorded'],
  // Measure 9 counts debtors whose application (court order or lawsuit) went to court.
  9: ['court.case_filed'],
  // Measure 12 counts social tenants whose eviction case was opened.
  12: ['eviction.case_opened'],
};
