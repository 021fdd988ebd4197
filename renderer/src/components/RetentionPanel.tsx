/**
 * @file «Сроки хранения файлов» (administrator: permission settings.manage): how many months the data folder keeps
 * the originals of imports, the exports and the generated documents (at least 36 months: the limitation period), and
 * «Очистить сейчас», which answers what it deleted. The program also purges at start and daily; uploads that were
 * never imported go after a day. Saved through retention.save (journaled by the core with before/after).
 */
import { useState } from 'react';
import type { RetentionPurgeCounts, RetentionSettings } from '../../../shared/api/contract-retention';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { FormMessage, type FormMessageValue } from './FormMessage';
import { NumberField } from './fields/NumberField';

const FIELDS: ReadonlyArray<{ key: keyof RetentionSettings; label: string; min: number; max: number }> = [
  { key: 'importsMonths', label: 'Загруженные файлы (оригиналы начислений и оплат), месяцев', min: 1, max: 120 },
  { key: 'exportsMonths', label: 'Выгрузки (списки, реестры, CSV и XLSX), месяцев', min: 1, max: 120 },
  {
    key: 'documentsMonths',
    label: 'Документы (претензии, уведомления, пакеты в суд), месяцев — не меньше 36',
    min: 36,
    max: 240,
  },
];

export function RetentionPanel() {
  const [loaded] = useApi('retention.get', {});
  return (
    <section aria-labelledby="retention-title" data-testid="retention-panel">
      <h2 id="retention-title">Сроки хранения файлов</h2>
      {loaded.state === 'error' && <p className="error-text">{loaded.error.message}</p>}
      {loaded.state === 'ready' && (
        <RetentionForm initial={loaded.value.settings} lastPurge={loaded.value.lastPurge?.atMs ?? null} />
      )}
    </section>
  );
}

function countsText(c: RetentionPurgeCounts): string {
  const mb = (c.bytes / 1024 / 1024).toFixed(1).replace('.', ',');
  return (
    `Удалено: загруженных файлов ${c.imports}, выгрузок ${c.exports}, документов ${c.documents}, ` +
    `непринятых загрузок ${c.incoming} (${mb} МБ).`
  );
}

function RetentionForm({ initial, lastPurge }: { initial: RetentionSettings; lastPurge: number | null }) {
  const [form, setForm] = useState<Record<keyof RetentionSettings, number | null>>({
    importsMonths: initial.importsMonths,
    exportsMonths: initial.exportsMonths,
    documentsMonths: initial.documentsMonths,
  });
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (): Promise<void> => {
    const r = await api.call('retention.save', {
      importsMonths: form.importsMonths ?? 0,
      exportsMonths: form.exportsMonths ?? 0,
      documentsMonths: form.documentsMonths ?? 0,
    });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setMessage({
      kind: 'ok',
      text: 'Сроки хранения сохранены; файлы старше сроков удаляются при запуске и раз в сутки.',
    });
  };
  const purge = async (): Promise<void> => {
    if (!window.confirm('Удалить файлы старше сохранённых сроков? Записи о них в базе останутся.')) return;
    setBusy(true);
    const r = await api.call('retention.purgeNow', { confirm: true });
    setBusy(false);
    setMessage(r.ok ? { kind: 'ok', text: countsText(r.value) } : { kind: 'error', text: r.error.message });
  };
  return (
    <form
      className="form"
      aria-label="Сроки хранения файлов"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {FIELDS.map((f) => (
        <NumberField
          key={f.key}
          label={f.label}
          name="Срок хранения"
          min={f.min}
          max={f.max}
          required
          value={form[f.key]}
          onChange={(v) => setForm({ ...form, [f.key]: v })}
        />
      ))}
      <p className="muted">
        Загрузки, которые так и не были загружены в базу, удаляются через сутки. Записи о файлах (что, когда,
        контрольная сумма) остаются в базе и в журнале.
        {lastPurge !== null && ` Последняя очистка: ${new Date(lastPurge).toLocaleString('ru-RU')}.`}
      </p>
      <div className="form-actions">
        <button type="submit">Сохранить</button>
        <button type="button" onClick={() => void purge()} disabled={busy}>
          {busy ? 'Очистка…' : 'Очистить сейчас'}
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
