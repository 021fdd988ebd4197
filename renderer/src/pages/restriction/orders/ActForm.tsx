/**
 * @file The form of an act of restriction or of restoration: date and time, method, who was present, readings, a
 * note, and up to 10 photos or scans (JPEG, PNG, PDF) — each file is sent to the core first (`uploadFile`, the
 * browser host's POST /upload), then the act names their upload ids. The core checks the files by their content
 * and the gates (delivered warning, term ended); its refusal is shown as it is. The sewage legal-risk note comes
 * first for sewage.
 */
import { useState, type FormEvent } from 'react';
import type { RestrictionCaseRow } from '../../../../../shared/api/contract-restriction-orders';
import { ACT_FILES_MAX } from '../../../../../shared/api/contract-restriction-orders';
import { api } from '../../../api/client';
import { uploadFile } from '../../../api/upload';
import { SEWAGE_SERVICE, SewageRiskNote } from '../../../components/SewageRiskNote';
import { formatDate, todayIsoDate } from '../../../format';
import { DateField } from '../../../components/fields/DateField';
import { FileButton } from '../../../components/fields/FileButton';
import { TimeField } from '../../../components/fields/TimeField';

function defaultMethod(row: RestrictionCaseRow, kind: 'restriction' | 'restoration'): string {
  if (kind === 'restoration')
    return row.service === SEWAGE_SERVICE ? 'заглушка снята, водоотведение восстановлено' : 'подача восстановлена';
  if (!row.restrictionPossible) return 'приостановление предоставления услуги';
  return row.service === SEWAGE_SERVICE
    ? 'ограничение водоотведения (частичная заглушка на выпуске)'
    : 'ограничение подачи';
}

export function ActForm({
  row,
  kind,
  onDone,
  onCancel,
}: {
  row: RestrictionCaseRow;
  kind: 'restriction' | 'restoration';
  onDone: () => void;
  onCancel: () => void;
}) {
  const [actDate, setActDate] = useState(todayIsoDate());
  const [actTime, setActTime] = useState('10:00');
  const [method, setMethod] = useState(defaultMethod(row, kind));
  const [present, setPresent] = useState('');
  const [readings, setReadings] = useState('');
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const early = kind === 'restoration' && row.status === 'restricted';

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setError(null);
    if (files.length > ACT_FILES_MAX) {
      setError(`К акту — не больше ${ACT_FILES_MAX} файлов.`);
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
    const r = await api.call('restrictionOrders.recordAct', {
      caseId: row.caseId,
      kind,
      actDate,
      actTime,
      method,
      present,
      readings,
      note,
      uploadIds,
    });
    setBusy(false);
    if (r.ok) onDone();
    else setError(r.error.message);
  }

  const title = kind === 'restriction' ? 'Акт об ограничении' : 'Акт о возобновлении';
  return (
    <form
      className="act-form"
      onSubmit={(e) => void submit(e)}
      aria-label={`${title}: л/с ${row.accountNumber}`}
      data-testid="act-form"
    >
      {row.service === SEWAGE_SERVICE && <SewageRiskNote />}
      <p className="act-hint">
        <strong>{title}</strong> · л/с {row.accountNumber}, {row.address}
        {row.apartment ? `, кв. ${row.apartment}` : ''} · {row.service}
        {kind === 'restriction' && row.timerEndsDate && (
          <> · срок предупреждения истёк {formatDate(row.timerEndsDate)}</>
        )}
        {kind === 'restoration' && row.restorationDueDate && (
          <> · восстановить не позднее {formatDate(row.restorationDueDate)}</>
        )}
      </p>
      <label>
        Дата акта
        <DateField required value={actDate} max={todayIsoDate()} onChange={(v) => setActDate(v)} autoFocus />
      </label>
      <label>
        Время
        <TimeField required value={actTime} onChange={(v) => setActTime(v)} />
      </label>
      <label className="wide">
        Способ
        <input required minLength={3} maxLength={300} value={method} onChange={(e) => setMethod(e.target.value)} />
      </label>
      <label className="wide">
        Присутствовали
        <input
          required
          minLength={3}
          maxLength={500}
          value={present}
          onChange={(e) => setPresent(e.target.value)}
          placeholder="слесарь, представитель УК, потребитель"
        />
      </label>
      <label>
        Показания приборов
        <input maxLength={300} value={readings} onChange={(e) => setReadings(e.target.value)} />
      </label>
      <label className="wide">
        {early ? 'Почему восстановлено до срока (обязательно)' : 'Примечание'}
        <input required={early} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <label className="wide">
        Фото и сканы (JPEG, PNG, PDF; до {ACT_FILES_MAX})
        <FileButton
          chosen={files}
          multiple
          accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf"
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
        />
      </label>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Записывается…' : `Записать ${title.toLowerCase()}`}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
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
