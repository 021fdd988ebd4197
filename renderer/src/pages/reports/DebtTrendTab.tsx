/**
 * @file Отчёты, вкладка «Долг по месяцам».
 */
export function DebtTrendTab() {
  return <p className="muted">Раздел «Долг по месяцам» в работе.</p>;
}
