/**
 * @file Мероприятие 13, вкладка «Встречи».
 */
export function MeetingsLogTab() {
  return <p className="muted">Раздел «Встречи» в работе.</p>;
}
