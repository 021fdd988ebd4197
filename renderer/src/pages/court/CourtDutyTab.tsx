/**
 * @file The «Госпошлина» tab of the court work page (measure 9). PLACEHOLDER until the duty area is built.
 */
export function CourtDutyTab() {
  return <p className="muted">Раздел «Госпошлина» готовится.</p>;
}
