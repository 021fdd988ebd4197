/**
 * @file Records the bailiff's answer to a petition: granted or refused, the decision's date, a note and the
 * decision's file (uploaded first, then named in `petitions.answer`). Used by the petitions tab and the
 * proceeding's card.
 */
import { useState, type FormEvent } from 'react';
import type { PetitionRow } from '../../../../../shared/api/contract-fssp-proceedings';
import { api } from '../../../api/client';
import { uploadFile } from '../../../api/upload';
import { todayIsoDate } from '../../../format';
import { DateField } from '../../../components/fields/DateField';
import { FileButton } from '../../../components/fields/FileButton';

/** The office's today (the core's clock), the default and the limit of the date fields. */
const today = () => todayIsoDate();

export function PetitionAnswerForm({
  petition,
  onDone,
  onCancel,
}: {
  petition: PetitionRow;
  onDone: (p: PetitionRow) => void;
  onCancel: () => void;
}) {
  const [answer, setAnswer] = useState<'granted' | 'refused'>('granted');
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setBusy(true);
    setError(null);
    let uploadId: string | undefined;
    if (file) {
      const up = await uploadFile(file);
      if (!up.ok) {
        setBusy(false);
        setError(up.error.message);
        return;
      }
      uploadId = up.value.uploadId;
    }
    const r = await api.call('petitions.answer', {
      petitionId: petition.id,
      answer,
      date,
      note,
      ...(uploadId ? { uploadId } : {}),
    });
    setBusy(false);
    if (r.ok) onDone(r.value);
    else setError(r.error.message);
  }

  return (
    <form
      className="form form-inline step-form proc-form"
      onSubmit={(e) => void submit(e)}
      aria-label="Ответ на ходатайство"
    >
      <label>
        Ответ пристава
        <select value={answer} onChange={(e) => setAnswer(e.target.value as typeof answer)} autoFocus>
          <option value="granted">удовлетворено</option>
          <option value="refused">отказано</option>
        </select>
      </label>
      <label>
        Дата постановления
        <DateField required value={date} min={petition.sentDate ?? undefined} onChange={(v) => setDate(v)} />
      </label>
      <label>
        Примечание
        <input
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
          placeholder="что сделано, номер постановления"
        />
      </label>
      <label>
        Постановление (файл)
        <FileButton
          chosen={file}
          accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,.doc,.docx,.odt"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Записать ответ
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Отмена
        </button>
        {error && (
          <span role="alert" className="error-text">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}
