/**
 * @file Мероприятие 7, вкладка «Публикации».
 */
export function PublicationsTab() {
  return <p className="muted">Раздел «Публикации» в работе.</p>;
}
