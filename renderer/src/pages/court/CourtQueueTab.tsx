/**
 * @file The «Очередь» tab of the court work page (measure 9): the brackets to sue (checkboxes) with the accounts and
 * sums of each; the queue page by page (100 rows; a district has 150 000 accounts), or the accounts left out with
 * «почему нет?» — measure 9's trace, condition by condition, as the account card shows it; a batch made of the
 * queue (or of the rows ticked); the batches with their status — the head approves or rejects — and the cases
 * prepared from an approved batch for a planned filing date (one per debtor).
 */
import { useEffect, useState } from 'react';
import { ruleVersionWords } from '../../../../shared/rules/eligibility/rule-version-words';
import type {
  CourtAccountTrace,
  CourtBatchView,
  CourtQueueBracket,
  CourtQueueView,
  PrepareCasesResult,
} from '../../../../shared/api/contract-court-queue';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useSession } from '../../session/session-context';
import { formatCount, formatDate, formatInstant, formatPeriod, formatRub, todayIsoDate } from '../../format';
import { DateField } from '../../components/fields/DateField';

const BRACKETS: Array<{ code: CourtQueueBracket; label: string }> = [
  { code: 'over_100k', label: 'более 100 тыс. ₽' },
  { code: 'from_50k', label: '50–100 тыс. ₽' },
  { code: 'from_10k', label: '10–50 тыс. ₽' },
];
const PAGE = 100;
const KIND_LABEL = { court_order: 'судебный приказ', lawsuit: 'иск' } as const;

