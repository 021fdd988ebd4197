/**
 * @file The post's tariffs for claim letters as dated editions: the list (unconfirmed seed figures marked), and a new
 * edition entered by an administrator (amounts without VAT, in rubles typed and sent as kopecks; VAT in percent).
 */
import { useState } from 'react';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { formatDate, formatRub } from '../format';
import { useSession } from '../session/session-context';
import { kopecksOfText } from '../../../shared/numbers/field-value';

const FIELDS = [
  ['letterKopecks', 'Письмо до 20 г, ₽'],
  ['letterStepKopecks', 'Каждые след. 20 г, ₽'],
  ['noticeSimpleKopecks', 'Простое уведомление, ₽'],
  ['noticeOrderedKopecks', 'Заказное уведомление, ₽'],
  ['noticeElectronicKopecks', 'Электронное уведомление, ₽'],
] as const;

type Field = (typeof FIELDS)[number][0];

/** 2200 → «22», 1850 → «18,5». */
const vatPercent = (bp: number) => String(bp / 100).replace('.', ',');

export function PostalTariffsPanel() {
  const [tariffs, reload] = useApi('mailing.tariffs', {});
  const isAdmin = useSession().canCall('mailing.saveTariff');
  const [validFromDate, setValidFrom] = useState('');
  const [amounts, setAmounts] = useState<Record<Field, string>>({
    letterKopecks: '',
    letterStepKopecks: '',
    noticeSimpleKopecks: '',
    noticeOrderedKopecks: '',
    noticeElectronicKopecks: '',
  });
  const [vat, setVat] = useState('22');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function save(): Promise<void> {
    const kopecks = Object.fromEntries(FIELDS.map(([f]) => [f, kopecksOfText(amounts[f])])) as Record<
      Field,
      number | null
    >;
    const bad = FIELDS.find(([f]) => kopecks[f] === null);
    const vatBasisPoints = Math.round(Number(vat.replace(',', '.')) * 100);
    if (bad) return setMessage({ ok: false, text: `«${bad[1]}» — сумма в рублях, например 87,50.` });
    if (!Number.isFinite(vatBasisPoints)) return setMessage({ ok: false, text: 'НДС — число процентов, например 22.' });
    const r = await api.call('mailing.saveTariff', {
      validFromDate,
      ...(kopecks as Record<Field, number>),
      vatBasisPoints,
      note,
    });
    if (r.ok) {
      setMessage({ ok: true, text: `Тарифы с ${formatDate(validFromDate)} сохранены.` });
      reload();
    } else setMessage({ ok: false, text: r.error.message });
  }

  return (
    <section aria-labelledby="postal-tariffs-title" data-testid="postal-tariffs">
      <h3 id="postal-tariffs-title">Тарифы Почты (плата в ф. 103)</h3>
      {tariffs.state === 'error' && <p className="error-text">{tariffs.error.message}</p>}
      {tariffs.state === 'ready' && (
        <table className="grid compact">
          <thead>
            <tr>
              <th scope="col">С даты</th>
              {FIELDS.map(([f, label]) => (
                <th key={f} scope="col" className="num">
                  {label.replace(', ₽', '')}
                </th>
              ))}
              <th scope="col" className="num">
                НДС, %
              </th>
              <th scope="col">Источник</th>
            </tr>
          </thead>
          <tbody>
            {tariffs.value.map((t) => (
              <tr key={t.validFromDate}>
                <td>{formatDate(t.validFromDate)}</td>
                {FIELDS.map(([f]) => (
                  <td key={f} className="num">
                    {formatRub(t[f])}
                  </td>
                ))}
                <td className="num">{vatPercent(t.vatBasisPoints)}</td>
                <td className="small">
                  {t.confirmed ? '' : <strong className="error-text">не подтверждены. </strong>}
                  {t.note} <span className="muted">({t.userName})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="form form-inline"
        aria-label="Новые тарифы Почты"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          Действуют с
          <input type="date" value={validFromDate} onChange={(e) => setValidFrom(e.target.value)} required />
        </label>
        {FIELDS.map(([f, label]) => (
          <label key={f}>
            {label}
            <input
              inputMode="decimal"
              value={amounts[f]}
              onChange={(e) => setAmounts({ ...amounts, [f]: e.target.value })}
              required
            />
          </label>
        ))}
        <label>
          НДС, %
          <input inputMode="decimal" value={vat} onChange={(e) => setVat(e.target.value)} required />
        </label>
        <label style={{ gridColumn: 'span 2' }}>
          Источник
          <input
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder="Тарифы Почты России с …, прайс-лист для юр. лиц"
            required
          />
        </label>
        <div className="form-actions">
          <button type="submit" disabled={!isAdmin}>
            Сохранить тарифы
          </button>
          {!isAdmin && <span className="muted small">Тарифы вносит администратор.</span>}
          {message && (
            <span role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok-text' : 'error-text'}>
              {message.text}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
