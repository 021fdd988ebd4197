/**
 * @file The «Госпошлина» tab of the court work page (measure 9): per УК the applications awaiting their state duty
 * (the duty, the offset from an earlier case, what was paid and what is still due), the request to the УК (a letter
 * PDF and an XLSX list; cases without a court cannot be chosen), the payment order with its allocation (by the
 * latest request when the sum matches exactly, or by hand), an exemption or deferral per case, and the lists of
 * requests and payment orders. The gate itself is the cases' «подано» step: it needs duty_paid.
 */
import { useMemo, useState } from 'react';
import type { DutyCaseView, DutyCompanyView, DutyRequestView } from '../../../../shared/api/contract-court-duty';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { OpenDocumentButton } from '../../components/OpenDocumentButton';
import { downloadBase64 } from '../../components/download-file';
import { formatDate, formatRubles, plural, todayIsoDate } from '../../format';
import { PaymentForm } from './DutyPaymentForm';
import { DateField } from '../../components/fields/DateField';

const KIND: Record<string, string> = { court_order: 'приказ', lawsuit: 'иск' };
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function DownloadListButton({ documentId, label }: { documentId: number; label: string }) {
  const [error, setError] = useState<string | null>(null);
  async function download(): Promise<void> {
    setError(null);
    const r = await api.call('documents.file', { documentId });
    if (r.ok) downloadBase64(r.value.base64, r.value.fileName, XLSX_MIME);
    else setError(r.error.message);
  }
  return (
    <span>
      <button type="button" className="link-button" onClick={() => void download()}>
        {label}
      </button>
      {error && (
        <span className="error-text" role="alert">
          {' '}
          {error}
        </span>
      )}
    </span>
  );
}

