/**
 * @file Мероприятие 13, вкладка «Поручения»: follow-up tasks of all meetings, overdue ones first and marked, with
 * «выполнено» / «вернуть в работу»; done ones shown on request.
 */
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { TaskRow } from './parts/TaskRows';
import './parts/meetings.css';

export function MeetingTasksTab() {
  const [includeDone, setIncludeDone] = useState(false);
  const [loaded, reload] = useApi('meetings.tasks', { includeDone }, [includeDone]);
  if (loaded.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (loaded.state === 'error')
    return (
      <p className="error-text" role="alert">
        {loaded.error.message}
      </p>
    );
  const { tasks, overdue, open } = loaded.value;
  return (
    <div className="meetings-tab">
      <p data-testid="meeting-task-counts">
        В работе: <strong>{open}</strong>
        {overdue > 0 ? (
          <>
            , из них просрочено: <strong className="error-text">{overdue}</strong> — они в начале списка.
          </>
        ) : (
          ', просроченных нет.'
        )}
      </p>
      <label>
        <input type="checkbox" checked={includeDone} onChange={(e) => setIncludeDone(e.target.checked)} /> показать
        выполненные
      </label>
      {tasks.length === 0 ? (
        <p className="muted">Поручений нет. Их добавляют в карточке встречи на вкладке «Встречи».</p>
      ) : (
        <table className="grid compact" data-testid="meeting-tasks">
          <thead>
            <tr>
              <th scope="col">Встреча</th>
              <th scope="col">Поручение</th>
              <th scope="col">Ответственный</th>
              <th scope="col">Срок</th>
              <th scope="col">Состояние</th>
              <th scope="col" aria-label="Действие" />
            </tr>
          </thead>
          <tbody>
            {tasks.map((t) => (
              <TaskRow key={t.id} task={t} showMeeting onChanged={reload} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
