/**
 * @file Мероприятие 7, вкладка «Рейды «Чёрная метка»».
 */
export function BlackmarkRaidsTab() {
  return <p className="muted">Раздел «Рейды «Чёрная метка» и показательные отключения» в работе.</p>;
}
