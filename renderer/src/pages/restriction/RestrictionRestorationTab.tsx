/**
 * @file The restriction page (measure 8), tab «Восстановление».
 */
export function RestrictionRestorationTab() {
  return <p className="muted">Раздел «Восстановление» в работе.</p>;
}
