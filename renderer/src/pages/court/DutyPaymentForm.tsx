/**
 * @file The payment order of a УК's state duty (the «Госпошлина» tab): number, date, sum, payer, and its allocation
 * to the applications — by the latest request when the sum matches it exactly, or by hand with a running total.
 */
import { useState } from 'react';
import type { DutyCompanyView, DutyRequestView } from '../../../../shared/api/contract-court-duty';
import { api } from '../../api/client';
import { formatDate, formatRubles, plural, todayIsoDate } from '../../format';
import { kopecksOfText } from '../../../../shared/numbers/field-value';

export function PaymentForm({
  company,
  latest,
  onDone,
}: {
  company: DutyCompanyView;
  latest: DutyRequestView | null;
  onDone: (text: string) => void;
}) {
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(todayIsoDate());
  const [sum, setSum] = useState('');
  const [payer, setPayer] = useState(company.name);
  const [chosenMode, setMode] = useState<'request' | 'manual' | null>(null);
  // Until the clerk chooses: by the latest request while it awaits something, by hand otherwise.
  const mode = chosenMode ?? (latest && latest.stillDueKopecks > 0 ? 'request' : 'manual');
  const [amounts, setAmounts] = useState<Record<number, string>>({});
  const [error, setError] = useState<string | null>(null);
  const sumKopecks = kopecksOfText(sum);
  const allocated = Object.values(amounts).reduce((s, t) => s + (kopecksOfText(t) ?? 0), 0);
  async function save(): Promise<void> {
    setError(null);
    if (sumKopecks === null || Number.isNaN(sumKopecks) || sumKopecks <= 0) {
      setError('Сумма платёжного поручения — в рублях, например 2 000 или 1234,50.');
      return;
    }
    let allocations: Array<{ caseId: number; amountKopecks: number }> | undefined;
    if (mode === 'manual') {
      allocations = [];
      for (const [id, text] of Object.entries(amounts)) {
        const k = kopecksOfText(text);
        if (k === null || k === 0) continue;
        if (Number.isNaN(k)) {
          setError(`Сумма по заявлению № ${id} не понята: «${text}».`);
          return;
        }
        allocations.push({ caseId: Number(id), amountKopecks: k });
      }
      if (allocations.length === 0) {
        setError('Укажите суммы по заявлениям, которые оплачены этим поручением.');
        return;
      }
    }
    const r = await api.call('duty.recordPayment', {
      managementCompanyId: company.managementCompanyId,
      orderNumber: number,
      orderDate: date,
      amountKopecks: sumKopecks,
      payer,
      note: '',
      ...(allocations ? { allocations } : {}),
    });
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    const n = r.value.paidCaseIds.length;
    onDone(
      `Платёжное поручение № ${r.value.payment.orderNumber} от ${formatDate(r.value.payment.orderDate)} записано` +
        (r.value.matchedRequestId ? ` по запросу ГП-${r.value.matchedRequestId}` : '') +
        `: пошлина оплачена полностью по ${n} ${plural(n, ['заявлению', 'заявлениям', 'заявлениям'])}.`,
    );
    setNumber('');
    setSum('');
    setAmounts({});
  }
  return (
    <form
      className="form duty-payment-form"
      aria-label="Платёжное поручение УК"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="duty-payment-fields">
        <label>
          № поручения
          <input value={number} onChange={(e) => setNumber(e.target.value)} required maxLength={40} />
        </label>
        <label>
          Дата
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <label>
          Сумма, ₽
          <input
            value={sum}
            onChange={(e) => setSum(e.target.value)}
            inputMode="decimal"
            required
            aria-invalid={Number.isNaN(sumKopecks)}
          />
        </label>
        <label className="duty-payer">
          Плательщик
          <input value={payer} onChange={(e) => setPayer(e.target.value)} required />
        </label>
      </div>
      <fieldset className="duty-mode">
        <legend>Распределение по заявлениям</legend>
        <label>
          <input
            type="radio"
            name="duty-mode"
            checked={mode === 'request'}
            disabled={!latest || latest.stillDueKopecks === 0}
            onChange={() => setMode('request')}
          />
          {!latest
            ? 'по последнему запросу (запросов ещё не было)'
            : latest.stillDueKopecks === 0
              ? `по последнему запросу ГП-${latest.id} (он уже оплачен)`
              : `по последнему запросу ГП-${latest.id}: остаток ${formatRubles(latest.stillDueKopecks)} ₽ — сумма должна совпасть`}
        </label>
        <label>
          <input type="radio" name="duty-mode" checked={mode === 'manual'} onChange={() => setMode('manual')} />
          вручную
        </label>
      </fieldset>
      {mode === 'manual' && (
        <table className="grid compact duty-allocation">
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">Должник</th>
              <th scope="col" className="num">
                К оплате
              </th>
              <th scope="col" className="num">
                Оплачено поручением, ₽
              </th>
            </tr>
          </thead>
          <tbody>
            {company.awaiting.map((c) => (
              <tr key={c.caseId}>
                <td>{c.caseId}</td>
                <td>{c.debtorName}</td>
                <td className="num">{formatRubles(c.stillDueKopecks)}</td>
                <td className="num">
                  <input
                    className="duty-amount"
                    aria-label={`Сумма по заявлению № ${c.caseId}`}
                    value={amounts[c.caseId] ?? ''}
                    inputMode="decimal"
                    onChange={(e) => setAmounts({ ...amounts, [c.caseId]: e.target.value })}
                  />{' '}
                  <button
                    type="button"
                    className="link-button small"
                    onClick={() =>
                      setAmounts({ ...amounts, [c.caseId]: formatRubles(c.stillDueKopecks).replace(/\u00a0/g, ' ') })
                    }
                  >
                    весь остаток
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={3}>Распределено</td>
              <td className="num">
                <span
                  className={
                    sumKopecks !== null && !Number.isNaN(sumKopecks) && allocated !== sumKopecks ? 'error-text' : ''
                  }
                >
                  {formatRubles(allocated)} из{' '}
                  {sumKopecks !== null && !Number.isNaN(sumKopecks) ? formatRubles(sumKopecks) : '—'}
                </span>
              </td>
            </tr>
          </tfoot>
        </table>
      )}
      <div className="form-actions">
        <button type="submit" data-testid="duty-record-payment">
          Записать платёжное поручение
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
