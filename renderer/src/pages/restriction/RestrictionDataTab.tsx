/**
 * @file The restriction page (measure 8), tab «Нормативы и правила»: the dated data the threshold and the timers are
 * counted by — norms and tariffs per service, the list of restrictable services, the rules of measures 8 and 12 —
 * each table with the row in force today marked. The administrator adds a row from a date (never edits one): the
 * forms are shown only to those whose role may call the method.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useSession } from '../../session/session-context';
import { FormMessage, type FormMessageValue } from '../../components/FormMessage';
import { formatDate, formatRub, todayIsoDate } from '../../format';
import { kopecksOfText } from '../../../../shared/numbers/field-value';

const milli = (v: number) => (v / 1000).toLocaleString('ru-RU', { maximumFractionDigits: 3 });
const InForce = ({ on }: { on: boolean }) => (on ? <strong>действует</strong> : <span className="muted">—</span>);

export function RestrictionDataTab() {
  const [data, reload] = useApi('restrictionData.get', {});
  const session = useSession();
  if (data.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (data.state === 'error') return <p className="error-text">{data.error.message}</p>;
  const d = data.value;
  return (
    <div className="restriction-data">
      <p>
        Порог ограничения считается по нормативу потребления и тарифу на день отбора (норматив на человека × тариф ×
        число проживающих × {d.rules.find((r) => r.key === 'restriction.threshold_months' && r.inForce)?.valueInt ?? 2}{' '}
        мес.). Для услуги без норматива — по среднему начислению за 12 месяцев, и карточка это говорит. Изменение —
        новая строка с даты, прежние остаются.
      </p>

      <h2>Нормативы и тарифы</h2>
      {d.norms.length === 0 ? (
        <p className="muted">Нормативы не загружены: порог считается по среднему начислению.</p>
      ) : (
        <table className="grid compact" aria-label="Нормативы и тарифы">
          <thead>
            <tr>
              <th scope="col">Услуга</th>
              <th scope="col">С даты</th>
              <th scope="col" className="num">
                Норматив на человека
              </th>
              <th scope="col" className="num">
                Тариф за единицу
              </th>
              <th scope="col">Основание</th>
              <th scope="col">Сейчас</th>
            </tr>
          </thead>
          <tbody>
            {d.norms.map((n) => (
              <tr key={n.id}>
                <td>{n.service}</td>
                <td>{formatDate(n.validFromDate)}</td>
                <td className="num">
                  {milli(n.normMilli)} {n.unit}
                </td>
                <td className="num">{formatRub(n.tariffKopecks)}</td>
                <td>{n.note}</td>
                <td>
                  <InForce on={n.inForce} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {session.canCall('restrictionData.addNorm') && <NormForm onDone={reload} />}

      <h2>Перечень ограничиваемых услуг</h2>
      <table className="grid compact" aria-label="Перечень ограничиваемых услуг">
        <thead>
          <tr>
            <th scope="col">Услуга</th>
            <th scope="col">С даты</th>
            <th scope="col">Ограничивается</th>
            <th scope="col">Основание</th>
            <th scope="col">Сейчас</th>
          </tr>
        </thead>
        <tbody>
          {d.restrictable.map((r) => (
            <tr key={`${r.service}|${r.validFromDate}`}>
              <td>{r.service}</td>
              <td>{formatDate(r.validFromDate)}</td>
              <td>{r.restrictable ? 'да' : 'нет'}</td>
              <td>{r.note}</td>
              <td>
                <InForce on={r.inForce} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">Услуги, которых нет в перечне, не ограничиваются.</p>
      {session.canCall('restrictionData.addRestrictable') && <RestrictableForm onDone={reload} />}

      <h2>Правила мероприятий 8 и 12</h2>
      <table className="grid compact" aria-label="Правила мероприятий 8 и 12">
        <thead>
          <tr>
            <th scope="col">Правило</th>
            <th scope="col">С даты</th>
            <th scope="col" className="num">
              Значение
            </th>
            <th scope="col">Основание</th>
            <th scope="col">Сейчас</th>
          </tr>
        </thead>
        <tbody>
          {d.rules.map((r) => (
            <tr key={`${r.key}|${r.validFromDate}`}>
              <td>{r.label}</td>
              <td>{formatDate(r.validFromDate)}</td>
              <td className="num">
                {r.valueInt.toLocaleString('ru-RU')} {r.unit}
              </td>
              <td>{r.note}</td>
              <td>
                <InForce on={r.inForce} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {session.canCall('restrictionData.addRule') && <RuleForm keys={d.ruleKeys} onDone={reload} />}
    </div>
  );
}

/** A form that sends one call and says how it went. */
function AddForm({
  title,
  children,
  send,
}: {
  title: string;
  children: ReactNode;
  send: () => Promise<{ ok: true } | { ok: false; error: { message: string } }>;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await send();
    setBusy(false);
    setMessage(r.ok ? { kind: 'ok', text: 'Строка добавлена.' } : { kind: 'error', text: r.error.message });
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <fieldset disabled={busy}>
        <legend>{title}</legend>
        {children}
        <div className="form-actions">
          <button type="submit">Добавить строку</button>
          <FormMessage message={message} />
        </div>
      </fieldset>
    </form>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="form-row">
      {label} {children}
    </label>
  );
}

