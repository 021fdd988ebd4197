/**
 * @file Adding or editing a bailiffs' department and its territory (street + house range + parity). The core
 * checks every field (code 5 digits, e-mail, telephone) and answers in Russian. Escape closes the form.
 */
import { useState } from 'react';
import type { DepartmentView } from '../../../../../shared/api/contract-fssp-departments';
import type { Parity } from '../../../../../shared/court/court-territory-match';
import { api } from '../../../api/client';
import { FormMessage, type FormMessageValue } from '../../../components/FormMessage';

interface TerritoryDraft {
  street: string;
  houseFrom: string;
  houseTo: string;
  parity: Parity;
}

type TextField = 'name' | 'code' | 'address' | 'phone' | 'email' | 'seniorBailiff' | 'note';

const LABELS: Record<TextField, string> = {
  name: 'Наименование отдела',
  code: 'Код отдела (5 цифр)',
  address: 'Адрес',
  phone: 'Телефон',
  email: 'Эл. почта',
  seniorBailiff: 'Старший судебный пристав',
  note: 'Примечание',
};
const WIDE = new Set<TextField>(['name', 'address']);
const MAIN: TextField[] = ['name', 'code', 'address', 'phone', 'email', 'seniorBailiff'];

const houseText = (n: number | null) => (n === null ? '' : String(n));

export function DepartmentForm({
  department,
  onDone,
}: {
  department: DepartmentView | null;
  onDone: (changed: boolean) => void;
}) {
  const [text, setText] = useState<Record<TextField, string>>(() => ({
    name: department?.name ?? '',
    code: department?.code ?? '',
    address: department?.address ?? '',
    phone: department?.phone ?? '',
    email: department?.email ?? '',
    seniorBailiff: department?.seniorBailiff ?? '',
    note: department?.note ?? '',
  }));
  const [confirmed, setConfirmed] = useState(department?.confirmed ?? false);
  const [territories, setTerritories] = useState<TerritoryDraft[]>(
    () =>
      department?.territories.map((t) => ({
        street: t.street,
        houseFrom: houseText(t.houseFrom),
        houseTo: houseText(t.houseTo),
        parity: t.parity,
      })) ?? [],
  );
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const [busy, setBusy] = useState(false);

  const setTerritory = (i: number, patch: Partial<TerritoryDraft>) =>
    setTerritories(territories.map((t, j) => (j === i ? { ...t, ...patch } : t)));

  async function save(active: boolean): Promise<void> {
    const parsed: { street: string; houseFrom: number | null; houseTo: number | null; parity: Parity }[] = [];
    for (const [i, t] of territories.entries()) {
      if (t.street.trim() === '' && t.houseFrom === '' && t.houseTo === '') continue;
      const num = (v: string) => (v.trim() === '' ? null : /^\d{1,5}$/.test(v.trim()) ? Number(v.trim()) : NaN);
      const from = num(t.houseFrom);
      const to = num(t.houseTo);
      if (Number.isNaN(from) || Number.isNaN(to))
        return setMessage({
          kind: 'error',
          text: `Диапазон ${i + 1}: номера домов — целые числа без букв (12, а не 12А).`,
        });
      parsed.push({ street: t.street.trim(), houseFrom: from, houseTo: to, parity: t.parity });
    }
    setBusy(true);
    const nullable = (v: string) => (v.trim() === '' ? null : v.trim());
    const saved = await api.call('departments.save', {
      ...(department ? { id: department.id } : {}),
      name: text.name,
      code: nullable(text.code),
      address: text.address,
      phone: nullable(text.phone),
      email: nullable(text.email),
      seniorBailiff: nullable(text.seniorBailiff),
      confirmed,
      active,
      note: text.note,
    });
    if (!saved.ok) {
      setBusy(false);
      return setMessage({ kind: 'error', text: saved.error.message });
    }
    const withTerritory = await api.call('departments.saveTerritories', {
      departmentId: saved.value.id,
      territories: parsed,
    });
    setBusy(false);
    if (!withTerritory.ok)
      return setMessage({ kind: 'error', text: `Отдел сохранён, но территория — нет: ${withTerritory.error.message}` });
    onDone(true);
  }

  return (
    <form
      className="form form-inline court-form"
      aria-label={department ? `Отдел: ${department.name}` : 'Новый отдел'}
      onSubmit={(e) => {
        e.preventDefault();
        void save(true);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone(false);
      }}
    >
      <h3>{department ? `Изменить: ${department.name}` : 'Новый отдел судебных приставов'}</h3>
      {MAIN.map((f, i) => (
        <label key={f} className={WIDE.has(f) ? 'wide-field' : undefined}>
          {LABELS[f]}
          <input
            name={f}
            value={text[f]}
            required={f === 'name' || f === 'address'}
            inputMode={f === 'code' ? 'numeric' : undefined}
            autoFocus={i === 0}
            placeholder={f === 'name' ? 'Красногорский РОСП ГУФССП России по Московской области' : undefined}
            onChange={(e) => setText({ ...text, [f]: e.target.value })}
          />
        </label>
      ))}
      <fieldset className="court-fieldset court-territories">
        <legend>Территория: улица и дома (пусто — вся улица; границы включительно)</legend>
        {territories.length === 0 && (
          <p className="muted small">
            Диапазонов нет: дома этому отделу не назначаются по адресу (если отдел единственный — он обслуживает все
            дома).
          </p>
        )}
        {territories.map((t, i) => (
          <div className="territory-row" key={i} role="group" aria-label={`Диапазон ${i + 1}`}>
            <label>
              Улица
              <input
                value={t.street}
                placeholder="ул. Ленина"
                onChange={(e) => setTerritory(i, { street: e.target.value })}
              />
            </label>
            <label>
              Дом с
              <input
                inputMode="numeric"
                value={t.houseFrom}
                onChange={(e) => setTerritory(i, { houseFrom: e.target.value })}
              />
            </label>
            <label>
              Дом по
              <input
                inputMode="numeric"
                value={t.houseTo}
                onChange={(e) => setTerritory(i, { houseTo: e.target.value })}
              />
            </label>
            <label>
              Чётность
              <select value={t.parity} onChange={(e) => setTerritory(i, { parity: e.target.value as Parity })}>
                <option value="all">все</option>
                <option value="odd">нечётные</option>
                <option value="even">чётные</option>
              </select>
            </label>
            <button
              type="button"
              className="secondary"
              onClick={() => setTerritories(territories.filter((_, j) => j !== i))}
            >
              Убрать
            </button>
          </div>
        ))}
        <div>
          <button
            type="button"
            className="secondary"
            onClick={() => setTerritories([...territories, { street: '', houseFrom: '', houseTo: '', parity: 'all' }])}
          >
            Добавить диапазон
          </button>
        </div>
      </fieldset>
      <label className="checkbox-label">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        Сведения сверены с сайтом ФССП
      </label>
      <label style={{ gridColumn: 'span 2' }}>
        {LABELS.note}
        <input value={text.note} onChange={(e) => setText({ ...text, note: e.target.value })} />
      </label>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Сохранить
        </button>
        <button type="button" className="secondary" onClick={() => onDone(false)}>
          Отмена
        </button>
        {department && department.active && (
          <button type="button" className="secondary" disabled={busy} onClick={() => void save(false)}>
            Вывести из действующих
          </button>
        )}
        {department && !department.active && (
          <span className="muted small">Отдел не действует; «Сохранить» вернёт его в действующие.</span>
        )}
        <FormMessage message={message} />
      </div>
    </form>
  );
}
