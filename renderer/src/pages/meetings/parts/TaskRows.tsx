/**
 * @file Follow-up tasks as table rows: the text, who, the due date (overdue ones marked in words and colour), done
 * or not, and the button that marks a task done or reopens it. Shared by the meeting card and the Tasks tab.
 */
import { useState } from 'react';
import type { MeetingTaskView } from '../../../../../shared/api/contract-meetings';
import { MEETING_KIND_LABELS } from '../../../../../shared/meetings/meeting-terms';
import { api } from '../../../api/client';
import { formatDate } from '../../../format';

export function TaskRow({
  task,
  showMeeting,
  onChanged,
}: {
  task: MeetingTaskView;
  showMeeting: boolean;
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function toggle(): Promise<void> {
    setBusy(true);
    setError(null);
    const r = await api.call('meetings.setTaskDone', { taskId: task.id, done: task.doneDate === null });
    setBusy(false);
    if (r.ok) onChanged();
    else setError(r.error.message);
  }
  return (
    <tr className={task.overdue ? 'task-overdue' : undefined}>
      {showMeeting && (
        <td>
          {formatDate(task.meetingDate)} <span className="muted small">{MEETING_KIND_LABELS[task.meetingKind]}</span>
        </td>
      )}
      <td>{task.text}</td>
      <td>{task.owner}</td>
      <td>
        {formatDate(task.dueDate)} {task.overdue && <span className="chip chip-overdue">просрочено</span>}
      </td>
      <td>{task.doneDate ? `выполнено ${formatDate(task.doneDate)}` : 'в работе'}</td>
      <td>
        <button type="button" className="link-button" onClick={() => void toggle()} disabled={busy}>
          {task.doneDate === null ? 'выполнено' : 'вернуть в работу'}
        </button>
        {error && (
          <span className="error-text" role="alert">
            {' '}
            {error}
          </span>
        )}
      </td>
    </tr>
  );
}
