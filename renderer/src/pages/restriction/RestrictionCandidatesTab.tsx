/**
 * @file The restriction page (measure 8), tab «Кандидаты»: who may be warned today — each account with the
 * restrictable services whose overdue debt exceeds the threshold (by the norm or by the average month, said so), the
 * others counted by why they are out; the clerk ticks rows, picks the delivery and makes the warnings
 * (`restriction.warn`, which checks every row again). The sewage legal-risk note is shown whenever a sewage line
 * is listed. Thousands of rows: filtered by service and shown 200 per page.
 */
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { FormMessage, type FormMessageValue } from '../../components/FormMessage';
import { PagePager } from '../../components/PagePager';
import { SewageRiskNote, SEWAGE_SERVICE } from '../../components/SewageRiskNote';
import { formatCount, formatDate, formatRub } from '../../format';
import type { RestrictionWarnResult } from '../../../../shared/restriction/restriction-types';

const PAGE = 200;
const METHODS = [
  { value: 'post', label: 'заказное письмо' },
  { value: 'epd', label: 'текст в ЕПД' },
  { value: 'sms', label: 'SMS' },
  { value: 'signature', label: 'под подпись' },
] as const;
type Method = (typeof METHODS)[number]['value'];

export const BASIS_LABELS = { norm: 'по нормативу', average: 'по среднему' } as const;

/** One row of the table: an account and one of its services over the threshold. */
interface Row {
  key: string;
  accountId: number;
  number: string;
  address: string;
  companyName: string;
  service: string;
  debtKopecks: number;
  thresholdKopecks: number;
  basis: 'norm' | 'average';
  detail: string;
}

