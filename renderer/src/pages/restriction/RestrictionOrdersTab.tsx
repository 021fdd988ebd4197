/**
 * @file The restriction page (measure 8), tab «Заявки и акты».
 */
export function RestrictionOrdersTab() {
  return <p className="muted">Раздел «Заявки и акты» в работе.</p>;
}
