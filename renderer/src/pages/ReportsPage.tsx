/**
 * @file Отчёты: every report the office owes the administration, in one place. The plan-execution report, the
 * effectiveness of the measures and the overdue debt over time are tabs here; the press summary (measure 7) and a
 * building's meeting kit (measure 13) live with their measures and are listed here with a link. Each report is also
 * a CLI command (`report plan|effectiveness|press`).
 */
import { PageTabs } from '../components/PageTabs';
import { PlanReportTab } from './reports/PlanReportTab';
import { EffectivenessTab } from './reports/EffectivenessTab';
import { DebtTrendTab } from './reports/DebtTrendTab';

const TABS = [
  { id: 'plan', label: 'Выполнение плана', render: () => <PlanReportTab /> },
  { id: 'effectiveness', label: 'Эффективность мер', render: () => <EffectivenessTab /> },
  { id: 'debt', label: 'Долг по месяцам', render: () => <DebtTrendTab /> },
] as const;

export function ReportsPage() {
  return (
    <section>
      <h1 tabIndex={-1}>Отчёты</h1>
      <ul className="report-list" aria-label="Все отчёты">
        <li>
          <strong>Выполнение плана мероприятий</strong> — для штаба ЖКХ: по каждому мероприятию цель, факт, процент,
          изменение к прошлому периоду, исполнитель и комментарий руководителя; PDF и XLSX.
        </li>
        <li>
          <strong>Эффективность мер</strong> — доля счетов, оплативших не менее 10 % долга за 7, 30 и 60 дней после
          действия, рядом с группой сравнения; XLSX.
        </li>
        <li>
          <strong>Долг по месяцам</strong> — просроченная задолженность округа по группам и УК, собранные суммы.
        </li>
        <li>
          <strong>Сводка для СМИ</strong> — без персональных данных: <a href="#/measures/7">мероприятие 7</a>.
        </li>
        <li>
          <strong>Сводка по дому к встрече</strong> — без имён: <a href="#/measures/13">мероприятие 13</a>.
        </li>
      </ul>
      <PageTabs tabs={TABS} first="plan" storageKey="reports-page-tab" idPrefix="reports-tab" label="Отчёты" />
    </section>
  );
}
