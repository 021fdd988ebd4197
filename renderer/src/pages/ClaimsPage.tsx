/**
 * @file Measure 5, «Претензии»: choose a debt bracket (and УК), see how many accounts and letters a batch would cover
 * and who is left out and why (the rule book's measure 5 as the card evaluates it — an open promise, a pause —, a
 * claim within the cooldown, no bank details of the УК, nothing the УК may demand), start the batch as a job with
 * progress and cancel, then open the print-ready file, make the mailing lists and record delivery.
 */
import { useRef, useState } from 'react';
import { ruleVersionWords, withFullStop } from '../../../shared/rules/eligibility/rule-version-words';
import type { ClaimPreview } from '../../../shared/api/contract-documents';
import type { JobStatus } from '../../../shared/jobs/job-types';
import type { BracketCode } from '../../../shared/registry/brackets';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ClaimBatchesTable, ExcludedTable } from '../components/ClaimBatchesTable';
import { JobProgress } from '../components/JobProgress';
import { PostalCodesPanel } from '../components/PostalCodesPanel';
import { PostalTariffsPanel } from '../components/PostalTariffsPanel';
import { formatCount, formatDate, formatRub, todayIsoDate } from '../format';
import { useScreenJob } from '../hooks/useScreenJob';
import { NumberField } from '../components/fields/NumberField';
import { DateField } from '../components/fields/DateField';

/** A claim batch is a `documents` job: after a reload, or on a return to the page, its progress is shown again. */
const CLAIM_JOBS = ['documents'] as const;

