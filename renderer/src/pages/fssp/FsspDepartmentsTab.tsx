/**
 * @file The bailiffs' page, tab «Отделы ФССП».
 */
export function FsspDepartmentsTab() {
  return <p className="muted">Раздел «Отделы ФССП» в работе.</p>;
}
