/**
 * @file The legal-risk note shown before every action on sewage (водоотведение) restriction: the Supreme Court
 * allows a plug only with the strict procedure and never so as to make the flat unfit (ВС РФ, постановление от
 * 05.03.2019 № 47-АД19-2; Правила № 354 п.122); bills to ban it are pending. Shown by the candidates, warnings,
 * orders and acts whenever the service is «Водоотведение».
 */
export const SEWAGE_SERVICE = 'Водоотведение';

export function SewageRiskNote() {
  return (
    <div className="notice" role="note" aria-label="Правовой риск ограничения водоотведения">
      <strong>Правовой риск: ограничение водоотведения.</strong> Заглушка допустима только при строгом порядке (ВС РФ,
      постановление от 05.03.2019 № 47-АД19-2): предупреждение с точной суммой долга именно по водоотведению,
      выдержанный срок, сначала ограничение, затем приостановление (или предупреждение о невозможности ограничения),
      соразмерность. Нельзя делать жильё непригодным для проживания, повреждать общее имущество и нарушать права соседей
      (Правила № 354 п.122); нарушение — КоАП ст.14.1.3 ч.2. В Госдуме внесены законопроекты о запрете такого
      ограничения (22.10.2025, 03.03.2026) — проверьте, не приняты ли они.
    </div>
  );
}
