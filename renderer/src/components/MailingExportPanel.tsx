/**
 * @file The mailing lists of a claim batch: the handover date (moved to the next working day, and the screen says
 * so), the notice of delivery (one setting for form 103 and the upload file), the letters per sending УК with the
 * post's fees, what needs attention (unconfirmed tariffs, missing postal codes, addresses the post's fields cannot
 * take); then the files — form 103 and the upload file for each УК, the courier's receipts and route sheet.
 */
import { useEffect, useState } from 'react';
import type { MailingExportResult, MailingPlanView, MailNotice } from '../../../shared/api/contract-mailing';
import { api } from '../api/client';
import { formatCount, formatDate, formatRub, todayIsoDate } from '../format';
import { countText } from '../../../shared/text/plural';
import { BusyNote } from './JobProgress';
import { OpenDocumentButton } from './OpenDocumentButton';
import { DateField } from './fields/DateField';

const NOTICES: Array<[MailNotice, string]> = [
  ['simple', 'с простым уведомлением о вручении'],
  ['ordered', 'с заказным уведомлением'],
  ['electronic', 'с электронным уведомлением'],
  ['none', 'без уведомления'],
];

const LETTER_FORMS = ['письмо', 'письма', 'писем'] as const;

const FILE_LABEL: Record<MailingExportResult['files'][number]['kind'], string> = {
  form103_pdf: 'ф. 103',
  form103_csv: 'файл для почты',
  courier_receipts: 'расписки курьера',
  route_sheet: 'маршрут курьера',
};

export function MailingExportPanel({ batchId }: { batchId: number }) {
  const [date, setDate] = useState(todayIsoDate);
  const [notice, setNotice] = useState<MailNotice | null>(null);
  const [plan, setPlan] = useState<MailingPlanView | null>(null);
  const [made, setMade] = useState<MailingExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const input = { batchId, handoverDate: date, ...(notice ? { notice } : {}) };
  useEffect(() => {
    let live = true;
    void api.call('mailing.plan', input).then((r) => {
      if (!live) return;
      if (r.ok) {
        setPlan(r.value);
        setError(null);
        if (notice === null) setNotice(r.value.notice);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [batchId, date, notice]);

  async function make(): Promise<void> {
    if (working) return;
    setWorking(true);
    setError(null);
    try {
      const r = await api.call('mailing.export', input);
      if (r.ok) {
        setMade(r.value);
        setPlan(r.value);
      } else setError(r.error.message);
    } finally {
      setWorking(false);
    }
  }

  const shown = made ?? plan;
  return (
    <section className="card" aria-label={`Списки отправки пакета № ${batchId}`} data-testid="mailing-panel">
      <h3>Списки отправки пакета № {batchId}</h3>
      <div className="form form-inline" style={{ gridTemplateColumns: '11rem 22rem' }}>
        <label>
          Дата сдачи на почту
          <DateField
            name="handoverDate"
            disabled={working}
            value={date}
            onChange={(v) => {
              if (!v) return;
              setDate(v);
              setMade(null);
            }}
            required
          />
        </label>
        <label>
          Вид отправления: заказное письмо
          <select
            name="notice"
            disabled={working}
            value={notice ?? ''}
            onChange={(e) => {
              setNotice(e.target.value as MailNotice);
              setMade(null);
            }}
          >
            {NOTICES.map(([v, text]) => (
              <option key={v} value={v}>
                {text}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {shown && (
        <>
          <p data-testid="mailing-handover">
            Дата сдачи: <strong>{formatDate(shown.handover.date)}</strong>; {shown.mailKindText};{' '}
            {countText(shown.letters, LETTER_FORMS)} от {formatCount(shown.senders.length)} УК, плата{' '}
            {formatRub(shown.totalKopecks)} с НДС.
          </p>
          {shown.warnings.length > 0 && (
            <ul className="plain-list notice" role="note" data-testid="mailing-warnings">
              {shown.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <div className="table-scroll" style={{ maxHeight: '14rem' }}>
            <table className="grid compact" data-testid="mailing-senders">
              <thead>
                <tr>
                  <th scope="col">Список</th>
                  <th scope="col">Отправитель (УК)</th>
                  <th scope="col" className="num">
                    Писем
                  </th>
                  <th scope="col" className="num">
                    Пересылка
                  </th>
                  <th scope="col" className="num">
                    Уведомления
                  </th>
                  <th scope="col" className="num">
                    НДС
                  </th>
                  <th scope="col" className="num">
                    Всего
                  </th>
                  <th scope="col">Без индекса дома</th>
                  {made && <th scope="col">Файлы</th>}
                </tr>
              </thead>
              <tbody>
                {shown.senders.map((s) => (
                  <tr key={s.companyId}>
                    <td>{s.listNumber}</td>
                    <td>
                      {s.name} <span className="muted small">ИНН {s.inn}</span>
                    </td>
                    <td className="num">{formatCount(s.letters)}</td>
                    <td className="num">{formatRub(s.postageKopecks)}</td>
                    <td className="num">{formatRub(s.noticeKopecks)}</td>
                    <td className="num">{formatRub(s.vatKopecks)}</td>
                    <td className="num">{formatRub(s.totalKopecks)}</td>
                    <td className={s.withoutPostalCode > 0 ? 'error-text' : undefined}>
                      {s.withoutPostalCode + s.localityPostalCode === 0
                        ? '—'
                        : `${s.withoutPostalCode + s.localityPostalCode}${s.withoutPostalCode > 0 ? ` (без индекса: ${s.withoutPostalCode})` : ''}`}
                    </td>
                    {made && (
                      <td>
                        {made.files
                          .filter((f) => f.companyId === s.companyId)
                          .map((f) => (
                            <OpenDocumentButton
                              key={f.documentId}
                              documentId={f.documentId}
                              label={FILE_LABEL[f.kind]}
                              testId={`mailing-file-${f.kind}-${s.companyId}`}
                            />
                          ))}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown.addressProblemCount > 0 && (
            <details>
              <summary>Адреса, не разложенные по полям почты: {formatCount(shown.addressProblemCount)}</summary>
              <ul className="plain-list small" data-testid="mailing-address-problems">
                {shown.addressProblems.map((p) => (
                  <li key={p.orderNumber}>
                    заказ {p.orderNumber}: «{p.address}» — {p.problems.join('; ')}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="form-actions">
            <button
              type="button"
              data-testid="mailing-export"
              disabled={working}
              aria-busy={working}
              onClick={() => void make()}
            >
              {working ? 'Готовлю форму 103…' : made ? 'Сформировать заново' : 'Сформировать списки отправки'}
            </button>
            {made &&
              made.files
                .filter((f) => f.companyId === null)
                .map((f) => (
                  <OpenDocumentButton
                    key={f.documentId}
                    documentId={f.documentId}
                    label={`Курьер: ${FILE_LABEL[f.kind]}`}
                    testId={`mailing-file-${f.kind}`}
                  />
                ))}
          </div>
          {working && (
            <BusyNote
              text={`Готовлю форму 103 и файлы для почты: ${countText(shown.letters, LETTER_FORMS)} от ${formatCount(shown.senders.length)} УК. Для большого пакета это до минуты — не закрывайте страницу.`}
            />
          )}
        </>
      )}
      {!shown && !error && (
        <BusyNote text="Считаю письма пакета, адреса и плату за пересылку." testId="mailing-plan-busy" />
      )}
    </section>
  );
}
