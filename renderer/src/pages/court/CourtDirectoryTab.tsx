/**
 * @file The «Суды» tab of the court work page (measure 9). PLACEHOLDER until the directory area is built.
 */
export function CourtDirectoryTab() {
  return <p className="muted">Раздел «Суды» готовится.</p>;
}
