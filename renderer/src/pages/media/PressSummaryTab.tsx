/**
 * @file Мероприятие 7, вкладка «Сводка для СМИ».
 */
export function PressSummaryTab() {
  return <p className="muted">Раздел «Сводка для СМИ» в работе.</p>;
}
