/**
 * @file Отчёты, вкладка «Выполнение плана».
 */
export function PlanReportTab() {
  return <p className="muted">Раздел «Выполнение плана» в работе.</p>;
}
