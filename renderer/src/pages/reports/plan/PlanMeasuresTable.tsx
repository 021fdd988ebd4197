/**
 * @file The report's measures table as printed: target for the period, actual with what it stands on, % done, the
 * previous period and the change with an arrow, the executor, and the head's comment (editable for the head).
 */
import type { PlanReport } from '../../../../../shared/api/contract-report-plan';
import { PlanCommentEditor } from './PlanCommentEditor';

const ARROW = { up: ' ↑', down: ' ↓', same: ' →' } as const;

export function PlanMeasuresTable({
  report,
  mayComment,
  onSaved,
}: {
  report: PlanReport;
  mayComment: boolean;
  onSaved: () => void;
}) {
  return (
    <div className="table-scroll">
      <table className="grid compact" data-testid="plan-measures">
        <caption className="visually-hidden">Мероприятия плана за {report.period.words}</caption>
        <thead>
          <tr>
            <th scope="col">№</th>
            <th scope="col">Мероприятие</th>
            <th scope="col">Цель на период</th>
            <th scope="col">Факт</th>
            <th scope="col" className="num">
              % выполн.
            </th>
            <th scope="col">Пред. период</th>
            <th scope="col">Изменение</th>
            <th scope="col">Исполнитель</th>
            <th scope="col">Комментарий руководителя</th>
          </tr>
        </thead>
        <tbody>
          {report.measures.map((m) => (
            <tr key={m.measure} data-testid={`plan-measure-${m.measure}`}>
              <td>{m.measure}</td>
              <td>{m.title}</td>
              <td>{m.targetText}</td>
              <td>
                <strong>{m.actualText}</strong>
                {m.detail && <div className="muted small">{m.detail}</div>}
              </td>
              <td className="num">{m.percentText}</td>
              <td>{m.previousText}</td>
              <td className="nowrap">
                {m.changeText}
                {m.changeDirection && <span aria-hidden="true">{ARROW[m.changeDirection]}</span>}
              </td>
              <td className="small">{m.executor}</td>
              <td>
                {mayComment ? (
                  <PlanCommentEditor
                    key={`${report.period.from}-${report.period.to}-${m.measure}`}
                    period={report.period}
                    measure={m.measure}
                    value={m.comment}
                    onSaved={onSaved}
                  />
                ) : (
                  m.comment
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