function TraceRow({ accountId, colSpan }: { accountId: number; colSpan: number }) {
  const [trace, setTrace] = useState<CourtAccountTrace | string | null>(null);
  useEffect(() => {
    void api.call('court.traceAccount', { accountId }).then((r) => setTrace(r.ok ? r.value : r.error.message));
  }, [accountId]);
  return (
    <tr className="court-trace-row">
      <td colSpan={colSpan}>
        {trace === null ? (
          <span className="muted">Проверяю правила…</span>
        ) : typeof trace === 'string' ? (
          <span className="error-text">{trace}</span>
        ) : (
          <ul className="court-trace" aria-label={`Правила мероприятия 9 для л/с ${trace.number}`}>
            {trace.trace.map((t, i) => (
              <li key={i} className={t.pass ? 'ok-text' : 'error-text'}>
                {t.pass ? '✓' : '✗'} {t.condition} — {t.actual}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function BatchesPanel({ batches, onChanged }: { batches: CourtBatchView[]; onChanged: () => void }) {
  const session = useSession();
  const canApprove = session.canCall('court.batchDecide');
  const [note, setNote] = useState<Record<number, string>>({});
  const [filing, setFiling] = useState(todayIsoDate);
  // Months past the limitation are left out unless the clerk includes them, with a note (ГК ст.199 п.2).
  const [withBarred, setWithBarred] = useState(false);
  const [barredNote, setBarredNote] = useState('');
  const [message, setMessage] = useState<{ batchId: number; text: string; error: boolean } | null>(null);
  const [prepared, setPrepared] = useState<PrepareCasesResult | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide(batchId: number, decision: 'approve' | 'reject'): Promise<void> {
    setBusy(true);
    const r = await api.call('court.batchDecide', { batchId, decision, note: note[batchId] ?? '' });
    setBusy(false);
    setMessage({ batchId, text: r.ok ? `Пакет № ${batchId} ${r.value.statusLabel}.` : r.error.message, error: !r.ok });
    onChanged();
  }
  async function prepare(batchId: number): Promise<void> {
    setBusy(true);
    const r = await api.call('court.prepareCases', {
      batchId,
      filingDate: filing,
      ...(withBarred ? { includeTimeBarred: { note: barredNote } } : {}),
    });
    setBusy(false);
    if (r.ok) setPrepared(r.value);
    setMessage({ batchId, text: r.ok ? r.value.summary : r.error.message, error: !r.ok });
    onChanged();
  }

  if (batches.length === 0) return <p className="muted">Пакетов ещё не было.</p>;
  return (
    <>
      <label className="inline-field">
        Планируемая дата подачи (по ней госпошлина и пороги подсудности)
        <DateField value={filing} onChange={(v) => setFiling(v)} data-testid="court-filing-date" />
      </label>
      <fieldset className="court-barred">
        <legend>Месяцы за пределами срока исковой давности</legend>
        <label>
          <input
            type="checkbox"
            checked={withBarred}
            onChange={(e) => setWithBarred(e.target.checked)}
            data-testid="court-include-barred"
          />{' '}
          включить в заявления (суд применяет давность только по заявлению должника, ГК РФ ст.199 п.2)
        </label>
        {withBarred && (
          <label>
            Почему включены
            <input
              value={barredNote}
              onChange={(e) => setBarredNote(e.target.value)}
              maxLength={2000}
              data-testid="court-barred-note"
              placeholder="например: должник признавал долг (акт сверки)"
            />
          </label>
        )}
      </fieldset>
      <table className="grid compact" data-testid="court-batches">
        <thead>
          <tr>
            <th scope="col">№</th>
            <th scope="col">Группы</th>
            <th scope="col">Состояние</th>
            <th scope="col" className="num">
              Л/с
            </th>
            <th scope="col" className="num">
              Долг
            </th>
            <th scope="col">Кто и когда</th>
            <th scope="col">Действия</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => (
            <tr key={b.id}>
              <td>{b.id}</td>
              <td>{b.brackets.map((c) => BRACKETS.find((x) => x.code === c)?.label ?? c).join(', ')}</td>
              <td>
                <span
                  className={`chip ${b.status === 'rejected' ? 'chip-warn' : b.status === 'awaiting_approval' ? 'chip-muted' : 'chip-ok'}`}
                >
                  {b.statusLabel}
                </span>
                {b.decisionNote && <div className="small muted">{b.decisionNote}</div>}
                {b.casesCount > 0 && <div className="small">дел: {formatCount(b.casesCount)}</div>}
              </td>
              <td className="num">{formatCount(b.accountsCount)}</td>
              <td className="num nowrap">{formatRub(b.claimKopecks)}</td>
              <td className="small">
                {b.createdBy}, {formatInstant(b.createdAtMs)}
                {b.decidedBy && b.decidedAtMs && (
                  <div>
                    решение: {b.decidedBy}, {formatInstant(b.decidedAtMs)}
                  </div>
                )}
              </td>
              <td>
                {b.status === 'awaiting_approval' && canApprove && (
                  <div className="court-decide">
                    <input
                      type="text"
                      aria-label={`Примечание к решению по пакету № ${b.id}`}
                      placeholder="Примечание (для отказа — обязательно)"
                      value={note[b.id] ?? ''}
                      onChange={(e) => setNote({ ...note, [b.id]: e.target.value })}
                    />
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => void decide(b.id, 'approve')}
                      data-testid={`court-approve-${b.id}`}
                    >
                      Утвердить
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      disabled={busy}
                      onClick={() => void decide(b.id, 'reject')}
                    >
                      Отклонить
                    </button>
                  </div>
                )}
                {b.status === 'awaiting_approval' && !canApprove && (
                  <span className="small muted">ждёт решения начальника отдела</span>
                )}
                {b.status === 'approved' && (
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void prepare(b.id)}
                    data-testid={`court-prepare-${b.id}`}
                  >
                    Подготовить дела
                  </button>
                )}
                {message?.batchId === b.id && (
                  <p role="status" className={message.error ? 'error-text small' : 'ok-text small'}>
                    {message.text}
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {prepared && prepared.cases.length > 0 && (
        <>
          <h3>
            Подготовленные дела по пакету № {prepared.batchId} (подача {formatDate(prepared.filingDate)})
          </h3>
          <div className="table-scroll">
            <table className="grid compact" data-testid="court-prepared">
              <thead>
                <tr>
                  <th scope="col">Л/с</th>
                  <th scope="col">Должник</th>
                  <th scope="col">Вид</th>
                  <th scope="col">Суд</th>
                  <th scope="col" className="num">
                    Долг
                  </th>
                  <th scope="col" className="num">
                    Пени
                  </th>
                  <th scope="col" className="num">
                    Госпошлина
                  </th>
                  <th scope="col">Идентификаторы</th>
                </tr>
              </thead>
              <tbody>
                {prepared.cases.slice(0, 200).map((c) => (
                  <tr key={c.caseId}>
                    <td>{c.accountNumber}</td>
                    <td>
                      {c.debtorName}
                      {c.share && <span className="muted"> (доля {c.share})</span>}
                      {c.jointNames.length > 0 && (
                        <div className="small muted">солидарно: {c.jointNames.join(', ')}</div>
                      )}
                    </td>
                    <td>{KIND_LABEL[c.kind]}</td>
                    <td className="small">
                      {c.courtName ?? <span className="error-text">дом не привязан к суду</span>}
                    </td>
                    <td className="num nowrap">{formatRub(c.principalKopecks)}</td>
                    <td className="num nowrap">{formatRub(c.penaltyKopecks)}</td>
                    <td className="num nowrap">{formatRub(c.dutyKopecks)}</td>
                    <td className="small">
                      {c.identifiersStatus === 'complete' ? (
                        'есть'
                      ) : (
                        <span className="error-text">{c.identifiersNote}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {prepared.cases.length > 200 && (
            <p className="muted small">Показаны первые 200 дел; все — на вкладке «Дела».</p>
          )}
        </>
      )}
      {prepared && prepared.skipped.length > 0 && (
        <ul className="small" aria-label="Пропущенные счета">
          {prepared.skipped.map((s) => (
            <li key={s.accountId}>
              л/с {s.accountNumber}: {s.reason}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function CourtQueueTab() {
  const [brackets, setBrackets] = useState<CourtQueueBracket[]>(['over_100k', 'from_50k', 'from_10k']);
  const [list, setList] = useState<'in' | 'out'>('in');
  const [offset, setOffset] = useState(0);
  const key = JSON.stringify({ brackets, list, offset });
  const [loaded, setLoaded] = useState<{ key: string; value: CourtQueueView | string } | null>(null);
  const [generation, setGeneration] = useState(0);
  const [open, setOpen] = useState<number | null>(null);
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [batchMessage, setBatchMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [batches, reloadBatches] = useApi('court.batches', {});

  useEffect(() => {
    if (brackets.length === 0) return;
    let live = true;
    void api.call('court.queue', { brackets, list, offset, limit: PAGE }).then((r) => {
      if (live) setLoaded({ key, value: r.ok ? r.value : r.error.message });
    });
    return () => {
      live = false;
    };
  }, [brackets, list, offset, key, generation]);
  const queue: CourtQueueView | string | null =
    brackets.length === 0 ? 'Отметьте хотя бы одну группу долга.' : (loaded?.value ?? null);
  const loading = brackets.length > 0 && loaded?.key !== key;

  const toggleBracket = (code: CourtQueueBracket) => {
    setBrackets((b) =>
      b.includes(code)
        ? b.filter((x) => x !== code)
        : BRACKETS.map((x) => x.code).filter((x) => x === code || b.includes(x)),
    );
    setOffset(0);
    setPicked(new Set());
  };
  async function createBatch(): Promise<void> {
    if (typeof queue !== 'object' || queue === null) return;
    const accountIds = picked.size > 0 ? [...picked] : queue.accountIds;
    const r = await api.call('court.batchCreate', { brackets: queue.brackets, accountIds });
    setBatchMessage(
      r.ok
        ? {
            text: `Пакет № ${r.value.id}: ${formatCount(r.value.accountsCount)} л/с на ${formatRub(r.value.claimKopecks)} — ${r.value.statusLabel}.`,
            error: false,
          }
        : { text: r.error.message, error: true },
    );
    if (r.ok) setPicked(new Set());
    reloadBatches();
    setGeneration((g) => g + 1);
  }

  const q = typeof queue === 'object' ? queue : null;
  const total = q ? (list === 'in' ? q.totalAccounts : q.outTotal) : 0;
  const counts = new Map(q?.counts.map((c) => [c.bracket, c]) ?? []);

  return (
    <div className="court-queue">
      <p className="muted">
        В очередь попадает счёт, если его проходит правило мероприятия 9 — то же, что в карточке счёта: просроченный
        долг перед УК без месяцев за пределами исковой давности в выбранной группе, нет паузы и открытого обещания
        оплатить, претензия вручена (или считается доставленной: возвращена за истечением срока хранения, адресат
        отказался — ГК РФ ст.165.1) не менее 30 дней назад, нет незавершённого судебного дела. Небольшая оплата не
        выводит крупного должника из очереди.
      </p>
      <fieldset className="court-brackets">
        <legend>Группы долга</legend>
        {BRACKETS.map((b) => {
          const c = counts.get(b.code);
          return (
            <label key={b.code} className="court-bracket">
              <input
                type="checkbox"
                checked={brackets.includes(b.code)}
                onChange={() => toggleBracket(b.code)}
                data-testid={`court-bracket-${b.code}`}
              />
              <span>{b.label}</span>
              {c && (
                <span className="small muted">
                  {formatCount(c.accounts)} л/с · {formatRub(c.claimKopecks)}
                </span>
              )}
            </label>
          );
        })}
        {q && (
          <p className="court-total" data-testid="court-queue-total">
            В очереди <strong>{formatCount(q.totalAccounts)}</strong> л/с на{' '}
            <strong>{formatRub(q.totalClaimKopecks)}</strong>; не проходят правило — {formatCount(q.outTotal)}.{' '}
            <span className="small muted">
              На {formatDate(q.asOf)}, правила {ruleVersionWords(q.ruleVersion)}, {q.elapsedMs} мс.
            </span>
          </p>
        )}
      </fieldset>

      <div className="court-toolbar">
        <div role="radiogroup" aria-label="Какие счета показать" className="court-list-switch">
          <label>
            <input
              type="radio"
              name="court-list"
              checked={list === 'in'}
              onChange={() => {
                setList('in');
                setOffset(0);
                setOpen(null);
              }}
            />{' '}
            в очереди
          </label>
          <label>
            <input
              type="radio"
              name="court-list"
              checked={list === 'out'}
              onChange={() => {
                setList('out');
                setOffset(0);
                setOpen(null);
              }}
            />{' '}
            не проходят — почему
          </label>
        </div>
        {list === 'in' && q && q.totalAccounts > 0 && (
          <button
            data-primary-action
            type="button"
            disabled={loading}
            onClick={() => void createBatch()}
            data-testid="court-batch-create"
          >
            {picked.size > 0
              ? `Создать пакет из отмеченных (${formatCount(picked.size)})`
              : `Создать пакет из всей очереди (${formatCount(q.totalAccounts)})`}
          </button>
        )}
        {batchMessage && (
          <span role="status" className={batchMessage.error ? 'error-text' : 'ok-text'}>
            {batchMessage.text}
          </span>
        )}
      </div>

      {typeof queue === 'string' && <p className="error-text">{queue}</p>}
      {loading && queue === null && <p className="muted">Считаю очередь…</p>}
      {q && list === 'in' && (
        <div className="table-scroll tall">
          <table className="grid compact" data-testid="court-queue-table" aria-busy={loading}>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Отметить</span>
                </th>
                <th scope="col">Л/с</th>
                <th scope="col">Адрес</th>
                <th
                  scope="col"
                  className="num"
                  title="Должников — заявлений: по собственнику на долю; наниматель с семьёй — одно"
                >
                  Должн.
                </th>
                <th scope="col" className="num">
                  Долг УК для суда
                </th>
                <th scope="col">Месяцев</th>
                <th scope="col" className="num" title="Долг УК за пределами исковой давности — в заявление не входит">
                  Вне давности
                </th>
                <th scope="col">Претензия</th>
                <th scope="col" className="court-col-court">
                  Вид, суд
                </th>
              </tr>
            </thead>
            <tbody>
              {q.rows.map((r) => (
                <tr key={r.accountId}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Отметить л/с ${r.number}`}
                      checked={picked.has(r.accountId)}
                      onChange={() => {
                        const next = new Set(picked);
                        if (next.has(r.accountId)) next.delete(r.accountId);
                        else next.add(r.accountId);
                        setPicked(next);
                      }}
                    />
                  </td>
                  <td>
                    <a href={`#/accounts/${r.accountId}`}>{r.number}</a>
                  </td>
                  <td>{r.address}</td>
                  <td className="num">{r.debtorsCount}</td>
                  <td className="num nowrap">{formatRub(r.courtableDebtKopecks)}</td>
                  <td className="nowrap">
                    {r.monthsInArrears}
                    {r.oldestPeriod && <span className="muted"> с {formatPeriod(r.oldestPeriod)}</span>}
                  </td>
                  <td className="num nowrap">{r.timeBarredKopecks > 0 ? formatRub(r.timeBarredKopecks) : '—'}</td>
                  <td className="nowrap">{formatDate(r.claimDeliveredDate)}</td>
                  <td className="small">
                    {KIND_LABEL[r.kind]}: {r.court?.name ?? <span className="error-text">дом не привязан к суду</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {q.rows.length === 0 && <p className="muted">В выбранных группах никто не проходит правило мероприятия 9.</p>}
        </div>
      )}
      {q && list === 'out' && (
        <div className="table-scroll tall">
          <table className="grid compact" data-testid="court-out-table">
            <thead>
              <tr>
                <th scope="col">Л/с</th>
                <th scope="col">Адрес</th>
                <th scope="col" className="num">
                  Долг УК для суда
                </th>
                <th scope="col">Почему не в очереди</th>
                <th scope="col">
                  <span className="visually-hidden">Разбор</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {q.outRows.flatMap((r) => [
                <tr key={r.accountId}>
                  <td>
                    <a href={`#/accounts/${r.accountId}`}>{r.number}</a>
                  </td>
                  <td>{r.address}</td>
                  <td className="num nowrap">{formatRub(r.courtableDebtKopecks)}</td>
                  <td>{r.reasons.join('; ')}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button small"
                      aria-expanded={open === r.accountId}
                      onClick={() => setOpen(open === r.accountId ? null : r.accountId)}
                    >
                      почему нет?
                    </button>
                  </td>
                </tr>,
                ...(open === r.accountId
                  ? [<TraceRow key={`${r.accountId}-trace`} accountId={r.accountId} colSpan={5} />]
                  : []),
              ])}
            </tbody>
          </table>
        </div>
      )}
      {q && total > PAGE && (
        <nav className="court-pager" aria-label="Страницы очереди">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            ← Назад
          </button>
          <span>
            {formatCount(offset + 1)}–{formatCount(Math.min(total, offset + PAGE))} из {formatCount(total)}
          </span>
          <button type="button" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
            Дальше →
          </button>
        </nav>
      )}

      <h2>Пакеты заявлений</h2>
      <p className="muted small">
        Пакет утверждает начальник отдела (если так задано в правилах судебной работы); дела готовятся только по
        утверждённому пакету — по одному на каждого должника: собственнику — на его долю, нанимателю — вместе с
        совершеннолетними членами семьи.
      </p>
      {batches.state === 'ready' ? (
        <BatchesPanel
          batches={batches.value}
          onChanged={() => {
            reloadBatches();
            setGeneration((g) => g + 1);
          }}
        />
      ) : batches.state === 'error' ? (
        <p className="error-text">{batches.error.message}</p>
      ) : (
        <p className="muted">Загружаю пакеты…</p>
      )}
    </div>
  );
}
