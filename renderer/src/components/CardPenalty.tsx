/**
 * @file The account card's «Пени»: the penalty on a date the clerk picks (today by default), line by line in
 * the columns of the «Расчёт пени» PDF, the total, the engine's warnings, «Почему так» with every reason, and
 * the PDF itself. Cells come from the same shared builder as the PDF, so the screen and the court's copy agree.
 */
import { useEffect, useState } from 'react';
import type { AccountPenalty, PenaltyCalculationPdf } from '../../../shared/api/contract-penalty';
import type { ApiErrorBody } from '../../../shared/api/result';
import { isIsoDate } from '../../../shared/dates/iso-date';
import {
  PENALTY_COLUMNS,
  penaltyLineCells,
} from '../../../shared/documents/penalty-calculation/penalty-calculation-view';
import type { RateDateRule } from '../../../shared/rules/penalty/penalty-types';
import { api } from '../api/client';
import { formatDate, formatRub, todayIsoDate } from '../format';
import { DateField } from './fields/DateField';

type Calc = { state: 'loading' } | { state: 'error'; error: ApiErrorBody } | { state: 'ready'; value: AccountPenalty };
type Pdf =
  | { state: 'idle' | 'working' }
  | { state: 'error'; message: string }
  | { state: 'ready'; url: string; file: PenaltyCalculationPdf; opened: boolean };

/** Engine reasons that a clerk must see without opening «Почему так». */
const WARNING_CODES = new Set(['TABLES_STALE']);

