/**
 * @file The dated rules of the court and bailiffs' work (table `court_rules`, seeded by migration 0011, edited by an
 * administrator): their keys and Russian names.
 */
export const COURT_RULE_KEYS = {
  court_order_max_kopecks: 'Судебный приказ — требования не более (ГПК РФ ст.121), коп.',
  magistrate_lawsuit_max_kopecks: 'Иск у мирового судьи — цена иска не более (ГПК РФ ст.23), коп.',
  batch_approval_required: 'Пакет заявлений утверждает начальник отдела (1 — да, 0 — нет)',
  limitation_warn_days_far: 'Предупреждать о давности месяца за, дней (первое предупреждение)',
  limitation_warn_days_near: 'Предупреждать о давности месяца за, дней (второе предупреждение)',
  lawsuit_min_limitation_months: 'Иск после отмены приказа — минимальный остаток давности, мес.',
  writ_term_years: 'Срок предъявления исполнительного документа (229-ФЗ ст.21), лет',
  writ_warn_days_far: 'Предупреждать об истечении срока предъявления за, дней (первое предупреждение)',
  writ_warn_days_near: 'Предупреждать об истечении срока предъявления за, дней (второе предупреждение)',
  travel_ban_min_kopecks: 'Запрет выезда — долг по производству не менее (229-ФЗ ст.67), коп.',
  petition_answer_days: 'Ответ на ходатайство — рабочих дней (229-ФЗ ст.64.1, ст.15)',
} as const;

export type CourtRuleKey = keyof typeof COURT_RULE_KEYS;
