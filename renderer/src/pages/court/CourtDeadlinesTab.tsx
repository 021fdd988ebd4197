/**
 * @file The «Сроки» tab of the court work page (measure 9). PLACEHOLDER until the cases area is built.
 */
export function CourtDeadlinesTab() {
  return <p className="muted">Раздел «Сроки» готовится.</p>;
}
