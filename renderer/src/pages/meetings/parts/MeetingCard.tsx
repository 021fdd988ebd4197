/**
 * @file One meeting: its facts (date, kind, place, buildings, participants, agenda, decisions, whether it counts
 * for measure 13), editing, the follow-up tasks with a form to add one, and the files (protocol scans) with
 * attaching and downloading.
 */
import { useState } from 'react';
import type { MeetingView } from '../../../../../shared/api/contract-meetings';
import { MEETING_KIND_LABELS, MEETING_LIMITS, participantsText } from '../../../../../shared/meetings/meeting-terms';
import { api } from '../../../api/client';
import { uploadFile } from '../../../api/upload';
import { useApi } from '../../../api/use-api';
import { downloadBase64 } from '../../../components/download-file';
import { formatBytes, formatDate, todayIsoDate } from '../../../format';
import { MeetingForm } from './MeetingForm';
import { TaskRow } from './TaskRows';
import { DateField } from '../../../components/fields/DateField';
import { FileButton } from '../../../components/fields/FileButton';

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

function TaskForm({ meeting, onAdded }: { meeting: MeetingView; onAdded: () => void }) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState(todayIsoDate() < meeting.heldDate ? meeting.heldDate : todayIsoDate());
  const [error, setError] = useState<string | null>(null);
  async function add(): Promise<void> {
    setError(null);
    const r = await api.call('meetings.addTask', { meetingId: meeting.id, text, owner, dueDate });
    if (r.ok) {
      setText('');
      onAdded();
    } else setError(r.error.message);
  }
  return (
    <form
      className="meeting-task-form"
      aria-label="Новое поручение"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <label className="wide">
        Поручение
        <input value={text} onChange={(e) => setText(e.target.value)} maxLength={MEETING_LIMITS.taskText} required />
      </label>
      <label>
        Ответственный
        <input value={owner} onChange={(e) => setOwner(e.target.value)} maxLength={MEETING_LIMITS.taskOwner} required />
      </label>
      <label>
        Срок
        <DateField value={dueDate} onChange={(v) => setDueDate(v)} required />
      </label>
      <button type="submit">Добавить поручение</button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function Files({ meeting, onAttached }: { meeting: MeetingView; onAttached: () => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function attach(): Promise<void> {
    setBusy(true);
    setError(null);
    const ids: string[] = [];
    for (const f of files) {
      const up = await uploadFile(f);
      if (!up.ok) {
        setBusy(false);
        setError(`«${f.name}»: ${up.error.message}`);
        return;
      }
      ids.push(up.value.uploadId);
    }
    const r = await api.call('meetings.attachFiles', { meetingId: meeting.id, uploadIds: ids });
    setBusy(false);
    if (r.ok) {
      setFiles([]);
      onAttached();
    } else setError(r.error.message);
  }
  async function download(fileId: number): Promise<void> {
    const r = await api.call('meetings.file', { fileId });
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    const ext = r.value.fileName.split('.').pop()?.toLowerCase() ?? '';
    downloadBase64(r.value.base64, r.value.fileName, MIME[ext] ?? 'application/octet-stream');
  }
  return (
    <>
      {meeting.files.length === 0 ? (
        <p className="muted">Файлов нет.</p>
      ) : (
        <ul>
          {meeting.files.map((f) => (
            <li key={f.id}>
              <button type="button" className="link-button" onClick={() => void download(f.id)}>
                {f.fileName}
              </button>{' '}
              <span className="muted small">
                {formatBytes(f.sizeBytes)} · {f.createdBy}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="meeting-task-form">
        <label>
          Протокол или фото (PDF, JPEG, PNG, до 20 МБ)
          <FileButton
            chosen={files}
            multiple
            accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
        </label>
        <button type="button" disabled={busy || files.length === 0} onClick={() => void attach()}>
          {busy ? 'Прикрепляется…' : 'Прикрепить'}
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

export function MeetingCard({ meetingId, onChanged }: { meetingId: number; onChanged: () => void }) {
  const [loaded, reload] = useApi('meetings.get', { meetingId }, [meetingId]);
  const [editing, setEditing] = useState(false);
  const changed = () => {
    reload();
    onChanged();
  };
  if (loaded.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (loaded.state === 'error')
    return (
      <p className="error-text" role="alert">
        {loaded.error.message}
      </p>
    );
  const m = loaded.value;
  const dateCame = m.heldDate <= todayIsoDate();
  return (
    <section className="meeting-card" aria-label={`Встреча № ${m.id}`}>
      <h2>
        {MEETING_KIND_LABELS[m.kind]} {formatDate(m.heldDate)}
      </h2>
      {editing ? (
        <MeetingForm
          meeting={m}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            changed();
          }}
        />
      ) : (
        <>
          <dl className="meeting-facts">
            <dt>Учёт в плане</dt>
            <dd>
              {m.held
                ? 'проведена — учтена в мероприятии 13'
                : dateCame
                  ? 'дата прошла, но встреча ещё не отмечена проведённой: откройте «Изменить», заполните участников и решения и сохраните'
                  : 'запланирована'}
            </dd>
            <dt>Место</dt>
            <dd>{m.place}</dd>
            <dt>Дома</dt>
            <dd>{m.buildings.length > 0 ? m.buildings.map((b) => b.address).join('; ') : 'не указаны'}</dd>
            <dt>Участники</dt>
            <dd>
              {participantsText(m.participants)} (всего {m.participantsTotal})
            </dd>
            <dt>Повестка</dt>
            <dd>{m.agenda || '—'}</dd>
            <dt>Решения</dt>
            <dd>{m.decisions || '—'}</dd>
          </dl>
          <button type="button" onClick={() => setEditing(true)}>
            Изменить
          </button>
        </>
      )}
      <h3>Поручения</h3>
      {m.tasks.length === 0 ? (
        <p className="muted">Поручений нет.</p>
      ) : (
        <table className="grid compact" aria-label="Поручения по встрече">
          <thead>
            <tr>
              <th scope="col">Поручение</th>
              <th scope="col">Ответственный</th>
              <th scope="col">Срок</th>
              <th scope="col">Состояние</th>
              <th scope="col" aria-label="Действие" />
            </tr>
          </thead>
          <tbody>
            {m.tasks.map((t) => (
              <TaskRow key={t.id} task={t} showMeeting={false} onChanged={changed} />
            ))}
          </tbody>
        </table>
      )}
      <TaskForm meeting={m} onAdded={changed} />
      <h3>Файлы</h3>
      <Files meeting={m} onAttached={changed} />
    </section>
  );
}
