/**
 * @file The «Очередь» tab of the court work page (measure 9). PLACEHOLDER until the queue area is built.
 */
export function CourtQueueTab() {
  return <p className="muted">Раздел «Очередь» готовится.</p>;
}