function ExemptionForm({ c, onDone }: { c: DutyCaseView; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button
        type="button"
        className="link-button"
        onClick={() => setOpen(true)}
        aria-label={`Освобождение от пошлины по заявлению № ${c.caseId}`}
      >
        освобождение…
      </button>
    );
  async function save(): Promise<void> {
    setError(null);
    const r = await api.call('duty.recordExemption', { caseId: c.caseId, reason });
    if (r.ok) onDone();
    else setError(r.error.message);
  }
  return (
    <form
      className="duty-exempt"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        Основание
        <input
          autoFocus
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="НК РФ ст.333.36 п.… или определение суда об отсрочке"
        />
      </label>
      <button type="submit" className="small">
        Записать
      </button>
      <button type="button" className="small secondary" onClick={() => setOpen(false)}>
        Отмена
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function AwaitingTable({
  company,
  requests,
  selected,
  setSelected,
  onChanged,
}: {
  company: DutyCompanyView;
  requests: readonly DutyRequestView[];
  selected: number[];
  setSelected: (ids: number[]) => void;
  onChanged: () => void;
}) {
  if (company.awaiting.length === 0) return <p className="muted">Заявлений, ожидающих госпошлину, у этой УК нет.</p>;
  const requestNo = new Map(requests.map((r) => [r.id, `ГП-${r.id} от ${formatDate(r.requestDate)}`]));
  const choosable = company.awaiting.filter((c) => c.courtId !== null);
  const allChosen = choosable.length > 0 && choosable.every((c) => selected.includes(c.caseId));
  return (
    <div className="table-scroll duty-table">
      <table className="grid compact" data-testid="duty-awaiting">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Выбрать все заявления с определённым судом"
                checked={allChosen}
                onChange={() => setSelected(allChosen ? [] : choosable.map((c) => c.caseId))}
              />
            </th>
            <th scope="col">№</th>
            <th scope="col">Л/с</th>
            <th scope="col">Должник</th>
            <th scope="col">Суд</th>
            <th scope="col">Вид</th>
            <th scope="col" className="num">
              Пошлина
            </th>
            <th scope="col" className="num">
              К оплате, ₽
            </th>
            <th scope="col">Запрос</th>
            <th scope="col">Без оплаты</th>
          </tr>
        </thead>
        <tbody>
          {company.awaiting.map((c) => (
            <tr key={c.caseId}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Выбрать заявление № ${c.caseId}`}
                  disabled={c.courtId === null}
                  checked={selected.includes(c.caseId)}
                  onChange={() =>
                    setSelected(
                      selected.includes(c.caseId) ? selected.filter((x) => x !== c.caseId) : [...selected, c.caseId],
                    )
                  }
                />
              </td>
              <td>{c.caseId}</td>
              <td>{c.accountNumber}</td>
              <td>{c.debtorName}</td>
              <td className="small duty-court">
                {c.courtId === null ? <span className="chip chip-warn">суд не определён</span> : c.courtName}
              </td>
              <td>{KIND[c.kind] ?? c.kind}</td>
              <td className="num">
                {formatRubles(c.dutyKopecks)}
                {c.dutyOffsetKopecks > 0 && (
                  <div className="small muted">зачёт {formatRubles(c.dutyOffsetKopecks)}</div>
                )}
                {c.paidKopecks > 0 && <div className="small muted">оплачено {formatRubles(c.paidKopecks)}</div>}
              </td>
              <td className="num">
                <strong>{formatRubles(c.stillDueKopecks)}</strong>
              </td>
              <td className="small">{c.requestId ? (requestNo.get(c.requestId) ?? `ГП-${c.requestId}`) : '—'}</td>
              <td>
                <ExemptionForm c={c} onDone={onChanged} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RequestForm({
  company,
  selected,
  onMade,
}: {
  company: DutyCompanyView;
  selected: number[];
  onMade: (r: DutyRequestView) => void;
}) {
  const [date, setDate] = useState(todayIsoDate());
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = company.awaiting.filter((c) => selected.includes(c.caseId));
  const total = chosen.reduce((s, c) => s + c.stillDueKopecks, 0);
  const noCourt = company.awaiting.filter((c) => c.courtId === null);
  async function make(): Promise<void> {
    setError(null);
    setWorking(true);
    const r = await api.call('duty.createRequest', {
      managementCompanyId: company.managementCompanyId,
      caseIds: selected,
      requestDate: date,
    });
    setWorking(false);
    if (r.ok) onMade(r.value);
    else setError(r.error.message);
  }
  return (
    <form
      className="duty-request-form"
      aria-label="Запрос госпошлины в УК"
      onSubmit={(e) => {
        e.preventDefault();
        void make();
      }}
    >
      {noCourt.length > 0 && (
        <p className="notice small" role="note">
          Заявлений без суда: {noCourt.length}. Их нельзя включить в запрос — реквизиты получателя пошлины зависят от
          суда. Привяжите дома к судам на вкладке «Суды».
        </p>
      )}
      <label>
        Дата письма <DateField value={date} onChange={(v) => setDate(v)} required />
      </label>
      <button
        data-primary-action
        type="submit"
        disabled={working || chosen.length === 0}
        data-testid="duty-make-request"
      >
        {working
          ? 'Формируется…'
          : `Сформировать запрос: ${chosen.length} ${plural(chosen.length, ['заявление', 'заявления', 'заявлений'])}, ${formatRubles(total)} ₽`}
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

export function CourtDutyTab() {
  const [overview, reloadOverview] = useApi('duty.requests', { managementCompanyId: null });
  const [payments, reloadPayments] = useApi('duty.payments', { managementCompanyId: null });
  const [companyId, setCompanyId] = useState<number | null>(null);
  // The clerk's choice per УК; until then its cases with a court not yet requested (what the request takes by default).
  const [picked, setPicked] = useState<Record<number, number[]>>({});
  const [made, setMade] = useState<DutyRequestView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const reload = () => {
    setPicked({});
    reloadOverview();
    reloadPayments();
  };

  const companies = useMemo(() => (overview.state === 'ready' ? overview.value.companies : []), [overview]);
  const company =
    companies.find((c) => c.managementCompanyId === companyId) ??
    companies.find((c) => c.awaiting.length > 0) ??
    companies[0] ??
    null;
  const selected = company
    ? (picked[company.managementCompanyId] ??
      company.awaiting.filter((c) => c.courtId !== null && c.requestId === null).map((c) => c.caseId))
    : [];
  const setSelected = (ids: number[]) => company && setPicked({ ...picked, [company.managementCompanyId]: ids });

  if (overview.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (overview.state === 'error')
    return (
      <p className="error-text" role="alert">
        {overview.error.message}
      </p>
    );
  if (!company)
    return (
      <p className="muted" data-testid="duty-empty">
        Подготовленных заявлений пока нет: они появляются, когда в очереди подготовлены дела.
      </p>
    );
  const requests = overview.value.requests.filter((r) => r.managementCompanyId === company.managementCompanyId);
  const latest = requests[0] ?? null;

  return (
    <div className="duty-tab">
      <p className="muted">
        Госпошлину платит управляющая компания (НК РФ ст.333.19; по месту суда — ст.333.18 п.3). Заявление можно
        отметить поданным, когда пошлина оплачена полностью или записано освобождение (НК РФ ст.333.36) либо отсрочка,
        данная судом.
      </p>
      <label className="duty-company">
        Управляющая компания{' '}
        <select
          value={company.managementCompanyId}
          onChange={(e) => {
            setCompanyId(Number(e.target.value));
            setMade(null);
            setMessage(null);
          }}
        >
          {companies.map((c) => (
            <option key={c.managementCompanyId} value={c.managementCompanyId}>
              {c.name} — ждут пошлину: {c.awaiting.length}, {formatRubles(c.awaitingKopecks)} ₽
            </option>
          ))}
        </select>
      </label>

      <h2>Заявления, ожидающие госпошлину</h2>
      <AwaitingTable
        company={company}
        requests={requests}
        selected={selected}
        setSelected={setSelected}
        onChanged={() => {
          setMessage('Освобождение записано: заявление можно подавать.');
          reload();
        }}
      />
      {company.awaiting.some((c) => c.courtId !== null && c.stillDueKopecks > 0) && (
        <RequestForm
          company={company}
          selected={selected}
          onMade={(r) => {
            setMade(r);
            setMessage(null);
            reload();
          }}
        />
      )}
      {made && (
        <div className="notice" role="status" data-testid="duty-request-made">
          Запрос ГП-{made.id} от {formatDate(made.requestDate)}: {made.casesCount}{' '}
          {plural(made.casesCount, ['заявление', 'заявления', 'заявлений'])} на {formatRubles(made.totalKopecks)} ₽.{' '}
          {made.letterDocumentId && (
            <OpenDocumentButton documentId={made.letterDocumentId} label="Открыть письмо (PDF)" />
          )}{' '}
          {made.listDocumentId && <DownloadListButton documentId={made.listDocumentId} label="Скачать список (XLSX)" />}
        </div>
      )}
      {message && (
        <p className="ok-text" role="status">
          {message}
        </p>
      )}

      {company.awaiting.length > 0 && (
        <>
          <h2>Платёжное поручение</h2>
          <PaymentForm
            key={company.managementCompanyId}
            company={company}
            latest={latest}
            onDone={(text) => {
              setMessage(text);
              setMade(null);
              reload();
            }}
          />
        </>
      )}

      <h2>Запросы в УК</h2>
      {requests.length === 0 ? (
        <p className="muted">Запросов этой УК ещё не было.</p>
      ) : (
        <table className="grid compact" data-testid="duty-requests">
          <thead>
            <tr>
              <th scope="col">Запрос</th>
              <th scope="col">Дата</th>
              <th scope="col" className="num">
                Заявлений
              </th>
              <th scope="col" className="num">
                Сумма, ₽
              </th>
              <th scope="col" className="num">
                Осталось оплатить, ₽
              </th>
              <th scope="col">Документы</th>
              <th scope="col">Составил</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.id}>
                <td>ГП-{r.id}</td>
                <td>{formatDate(r.requestDate)}</td>
                <td className="num">{r.casesCount}</td>
                <td className="num">{formatRubles(r.totalKopecks)}</td>
                <td className="num">
                  {r.stillDueKopecks === 0 ? (
                    <span className="chip chip-ok">оплачено</span>
                  ) : (
                    formatRubles(r.stillDueKopecks)
                  )}
                </td>
                <td>
                  {r.letterDocumentId && <OpenDocumentButton documentId={r.letterDocumentId} label="письмо" />}{' '}
                  {r.listDocumentId && <DownloadListButton documentId={r.listDocumentId} label="список XLSX" />}
                </td>
                <td>{r.userName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Платёжные поручения</h2>
      {payments.state === 'ready' &&
        (payments.value.filter((p) => p.managementCompanyId === company.managementCompanyId).length === 0 ? (
          <p className="muted">Платёжных поручений этой УК ещё не записано.</p>
        ) : (
          <table className="grid compact" data-testid="duty-payments">
            <thead>
              <tr>
                <th scope="col">№</th>
                <th scope="col">Дата</th>
                <th scope="col" className="num">
                  Сумма, ₽
                </th>
                <th scope="col">Плательщик</th>
                <th scope="col">Заявления</th>
                <th scope="col">Записал</th>
              </tr>
            </thead>
            <tbody>
              {payments.value
                .filter((p) => p.managementCompanyId === company.managementCompanyId)
                .map((p) => (
                  <tr key={p.id}>
                    <td>{p.orderNumber}</td>
                    <td>{formatDate(p.orderDate)}</td>
                    <td className="num">{formatRubles(p.amountKopecks)}</td>
                    <td>{p.payer}</td>
                    <td>
                      {p.allocations
                        .map((a) => `№ ${a.caseId} (${a.debtorName}) ${formatRubles(a.amountKopecks)}`)
                        .join('; ')}
                    </td>
                    <td>{p.userName}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        ))}
    </div>
  );
}
