/**
 * @file The dated rules of the court work (table `court_rules`, seeded by migration 0011, edited by an
 * administrator): their keys and Russian names.
 */
export const COURT_RULE_KEYS = {
  court_order_max_kopecks: 'Судебный приказ — требования не более (ГПК РФ ст.121), коп.',
  magistrate_lawsuit_max_kopecks: 'Иск у мирового судьи — цена иска не более (ГПК РФ ст.23), коп.',
  batch_approval_required: 'Пакет заявлений утверждает начальник отдела (1 — да, 0 — нет)',
  limitation_warn_days_far: 'Предупреждать о давности месяца за, дней (первое предупреждение)',
  limitation_warn_days_near: 'Предупреждать о давности месяца за, дней (второе предупреждение)',
  lawsuit_min_limitation_months: 'Иск после отмены приказа — минимальный остаток давности, мес.',
} as const;

export type CourtRuleKey = keyof typeof COURT_RULE_KEYS;
