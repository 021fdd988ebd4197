/**
 * @file The form of a publication (new, or a correction of one in the log): outlet, date, title, a link or files
 * (PDF, JPEG, PNG up to 20 MB — each sent to the core first with `uploadFile`), the measures it told about, the
 * press summary it was based on, a note. The core checks the files by content; its refusal is shown as it is.
 */
import { useState, type FormEvent } from 'react';
import type { PressSummaryDocumentRow, PublicationRow } from '../../../../../shared/api/contract-press';
import { PUBLICATION_FILES_MAX } from '../../../../../shared/api/contract-press';
import { PLAN_MEASURES } from '../../../../../shared/plan/plan-measures';
import { api } from '../../../api/client';
import { uploadFile } from '../../../api/upload';
import { todayIsoDate } from '../../../format';
import { DateField } from '../../../components/fields/DateField';
import { FileButton } from '../../../components/fields/FileButton';

export function PublicationForm({
  row,
  summaries,
  onDone,
  onCancel,
}: {
  row: PublicationRow | null;
  summaries: PressSummaryDocumentRow[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const [outlet, setOutlet] = useState(row?.outlet ?? '');
  const [publishedDate, setPublishedDate] = useState(row?.publishedDate ?? todayIsoDate());
  const [title, setTitle] = useState(row?.title ?? '');
  const [link, setLink] = useState(row?.link ?? '');
  const [measures, setMeasures] = useState<number[]>(row?.measures ?? [7]);
  const [summaryId, setSummaryId] = useState<number | null>(row?.summaryDocumentId ?? null);
  const [note, setNote] = useState(row?.note ?? '');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function toggle(n: number): void {
    setMeasures((m) => (m.includes(n) ? m.filter((x) => x !== n) : [...m, n].sort((a, b) => a - b)));
  }

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setError(null);
    if (files.length > PUBLICATION_FILES_MAX) {
      setError(`За один раз — не больше ${PUBLICATION_FILES_MAX} файлов.`);
      return;
    }
    setBusy(true);
    const uploadIds: string[] = [];
    for (const f of files) {
      const up = await uploadFile(f);
      if (!up.ok) {
        setBusy(false);
        setError(`«${f.name}»: ${up.error.message}`);
        return;
      }
      uploadIds.push(up.value.uploadId);
    }
    const fields = {
      outlet,
      publishedDate,
      title,
      link: link.trim() === '' ? null : link.trim(),
      measures,
      summaryDocumentId: summaryId,
      note,
      uploadIds,
    };
    const r = row
      ? await api.call('publications.edit', { id: row.id, ...fields })
      : await api.call('publications.add', fields);
    setBusy(false);
    if (r.ok) onDone();
    else setError(r.error.message);
  }

  return (
    <form
      className="publication-form"
      onSubmit={(e) => void submit(e)}
      aria-label={row ? `Исправление публикации № ${row.id}` : 'Новая публикация'}
    >
      <div className="publication-fields">
        <label>
          Дата
          <DateField
            required
            value={publishedDate}
            max={todayIsoDate()}
            onChange={(v) => setPublishedDate(v)}
            autoFocus
          />
        </label>
        <label>
          Издание
          <input
            required
            minLength={2}
            maxLength={200}
            value={outlet}
            onChange={(e) => setOutlet(e.target.value)}
            placeholder="газета, сайт, телеканал"
          />
        </label>
        <label>
          Ссылка
          <input
            type="url"
            maxLength={500}
            value={link}
            onChange={(e) => setLink(e.target.value)}
            placeholder="https://…"
          />
        </label>
        <label className="wide">
          Заголовок
          <input required minLength={2} maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <fieldset className="wide publication-measures">
          <legend>О каких мероприятиях</legend>
          {PLAN_MEASURES.map((m) => (
            <label key={m.number} className="checkbox-label">
              <input type="checkbox" checked={measures.includes(m.number)} onChange={() => toggle(m.number)} />
              {m.number}. {m.title}
            </label>
          ))}
        </fieldset>
        <label className="wide">
          По сводке для СМИ
          <select
            value={summaryId ?? ''}
            onChange={(e) => setSummaryId(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">— без сводки —</option>
            {summaries.map((s) => (
              <option key={s.documentId} value={s.documentId}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label className="wide">
          Файл публикации (PDF, JPEG, PNG; до 20 МБ){row && row.files.length > 0 ? ' — добавится к приложенным' : ''}
          <FileButton
            chosen={files}
            multiple
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
        </label>
        <label className="wide">
          Примечание
          <input maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Записывается…' : row ? 'Записать исправление' : 'Добавить в журнал'}
        </button>
        <button type="button" onClick={onCancel}>
          Отмена
        </button>
      </div>
    </form>
  );
}
