/**
 * @file Мероприятие 13, вкладка «Сводка по дому».
 */
export function BuildingKitTab() {
  return <p className="muted">Раздел «Сводка по дому» в работе.</p>;
}
