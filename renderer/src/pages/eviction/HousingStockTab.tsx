/**
 * @file The eviction page (measure 12), tab «Муниципальный жилой фонд».
 */
export function HousingStockTab() {
  return <p className="muted">Раздел «Муниципальный жилой фонд» в работе.</p>;
}
