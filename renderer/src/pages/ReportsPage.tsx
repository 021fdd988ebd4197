/**
 * @file Отчёты: the reports the office owes the administration. None is built yet; the page says so.
 */
export function ReportsPage() {
  return (
    <section>
      <h1 tabIndex={-1}>Отчёты</h1>
      <div className="notice" role="note">
        Отчёты ещё не реализованы. Здесь будут: отчёт о выполнении плана мероприятий для администрации (PDF и XLSX),
        эффективность мер (оплаты после каждого действия), сводка для СМИ без персональных данных.
      </div>
    </section>
  );
}
