/**
 * @file Measure 2, «Обзвон должников»: today's queue built by bracket priority and split among operators, the
 * day's list as XLSX and the import of results typed into it, promises to pay checked against payments.
 */
import { useState } from 'react';
import { ruleVersionWords } from '../../../shared/rules/eligibility/rule-version-words';
import type { CallQueueSummary, CallsImportResult, PromiseCheckResult } from '../../../shared/api/contract-work';
import { FACT_SPECS, type FactKey } from '../../../shared/rules/eligibility/facts';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { uploadFile } from '../api/upload';
import { downloadBase64 } from '../components/download-file';
import { formatCount, formatDate, formatRub } from '../format';
import { countText, plural } from '../../../shared/text/plural';
import '../work.css';
import { FileButton } from '../components/fields/FileButton';

/** Why an account is not in today's queue, in a clerk's words (the rule's fact names read like formulas). */
const LEFT_OUT_WORDS: Readonly<Record<string, string>> = {
  limit: 'лимиты звонков ФЗ-230',
  hasPhone: 'нет телефона',
  paused: 'работа приостановлена',
  blocked: 'контакты запрещены',
  promisePending: 'ждём оплату по обещанию',
  accountOpen: 'счёт закрыт',
  debtKopecks: 'долг меньше порога',
};

