/**
 * @file The restriction page (measure 8), tab «Соглашения».
 */
export function AgreementsTab() {
  return <p className="muted">Раздел «Соглашения» в работе.</p>;
}