function NormForm({ onDone }: { onDone: () => void }) {
  const [service, setService] = useState('Водоотведение');
  const [from, setFrom] = useState(todayIsoDate());
  const [norm, setNorm] = useState('');
  const [unit, setUnit] = useState('м³');
  const [tariff, setTariff] = useState('');
  const [note, setNote] = useState('');
  const send = async () => {
    const normMilli = Math.round(Number(norm.replace(',', '.')) * 1000);
    const tariffKopecks = kopecksOfText(tariff);
    if (!Number.isFinite(normMilli) || normMilli <= 0)
      return {
        ok: false as const,
        error: { message: 'Норматив — число больше нуля, например 4,745. Ничего не изменено.' },
      };
    if (tariffKopecks === null || !(tariffKopecks > 0))
      return { ok: false as const, error: { message: 'Тариф — сумма в рублях, например 56,28. Ничего не изменено.' } };
    const r = await api.call('restrictionData.addNorm', {
      service,
      validFromDate: from,
      normMilli,
      unit,
      tariffKopecks,
      note,
    });
    if (r.ok) onDone();
    return r.ok ? { ok: true as const } : r;
  };
  return (
    <AddForm title="Добавить норматив и тариф с даты" send={send}>
      <Field label="Услуга">
        <input value={service} maxLength={200} onChange={(e) => setService(e.target.value)} />
      </Field>
      <Field label="Действует с">
        <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </Field>
      <Field label="Норматив на человека в месяц">
        <input value={norm} inputMode="decimal" placeholder="4,745" onChange={(e) => setNorm(e.target.value)} />
      </Field>
      <Field label="Единица">
        <input value={unit} maxLength={20} onChange={(e) => setUnit(e.target.value)} />
      </Field>
      <Field label="Тариф за единицу, ₽">
        <input value={tariff} inputMode="decimal" placeholder="56,28" onChange={(e) => setTariff(e.target.value)} />
      </Field>
      <Field label="Основание">
        <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </AddForm>
  );
}

function RestrictableForm({ onDone }: { onDone: () => void }) {
  const [service, setService] = useState('');
  const [from, setFrom] = useState(todayIsoDate());
  const [restrictable, setRestrictable] = useState(true);
  const [note, setNote] = useState('');
  const send = async () => {
    const r = await api.call('restrictionData.addRestrictable', { service, validFromDate: from, restrictable, note });
    if (r.ok) onDone();
    return r.ok ? { ok: true as const } : r;
  };
  return (
    <AddForm title="Добавить строку перечня с даты" send={send}>
      <Field label="Услуга">
        <input value={service} maxLength={200} onChange={(e) => setService(e.target.value)} />
      </Field>
      <Field label="Действует с">
        <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </Field>
      <label className="form-row">
        <input type="checkbox" checked={restrictable} onChange={(e) => setRestrictable(e.target.checked)} /> Услуга
        ограничивается
      </label>
      <Field label="Основание">
        <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </AddForm>
  );
}

function RuleForm({ keys, onDone }: { keys: Array<{ key: string; label: string; unit: string }>; onDone: () => void }) {
  const [key, setKey] = useState(keys[0]?.key ?? '');
  const [from, setFrom] = useState(todayIsoDate());
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const unit = keys.find((k) => k.key === key)?.unit ?? '';
  const send = async () => {
    const valueInt = Number(value.replace(/\s/g, ''));
    if (!Number.isInteger(valueInt) || valueInt < 0)
      return { ok: false as const, error: { message: 'Значение — целое число не меньше нуля. Ничего не изменено.' } };
    const r = await api.call('restrictionData.addRule', { key, validFromDate: from, valueInt, note });
    if (r.ok) onDone();
    return r.ok ? { ok: true as const } : r;
  };
  return (
    <AddForm title="Добавить значение правила с даты" send={send}>
      <Field label="Правило">
        <select value={key} onChange={(e) => setKey(e.target.value)}>
          {keys.map((k) => (
            <option key={k.key} value={k.key}>
              {k.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Действует с">
        <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </Field>
      <Field label={`Значение, ${unit}`}>
        <input value={value} inputMode="numeric" onChange={(e) => setValue(e.target.value)} />
      </Field>
      <Field label="Основание">
        <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </AddForm>
  );
}