const ACCOUNTS = ['лицевой счёт', 'лицевых счёта', 'лицевых счетов'] as const;

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function CallsPage() {
  const [summary, reloadSummary] = useApi('calls.summary', {});
  const [promises, reloadPromises] = useApi('promises.list', { status: null });
  const [built, setBuilt] = useState<CallQueueSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [imported, setImported] = useState<CallsImportResult | null>(null);
  const [checked, setChecked] = useState<PromiseCheckResult | null>(null);
  const shown = built ?? (summary.state === 'ready' ? summary.value : null);

  const run = async (what: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    await what();
    setBusy(false);
  };
  const build = () =>
    run(async () => {
      const r = await api.call('calls.buildQueue', {});
      if (r.ok) {
        setBuilt(r.value);
        setMessage({ kind: 'ok', text: `Очередь построена: ${countText(r.value.total, ACCOUNTS)}.` });
      } else setMessage({ kind: 'error', text: r.error.message });
    });
  const exportXlsx = () =>
    run(async () => {
      const r = await api.call('calls.exportXlsx', {});
      if (r.ok) {
        downloadBase64(r.value.base64, r.value.fileName, XLSX_MIME);
        setMessage({
          kind: 'ok',
          text: `Файл «${r.value.fileName}»: ${countText(r.value.rows, ['строка', 'строки', 'строк'])}. Копия: ${r.value.savedPath}.`,
        });
      } else setMessage({ kind: 'error', text: r.error.message });
    });
  const importXlsx = (file: File) =>
    run(async () => {
      const up = await uploadFile(file);
      if (!up.ok) return setMessage({ kind: 'error', text: up.error.message });
      const r = await api.call('calls.importXlsx', { uploadId: up.value.uploadId });
      if (r.ok) {
        setImported(r.value);
        setBuilt(null);
        reloadSummary();
      } else setMessage({ kind: 'error', text: r.error.message });
    });
  const check = () =>
    run(async () => {
      const r = await api.call('promises.check', {});
      if (r.ok) {
        setChecked(r.value);
        reloadPromises();
      } else setMessage({ kind: 'error', text: r.error.message });
    });

  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие 2 из 13</p>
      <h1 tabIndex={-1}>2. Обзвон должников</h1>
      <p className="muted">
        Очередь дня: группы долга по порядку (больше 100 тыс., 50–100 тыс., 10–50 тыс., 5–10 тыс. ₽), внутри — по сумме
        долга; поровну между операторами в пределах их норм. В очередь не попадают счета на паузе, с запретом контактов,
        без телефона, с ожидаемой оплатой по обещанию и те, кому уже звонили сверх лимитов ФЗ-230. Цель плана — 400
        счетов в день.
      </p>
      <div className="form work-toolbar">
        <button
          data-primary-action
          type="button"
          data-testid="calls-build"
          disabled={busy}
          onClick={() => void build()}
        >
          Построить очередь на сегодня
        </button>
        <a className="button-link" href="#/my-queue">
          Моя очередь
        </a>
        <button type="button" disabled={busy} onClick={() => void exportXlsx()}>
          Выгрузить список дня (XLSX)
        </button>
        <label className="inline-field">
          Загрузить результаты из XLSX{' '}
          <FileButton
            label="Выбрать файл результатов…"
            accept=".xlsx"
            onChange={(e) => e.target.files?.[0] && void importXlsx(e.target.files[0])}
          />
        </label>
      </div>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'error-text' : 'ok-text'}
        >
          {message.text}
        </p>
      )}
      {imported && (
        <div className="notice">
          Из файла записано звонков: {formatCount(imported.recorded)}, пропущено пустых строк:{' '}
          {formatCount(imported.skipped)}.
          {imported.refused.length > 0 && (
            <ul>
              {imported.refused.slice(0, 50).map((r) => (
                <li key={r.line}>
                  Строка {r.line}, л/с {r.number}: {r.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {shown && (
        <>
          <h2>
            Очередь на {formatDate(shown.date)}: <span data-testid="calls-total">{formatCount(shown.total)}</span>{' '}
            {plural(shown.total, ['счёт', 'счёта', 'счетов'])}, сделано {formatCount(shown.done)}
          </h2>
          {shown.build && (
            <p className="muted">
              Подходят по правилам: {formatCount(shown.build.eligible)} (правила{' '}
              {ruleVersionWords(shown.build.ruleVersion)}). Не вошли:{' '}
              {Object.entries(shown.build.skipped)
                .map(([k, n]) => `${LEFT_OUT_WORDS[k] ?? FACT_SPECS[k as FactKey]?.label ?? k} — ${formatCount(n)}`)
                .join(', ') || 'нет'}
            </p>
          )}
          <table className="grid" data-testid="calls-operators">
            <thead>
              <tr>
                <th scope="col">Оператор</th>
                <th scope="col">Норма</th>
                <th scope="col">В очереди</th>
                <th scope="col">Сделано</th>
              </tr>
            </thead>
            <tbody>
              {shown.perOperator.map((o) => (
                <tr key={o.userId}>
                  <td>{o.fullName}</td>
                  <td>{o.quota}</td>
                  <td>{o.total}</td>
                  <td>{o.done}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>По группам: {shown.byBracket.map((b) => `${b.label} — ${b.count}`).join('; ') || 'очередь пуста'}</p>
        </>
      )}
      <h2>Обещания оплатить</h2>
      <div className="form work-toolbar">
        <button type="button" disabled={busy} onClick={() => void check()}>
          Сверить обещания с оплатами
        </button>
        {checked && (
          <span role="status">
            Проверено обещаний: {formatCount(checked.checked)}; выполнено {formatCount(checked.kept)}, нарушено{' '}
            {formatCount(checked.broken)} (вернутся в очередь), ждём {formatCount(checked.stillOpen)}.
          </span>
        )}
      </div>
      {promises.state === 'ready' && promises.value.length > 0 && (
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">Л/с</th>
              <th scope="col">Обещал</th>
              <th scope="col">Сумма</th>
              <th scope="col">Оплачено</th>
              <th scope="col">Статус</th>
            </tr>
          </thead>
          <tbody>
            {promises.value.slice(0, 200).map((p) => (
              <tr key={p.id}>
                <td>
                  <a href={`#/accounts/${p.accountId}`}>{p.number}</a>
                </td>
                <td>до {formatDate(p.promisedDate)}</td>
                <td>{formatRub(p.amountKopecks)}</td>
                <td>{p.paidKopecks === null ? '—' : formatRub(p.paidKopecks)}</td>
                <td>{p.status === 'open' ? 'ждём' : p.status === 'kept' ? 'выполнено' : 'нарушено'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
