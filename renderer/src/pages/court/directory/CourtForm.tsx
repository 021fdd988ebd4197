/**
 * @file Adding or editing a court of the directory and its territory (street + house range + parity). New courts
 * start with the ЕНС state-duty details; the core checks every field and answers in Russian.
 */
import { useState } from 'react';
import type { CourtView } from '../../../../../shared/api/contract-court-directory';
import {
  COURT_FIELD_LABELS,
  ENS_PAYEE,
  type CourtKind,
  type PayeeField,
} from '../../../../../shared/court/court-record';
import type { Parity } from '../../../../../shared/court/court-territory-match';
import { api } from '../../../api/client';
import { FormMessage, type FormMessageValue } from '../../../components/FormMessage';

interface TerritoryDraft {
  street: string;
  houseFrom: string;
  houseTo: string;
  parity: Parity;
}

type TextField = 'name' | 'plotNumber' | 'code' | 'address' | 'phone' | 'email' | 'website' | 'note' | PayeeField;

const WIDE = new Set<TextField>(['name', 'address', 'payeeName', 'payeeBankName']);
const MAIN_FIELDS: TextField[] = ['name', 'plotNumber', 'code', 'address', 'phone', 'email', 'website'];
const PAYEE_FIELDS: PayeeField[] = [
  'payeeName',
  'payeeInn',
  'payeeKpp',
  'payeeBankName',
  'payeeBik',
  'payeeBankAccount',
  'payeeTreasuryAccount',
  'kbk',
  'oktmo',
];

function initialText(court: CourtView | null): Record<TextField, string> {
  return {
    name: court?.name ?? '',
    plotNumber: court?.plotNumber ?? '',
    code: court?.code ?? '',
    address: court?.address ?? '',
    phone: court?.phone ?? '',
    email: court?.email ?? '',
    website: court?.website ?? '',
    note: court?.note ?? '',
    ...Object.fromEntries(PAYEE_FIELDS.map((f) => [f, court ? court[f] : ENS_PAYEE[f]])),
  } as Record<TextField, string>;
}

const houseText = (n: number | null) => (n === null ? '' : String(n));

export function CourtForm({ court, onDone }: { court: CourtView | null; onDone: (changed: boolean) => void }) {
  const [kind, setKind] = useState<CourtKind>(court?.kind ?? 'magistrate');
  const [text, setText] = useState(() => initialText(court));
  const [confirmed, setConfirmed] = useState(court?.confirmed ?? false);
  const [territories, setTerritories] = useState<TerritoryDraft[]>(
    () =>
      court?.territories.map((t) => ({
        street: t.street,
        houseFrom: houseText(t.houseFrom),
        houseTo: houseText(t.houseTo),
        parity: t.parity,
      })) ?? [],
  );
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const [busy, setBusy] = useState(false);

  const field = (f: TextField, extra?: { required?: boolean; inputMode?: 'numeric' | undefined }) => (
    <label key={f} className={WIDE.has(f) ? 'wide-field' : undefined}>
      {COURT_FIELD_LABELS[f]}
      <input
        name={f}
        value={text[f]}
        required={extra?.required}
        inputMode={extra?.inputMode}
        onChange={(e) => setText({ ...text, [f]: e.target.value })}
      />
    </label>
  );

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
    const saved = await api.call('courts.save', {
      ...(court ? { id: court.id } : {}),
      kind,
      name: text.name,
      plotNumber: kind === 'magistrate' ? nullable(text.plotNumber) : null,
      code: nullable(text.code),
      address: text.address,
      phone: nullable(text.phone),
      email: nullable(text.email),
      website: nullable(text.website),
      ...Object.fromEntries(PAYEE_FIELDS.map((f) => [f, text[f]])),
      confirmed,
      active,
      note: text.note,
    });
    if (!saved.ok) {
      setBusy(false);
      return setMessage({ kind: 'error', text: saved.error.message });
    }
    const withTerritory = await api.call('courts.saveTerritories', { courtId: saved.value.id, territories: parsed });
    setBusy(false);
    if (!withTerritory.ok)
      return setMessage({ kind: 'error', text: `Суд сохранён, но территория — нет: ${withTerritory.error.message}` });
    onDone(true);
  }

  return (
    <form
      className="form form-inline court-form"
      aria-label={court ? `Суд: ${court.name}` : 'Новый суд'}
      onSubmit={(e) => {
        e.preventDefault();
        void save(true);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone(false);
      }}
    >
      <h3>{court ? `Изменить: ${court.name}` : 'Новый суд'}</h3>
      <label>
        {COURT_FIELD_LABELS.kind}
        <select value={kind} onChange={(e) => setKind(e.target.value as CourtKind)} autoFocus>
          <option value="magistrate">Мировой судья (судебный участок)</option>
          <option value="district">Районный (городской) суд</option>
        </select>
      </label>
      {MAIN_FIELDS.filter((f) => kind === 'magistrate' || f !== 'plotNumber').map((f) =>
        field(f, {
          required: f === 'name' || f === 'address' || f === 'plotNumber',
          inputMode: f === 'plotNumber' ? 'numeric' : undefined,
        }),
      )}
      <fieldset className="court-fieldset">
        <legend>Реквизиты для уплаты госпошлины (по умолчанию — ЕНС; ОКТМО — территории суда)</legend>
        {PAYEE_FIELDS.map((f) =>
          field(f, { required: true, inputMode: f === 'payeeName' || f === 'payeeBankName' ? undefined : 'numeric' }),
        )}
      </fieldset>
      <fieldset className="court-fieldset court-territories">
        <legend>Территория: улица и дома (пусто — вся улица; границы включительно)</legend>
        {territories.length === 0 && (
          <p className="muted small">Диапазонов нет: дома этому суду не назначаются по адресу.</p>
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
        Сведения сверены с сайтом суда
      </label>
      <label style={{ gridColumn: 'span 2' }}>
        {COURT_FIELD_LABELS.note}
        <input value={text.note} onChange={(e) => setText({ ...text, note: e.target.value })} />
      </label>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Сохранить
        </button>
        <button type="button" className="secondary" onClick={() => onDone(false)}>
          Отмена
        </button>
        {court && court.active && (
          <button type="button" className="secondary" disabled={busy} onClick={() => void save(false)}>
            Вывести из действующих
          </button>
        )}
        {court && !court.active && (
          <span className="muted small">Суд не действует; «Сохранить» вернёт его в действующие.</span>
        )}
        <FormMessage message={message} />
      </div>
    </form>
  );
}