export function ClaimsPage() {
  const [options] = useApi('registry.filterOptions', {});
  const [bracket, setBracket] = useState<BracketCode>('over_100k');
  const [companyId, setCompanyId] = useState<number | null>(null);
  const [asOfDate, setAsOfDate] = useState(todayIsoDate);
  const [limit, setLimit] = useState(0);
  const [preview, setPreview] = useState<ClaimPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { found } = useScreenJob(CLAIM_JOBS);
  const [started, setStarted] = useState<{ jobId: string; batchId: number } | null>(null);
  const [ended, setEnded] = useState<string | null>(null);
  const job = started ?? (found && found.batchId !== null ? { jobId: found.id, batchId: found.batchId } : null);
  const jobRunning = job !== null && ended !== job.jobId && (job === started || found?.state === 'running');
  const [batches, reloadBatches] = useApi('documents.batches', { kind: 'claims' });
  // The batch list shows the batch's own row (letters made so far): asked again as the job's stage moves on.
  const lastStage = useRef('');

  const input = { bracket, companyId, asOfDate, limit };
  async function show(): Promise<void> {
    setError(null);
    const result = await api.call('claims.preview', input);
    if (result.ok) setPreview(result.value);
    else setError(result.error.message);
  }
  async function start(): Promise<void> {
    setError(null);
    const result = await api.call('claims.start', input);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setStarted({ jobId: result.value.jobId, batchId: result.value.batchId });
    setPreview(null);
    reloadBatches();
  }
  async function cancel(): Promise<void> {
    if (job) await api.call('documents.cancel', { batchId: job.batchId });
  }
  const onFinished = (status: JobStatus): void => {
    setEnded(status.id);
    reloadBatches();
  };
  const onUpdate = (status: JobStatus): void => {
    if (status.state === 'running' && status.stage !== lastStage.current) {
      lastStage.current = status.stage;
      reloadBatches();
    }
  };
  const brackets = options.state === 'ready' ? options.value.brackets.filter((b) => b.code !== 'none') : [];
  const companies = options.state === 'ready' ? options.value.companies : [];

  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие 5 из 13</p>
      <h1 tabIndex={-1}>5. Претензии</h1>
      <p className="muted">
        Кому направить, решают правила мероприятия 5 — те же, что в карточке счёта. Претензия каждому собственнику — на
        его долю долга и пени (нанимателю — с членами семьи, отвечающими солидарно); только долг перед УК, срок оплаты
        которого наступил, без месяцев за пределами исковой давности; срок — 10 дней со дня получения; подписант, QR-код
        для оплаты (ГОСТ Р 56042-2014); к каждому письму — выписка задолженности и расчёт пени. Один файл для печати в
        порядке дом → подъезд → квартира, копии по лицевым счетам; для каждой УК-отправителя — свой список ф. 103 и файл
        для загрузки на почту; для курьера — расписка на каждое письмо.
      </p>
      <form
        className="form form-inline"
        style={{ gridTemplateColumns: '13rem 20rem 11rem 10rem' }}
        aria-label="Пакет претензий"
        onSubmit={(e) => {
          e.preventDefault();
          void show();
        }}
      >
        <label>
          Группа долга
          <select
            name="bracket"
            value={bracket}
            onChange={(e) => {
              setBracket(e.target.value as BracketCode);
              setPreview(null);
            }}
          >
            {brackets.map((b) => (
              <option key={b.code} value={b.code}>
                {b.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          УК
          <select
            name="company"
            value={companyId ?? ''}
            onChange={(e) => {
              setCompanyId(e.target.value === '' ? null : Number(e.target.value));
              setPreview(null);
            }}
          >
            <option value="">все УК</option>
            {companies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Долг и пени на дату
          <DateField
            name="asOf"
            value={asOfDate}
            onChange={(v) => {
              setAsOfDate(v);
              setPreview(null);
            }}
            required
          />
        </label>
        <NumberField
          label="Не больше, л/с (0 — все)"
          name="Число лицевых счетов"
          inputName="limit"
          min={0}
          required
          value={limit}
          onChange={(v) => {
            setLimit(v ?? 0);
            setPreview(null);
          }}
        />
        <div className="form-actions">
          <button data-primary-action type="submit" data-testid="claims-preview">
            Показать, кому отправить
          </button>
          {preview && preview.accounts > 0 && (
            <button
              type="button"
              data-testid="claims-start"
              disabled={preview.signerProblem !== null}
              onClick={() => void start()}
            >
              Сформировать пакет: {formatCount(preview.accounts)} л/с, {formatCount(preview.letters)} писем
            </button>
          )}
          {error && (
            <span role="alert" className="error-text">
              {error}
            </span>
          )}
        </div>
      </form>
      {preview && (
        <div className="card" data-testid="claims-preview-result">
          <p>
            <strong>{formatCount(preview.accounts)}</strong> л/с, <strong>{formatCount(preview.letters)}</strong> писем
            на {formatDate(preview.asOfDate)}; срок оплаты по претензии — {preview.paymentDays} дн. со дня получения;
            правила мероприятия 5{withFullStop(ruleVersionWords(preview.ruleVersion))}
          </p>
          {preview.signerProblem && (
            <p role="alert" className="error-text" data-testid="claims-signer-problem">
              {preview.signerProblem} <a href="#/settings">Открыть настройки</a>
            </p>
          )}
          {preview.excludedCount > 0 && (
            <details data-testid="claims-excluded">
              <summary>{preview.excludedSummary}</summary>
              <ExcludedTable rows={preview.excluded} />
              {preview.excludedCount > preview.excluded.length && (
                <p className="muted">
                  Показаны первые {formatCount(preview.excluded.length)} из {formatCount(preview.excludedCount)}.
                </p>
              )}
            </details>
          )}
          {preview.sample.length > 0 && (
            <table className="grid compact">
              <thead>
                <tr>
                  <th scope="col">Л/с</th>
                  <th scope="col">Адрес (в порядке печати)</th>
                  <th scope="col" className="num">
                    Долг
                  </th>
                  <th scope="col" className="num">
                    Писем
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.sample.slice(0, 10).map((a) => (
                  <tr key={a.accountId}>
                    <td>{a.number}</td>
                    <td>{a.address}</td>
                    <td className="num">{formatRub(a.debtKopecks)}</td>
                    <td className="num">{a.letters}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      {job && (
        <>
          <JobProgress key={job.jobId} jobId={job.jobId} initial={found} onFinished={onFinished} onUpdate={onUpdate} />
          {jobRunning && (
            <button type="button" className="link-button" data-testid="claims-cancel" onClick={() => void cancel()}>
              Отменить формирование пакета № {job.batchId}
            </button>
          )}
        </>
      )}
      <h2>Пакеты претензий</h2>
      {batches.state === 'error' && <p className="error-text">{batches.error.message}</p>}
      {batches.state === 'ready' && <ClaimBatchesTable batches={batches.value} onChanged={reloadBatches} />}
      <details className="card" data-testid="mailing-settings">
        <summary>Отправка писем: почтовые индексы домов и тарифы Почты</summary>
        <PostalCodesPanel />
        <PostalTariffsPanel />
      </details>
    </section>
  );
}
