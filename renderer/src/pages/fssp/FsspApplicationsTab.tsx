/**
 * @file The bailiffs' page, tab «Заявления и реестры».
 */
export function FsspApplicationsTab() {
  return <p className="muted">Раздел «Заявления и реестры» в работе.</p>;
}
