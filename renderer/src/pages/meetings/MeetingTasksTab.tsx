/**
 * @file Мероприятие 13, вкладка «Поручения».
 */
export function MeetingTasksTab() {
  return <p className="muted">Раздел «Поручения» в работе.</p>;
}