export function RestrictionCandidatesTab() {
  const [list, reload] = useApi('restriction.worklist', {});
  const [service, setService] = useState('');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [method, setMethod] = useState<Method>('post');
  const [possible, setPossible] = useState(true);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const [result, setResult] = useState<RestrictionWarnResult | null>(null);

  const rows = useMemo<Row[]>(() => {
    if (list.state !== 'ready') return [];
    return list.value.candidates.flatMap((c) =>
      c.services.map((s) => ({
        key: `${c.accountId}|${s.service}`,
        accountId: c.accountId,
        number: c.number,
        address: c.address,
        companyName: c.companyName,
        ...s,
      })),
    );
  }, [list]);
  const services = useMemo(() => [...new Set(rows.map((r) => r.service))].sort(), [rows]);
  const shown = service ? rows.filter((r) => r.service === service) : rows;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const pageRows = shown.slice((page - 1) * PAGE, page * PAGE);
  const chosen = rows.filter((r) => selected.has(r.key));
  const sewageInView =
    shown.some((r) => r.service === SEWAGE_SERVICE) || chosen.some((r) => r.service === SEWAGE_SERVICE);

  if (list.state === 'loading') return <p className="muted">Отбор кандидатов…</p>;
  if (list.state === 'error') return <p className="error-text">{list.error.message}</p>;
  const { today, skipped, candidates } = list.value;

  const toggle = (key: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const allOnPage = pageRows.length > 0 && pageRows.every((r) => selected.has(r.key));
  const togglePage = () =>
    setSelected((old) => {
      const next = new Set(old);
      for (const r of pageRows) {
        if (allOnPage) next.delete(r.key);
        else next.add(r.key);
      }
      return next;
    });

  const warn = async () => {
    setBusy(true);
    setMessage(null);
    setResult(null);
    const r = await api.call('restriction.warn', {
      items: chosen.map((c) => ({ accountId: c.accountId, service: c.service })),
      restrictionPossible: possible,
      deliveryMethod: method,
    });
    setBusy(false);
    if (!r.ok) {
      setMessage({ kind: 'error', text: r.error.message });
      return;
    }
    setResult(r.value);
    setMessage({
      kind: 'ok',
      text: `Предупреждений сформировано: ${formatCount(r.value.caseIds.length)}${r.value.refused.length > 0 ? `, отказано: ${formatCount(r.value.refused.length)}` : ''}.`,
    });
    setSelected(new Set());
    reload();
  };

  return (
    <div className="restriction-candidates">
      <p>
        На {formatDate(today)}: {formatCount(candidates.length)} лицевых счетов, у которых просроченный долг по
        ограничиваемой услуге (без сроков давности) больше порога — 2 месячных начислений по нормативу и тарифу, а где
        они не загружены — 2 средних начислений за 12 месяцев. Соглашение о погашении, пауза или уже идущее ограничение
        исключают счёт.
      </p>
      {skipped.length > 0 && (
        <details>
          <summary>Не проходят — почему ({formatCount(skipped.reduce((a, s) => a + s.count, 0))})</summary>
          <table className="grid compact" aria-label="Почему должники не в списке">
            <tbody>
              {skipped.map((s) => (
                <tr key={s.reason}>
                  <td>{s.reason}</td>
                  <td className="num">{formatCount(s.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {sewageInView && <SewageRiskNote />}
      <div className="form-row">
        <label>
          Услуга{' '}
          <select
            value={service}
            onChange={(e) => {
              setService(e.target.value);
              setPage(1);
            }}
          >
            <option value="">все ({formatCount(rows.length)})</option>
            {services.map((s) => (
              <option key={s} value={s}>
                {s} ({formatCount(rows.filter((r) => r.service === s).length)})
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="muted">Кандидатов нет.</p>
      ) : (
        <table className="grid compact" aria-label="Кандидаты на предупреждение об ограничении">
          <thead>
            <tr>
              <th scope="col">
                <input type="checkbox" aria-label="Выбрать все на странице" checked={allOnPage} onChange={togglePage} />
              </th>
              <th scope="col">Лицевой счёт</th>
              <th scope="col">Адрес</th>
              <th scope="col">УК</th>
              <th scope="col">Услуга</th>
              <th scope="col" className="num">
                Долг
              </th>
              <th scope="col" className="num">
                Порог
              </th>
              <th scope="col">Как посчитан порог</th>
            </tr>
          </thead>
          <tbody>
            {pageRows.map((r) => (
              <tr key={r.key}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Выбрать ${r.number}, ${r.service}`}
                    checked={selected.has(r.key)}
                    onChange={() => toggle(r.key)}
                  />
                </td>
                <td>
                  <a href={`#/accounts/${r.accountId}`}>{r.number}</a>
                </td>
                <td>{r.address}</td>
                <td>{r.companyName}</td>
                <td>{r.service}</td>
                <td className="num">{formatRub(r.debtKopecks)}</td>
                <td className="num">{formatRub(r.thresholdKopecks)}</td>
                <td title={r.detail}>{BASIS_LABELS[r.basis]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PagePager page={page} pages={pages} onPage={setPage} />
      <fieldset className="form-row sticky-actions" disabled={busy}>
        <legend>Предупреждения для выбранных ({formatCount(chosen.length)})</legend>
        <label>
          Способ доставки{' '}
          <select value={method} onChange={(e) => setMethod(e.target.value as Method)}>
            {METHODS.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          <input type="checkbox" checked={possible} onChange={(e) => setPossible(e.target.checked)} /> Ограничение
          технически возможно (иначе — сразу приостановление, и это сказано в предупреждении)
        </label>
        <div className="form-actions">
          <button
            data-primary-action
            type="button"
            disabled={busy || chosen.length === 0}
            aria-describedby={chosen.length === 0 ? 'restriction-warn-why' : undefined}
            onClick={() => void warn()}
          >
            Сформировать предупреждения
          </button>
          {chosen.length === 0 && (
            <span className="small muted" id="restriction-warn-why">
              Отметьте счета в таблице.
            </span>
          )}
          <FormMessage message={message} />
        </div>
      </fieldset>
      {result && result.refused.length > 0 && (
        <table className="grid compact" aria-label="Отказано">
          <caption>Отказано</caption>
          <tbody>
            {result.refused.map((r) => (
              <tr key={`${r.accountId}|${r.service}`}>
                <td>{r.number}</td>
                <td>{r.service}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