export function CardPenalty({ accountId }: { accountId: number }) {
  const [date, setDate] = useState(todayIsoDate);
  const [rule, setRule] = useState<RateDateRule>('payment-day');
  const [calc, setCalc] = useState<Calc>({ state: 'loading' });
  const [pdf, setPdf] = useState<Pdf>({ state: 'idle' });
  const dateOk = isIsoDate(date);

  useEffect(() => {
    // A date field being typed into holds no full date yet; keep the last result until it does.
    if (!dateOk) return;
    let live = true;
    void api.call('penalty.forAccount', { accountId, calculationDate: date, rateDateRule: rule }).then((result) => {
      if (!live) return;
      if (!result.ok) setCalc({ state: 'error', error: result.error });
      // A core of another build (or a test's stub) may answer with something else: a message, not a blank card.
      else if (!Array.isArray((result.value as Partial<AccountPenalty>).lines))
        setCalc({
          state: 'error',
          error: { code: 'INTERNAL', message: 'Ядро вернуло ответ не в том виде: расчёт пени не показан.' },
        });
      else setCalc({ state: 'ready', value: result.value });
    });
    return () => {
      live = false;
    };
  }, [accountId, date, rule, dateOk]);

  // The blob of a PDF is freed when another replaces it, when the inputs change, or when the card closes.
  const pdfUrl = pdf.state === 'ready' ? pdf.url : null;
  useEffect(() => () => void (pdfUrl && URL.revokeObjectURL(pdfUrl)), [pdfUrl]);
  // A PDF made for another date or rule is not this calculation's: its link goes with the change.
  const changeDate = (value: string) => {
    setDate(value);
    setPdf({ state: 'idle' });
  };
  const changeRule = (value: RateDateRule) => {
    setRule(value);
    setPdf({ state: 'idle' });
  };

  async function makePdf(): Promise<void> {
    setPdf({ state: 'working' });
    const result = await api.call('penalty.calculationPdf', { accountId, calculationDate: date, rateDateRule: rule });
    if (!result.ok) {
      setPdf({ state: 'error', message: result.error.message });
      return;
    }
    const bytes = Uint8Array.from(atob(result.value.base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
    // A new tab shows the PDF in the browser's viewer; where new windows are refused (the Electron window, a
    // popup blocker) window.open returns null and the download link below is the way to the file.
    const opened = window.open(url, '_blank') !== null;
    setPdf({ state: 'ready', url, file: result.value, opened });
  }

  return (
    <section aria-labelledby="card-penalty-title">
      <h2 id="card-penalty-title">Пени</h2>
      <div className="form-actions wrap">
        <label className="inline-field">
          Дата расчёта
          <DateField value={date} onChange={(v) => changeDate(v)} aria-invalid={!dateOk} />
        </label>
        <label className="inline-field">
          Ставка
          <select value={rule} onChange={(e) => changeRule(e.target.value as RateDateRule)}>
            <option value="payment-day">на день оплаты (остаток — на день расчёта)</option>
            <option value="calculation-day">на день расчёта для всего долга</option>
          </select>
        </label>
        <button
          type="button"
          data-testid="penalty-pdf"
          disabled={!dateOk || pdf.state === 'working'}
          onClick={() => void makePdf()}
        >
          {pdf.state === 'working' ? 'Формирование…' : 'Расчёт пени (PDF)'}
        </button>
      </div>
      {!dateOk && <p className="error-text">Укажите дату расчёта полностью: день, месяц и год.</p>}
      <PdfStatus pdf={pdf} />
      {calc.state === 'loading' && <p className="muted">Расчёт пени…</p>}
      {calc.state === 'error' && (
        <p className="error-text" role="alert">
          {calc.error.message}
        </p>
      )}
      {calc.state === 'ready' && <PenaltyDetails penalty={calc.value} />}
    </section>
  );
}

function PdfStatus({ pdf }: { pdf: Pdf }) {
  if (pdf.state === 'error') return <p className="error-text">{pdf.message}</p>;
  if (pdf.state !== 'ready') return null;
  return (
    <p className="small">
      {pdf.opened ? 'Расчёт открыт в новой вкладке. ' : 'Новая вкладка не открылась — скачайте файл по ссылке. '}
      <a href={pdf.url} download={pdf.file.fileName}>
        Скачать {pdf.file.fileName}
      </a>
      <span className="muted"> · сохранён: {pdf.file.savedPath}</span>
    </p>
  );
}

function PenaltyDetails({ penalty }: { penalty: AccountPenalty }) {
  const warnings = penalty.reasons.filter((r) => WARNING_CODES.has(r.code));
  // A warning already stands above the table: «Почему так» does not say it a second time.
  const reasons = penalty.reasons.filter((r) => !WARNING_CODES.has(r.code));
  return (
    <>
      <p className="lead">
        Сумма пени на {formatDate(penalty.calculationDate)}:{' '}
        <strong data-testid="card-penalty-total">{formatRub(penalty.totalKopecks)}</strong>
      </p>
      {warnings.map((w) => (
        <div key={w.text} className="notice" role="note">
          {w.text}
        </div>
      ))}
      {penalty.lines.length === 0 ? (
        <p className="muted">На эту дату просроченной задолженности, на которую начисляются пени, нет.</p>
      ) : (
        <div className="table-scroll tall">
          <table className="grid compact" data-testid="card-penalty-lines">
            <thead>
              <tr>
                {PENALTY_COLUMNS.map((c, i) => (
                  <th key={c} scope="col" className={NUMERIC[i] ? 'num' : undefined}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {penalty.lines.map((line, i) => (
                <tr
                  key={i}
                  data-testid="card-penalty-line"
                  className={line.moratorium ? 'muted' : undefined}
                  title={
                    line.moratorium ? 'Дни моратория: пени не начисляются, счёт дней просрочки продолжается' : undefined
                  }
                >
                  {penaltyLineCells(line).map((cell, j) => (
                    <td key={j} className={NUMERIC[j] ? 'num' : undefined}>
                      {j === 7 && line.moratorium ? <span className="chip chip-muted">{cell}</span> : cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details>
        <summary>Почему так</summary>
        <p className="small">{penalty.legalBasis.join(' ')}</p>
        <ul className="small">
          {reasons.map((r, i) => (
            <li key={i}>{r.text}</li>
          ))}
        </ul>
        {penalty.moratoria.length > 0 && (
          <p className="small">Мораторий: {penalty.moratoria.map((m) => `${m.id} — ${m.text}`).join('; ')}.</p>
        )}
        <p className="small muted" title={`Версия правовых таблиц: ${penalty.tablesVersion}`}>
          Ставки, сроки оплаты и моратории — по правовым таблицам со сведениями по {formatDate(penalty.tablesAsOf)}.
        </p>
      </details>
    </>
  );
}

/** Which of PENALTY_COLUMNS hold numbers (right-aligned). */
const NUMERIC = [false, true, false, false, true, true, true, false, true] as const;
