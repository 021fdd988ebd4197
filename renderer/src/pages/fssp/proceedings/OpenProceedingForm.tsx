/**
 * @file Records proceedings opened on a writ: the writ chosen from those sent (or with us, presented outside the
 * registry), the number as the bailiff's decision has it (NNNNN/ГГ/NNNNN-ИП; spaces and Latin «IP» are accepted),
 * the date, the department (proposed from the writ's application or the building), the bailiff and the sum (the
 * writ's total unless the decision says otherwise).
 */
import { useState, type FormEvent } from 'react';
import type { ProceedingView } from '../../../../../shared/api/contract-fssp-proceedings';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { useDebounced } from '../../../hooks/useDebounced';
import { formatDate, formatRub, todayIsoDate } from '../../../format';
import { kopecksOfText } from '../../../../../shared/numbers/field-value';
import { DateField } from '../../../components/fields/DateField';

/** The office's today (the core's clock), the default and the limit of the date fields. */
const today = () => todayIsoDate();

export function OpenProceedingForm({
  onDone,
  onCancel,
}: {
  onDone: (v: ProceedingView) => void;
  onCancel: () => void;
}) {
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search, 300);
  const [loaded] = useApi('proceedings.openableWrits', debounced.trim() ? { search: debounced.trim() } : {}, [
    debounced,
  ]);
  const data = loaded.state === 'ready' ? loaded.value : null;
  const [writId, setWritId] = useState<number | ''>('');
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(today());
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [bailiff, setBailiff] = useState('');
  const [debt, setDebt] = useState('');
  const [error, setError] = useState<string | null>(null);

  const writ = data?.rows.find((w) => w.writId === writId) ?? null;
  const choose = (id: number | '') => {
    setWritId(id);
    const w = data?.rows.find((r) => r.writId === id);
    setDepartmentId(w?.departmentId ?? '');
    setDebt(w ? (w.totalKopecks / 100).toFixed(2).replace('.', ',') : '');
  };

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (writId === '') return setError('Выберите исполнительный документ.');
    const kopecks = debt.trim() ? kopecksOfText(debt) : null;
    if (debt.trim() && (kopecks === null || kopecks <= 0))
      return setError('Сумма по производству — в рублях, например 23 400,00.');
    const r = await api.call('proceedings.open', {
      writId,
      number,
      openedDate: date,
      ...(departmentId !== '' ? { departmentId } : {}),
      ...(bailiff.trim() ? { bailiffName: bailiff.trim() } : {}),
      ...(kopecks ? { debtKopecks: kopecks } : {}),
    });
    if (r.ok) onDone(r.value);
    else setError(r.error.message);
  }

  return (
    <form
      className="form form-inline step-form"
      onSubmit={(e) => void submit(e)}
      aria-label="Записать исполнительное производство"
    >
      <h3>Записать исполнительное производство</h3>
      <label>
        Найти документ: номер, л/с, ФИО
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          autoFocus
          placeholder="2-1234/2026 или Иванов"
        />
      </label>
      <label style={{ gridColumn: 'span 2' }}>
        Исполнительный документ
        <select required value={writId} onChange={(e) => choose(e.target.value === '' ? '' : Number(e.target.value))}>
          <option value="">{data && data.rows.length === 0 ? 'нет направленных документов' : 'выберите…'}</option>
          {data?.rows.map((w) => (
            <option key={w.writId} value={w.writId}>
              № {w.number} · {w.debtorName} · л/с {w.accountNumber} · {formatRub(w.totalKopecks)} · {w.statusLabel}
            </option>
          ))}
        </select>
      </label>
      {writ && writ.status !== 'sent' && (
        <p className="muted small" style={{ gridColumn: '1 / -1' }}>
          Документ {writ.statusLabel} (от {formatDate(writ.actDate)}): производство будет записано, документ — «на
          исполнении», предъявленным считается день возбуждения.
        </p>
      )}
      <label>
        Номер ИП
        <input
          required
          value={number}
          maxLength={40}
          onChange={(e) => setNumber(e.target.value)}
          placeholder="12345/26/50049-ИП"
        />
      </label>
      <label>
        Дата возбуждения
        <DateField required value={date} max={today()} onChange={(v) => setDate(v)} />
      </label>
      <label>
        Отдел
        <select
          value={departmentId}
          onChange={(e) => setDepartmentId(e.target.value === '' ? '' : Number(e.target.value))}
        >
          <option value="">по коду в номере ИП</option>
          {data?.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
              {d.code ? ` (${d.code})` : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        Судебный пристав-исполнитель
        <input
          value={bailiff}
          maxLength={200}
          onChange={(e) => setBailiff(e.target.value)}
          placeholder="Кузнецова О.В."
        />
      </label>
      <label>
        Сумма по ИП, ₽
        <input
          value={debt}
          inputMode="decimal"
          onChange={(e) => setDebt(e.target.value)}
          placeholder="как в документе"
        />
      </label>
      <div className="form-actions">
        <button type="submit">Записать производство</button>
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
