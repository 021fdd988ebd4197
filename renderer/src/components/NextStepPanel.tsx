/**
 * @file On the account card: the next step the rules suggest with its reason, why each other measure is not
 * available (each condition with its value, pass or fail), and pausing the account until a date with a reason.
 */
import { useState } from 'react';
import type { AccountNextStep } from '../../../shared/api/contract-work';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ruleVersionWords } from '../../../shared/rules/eligibility/rule-version-words';
import { formatDate } from '../format';
import '../work.css';
import { useSession } from '../session/session-context';
import { DateField } from './fields/DateField';

const REASONS = [
  ['dispute', 'спор о долге'],
  ['hardship', 'тяжёлое положение'],
  ['death', 'смерть должника'],
  ['bankruptcy', 'банкротство'],
  ['other', 'другое'],
] as const;

const BLOCKS = [
  ['bankrupt', 'банкротство (процедура)'],
  ['incapacitated', 'признан недееспособным'],
  ['hospital', 'на лечении в стационаре'],
  ['disabled_1', 'инвалид I группы'],
  ['minor', 'несовершеннолетний'],
] as const;

export function NextStepPanel({ accountId }: { accountId: number }) {
  const [loaded] = useApi('account.evaluate', { accountId }, [accountId]);
  const [override, setOverride] = useState<AccountNextStep | null>(null);
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState<(typeof REASONS)[number][0]>('dispute');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [category, setCategory] = useState<(typeof BLOCKS)[number][0]>('bankrupt');
  // Pauses and contact bans: «паузы и запреты контактов» (claims clerk, head); others see the state only.
  const mayContacts = useSession().canCall('account.pause');
  if (loaded.state === 'loading') return <p className="muted">Правила считаются…</p>;
  if (loaded.state === 'error') return <p className="error-text">{loaded.error.message}</p>;
  const ev = override ?? loaded.value;
  const paused = ev.pausedUntilDate !== null && ev.pausedUntilDate >= ev.today;
  const pause = async () => {
    const r = await api.call('account.pause', { accountId, untilDate: until, reason, comment });
    if (r.ok) {
      setOverride(r.value);
      setError(null);
    } else setError(r.error.message);
  };
  const block = async () => {
    const r = await api.call('account.block', { accountId, category });
    if (r.ok) setOverride(r.value);
    else setError(r.error.message);
  };
  const resume = async () => {
    const r = await api.call('account.resume', { accountId });
    if (r.ok) setOverride(r.value);
    else setError(r.error.message);
  };
  return (
    <section className="next-step" data-testid="next-step" aria-labelledby="next-step-title">
      <h2 id="next-step-title">Следующий шаг</h2>
      {ev.next ? (
        <p data-testid="next-step-action">
          <strong>
            {ev.next.measure}. {ev.next.action}
          </strong>{' '}
          — {ev.next.reason}
        </p>
      ) : (
        <p data-testid="next-step-action">
          <strong>Нет шага:</strong> {ev.noNextReason}
        </p>
      )}
      <ul className="verdicts" data-testid="next-step-verdicts">
        {ev.measures
          .filter((m) => m.measure !== ev.next?.measure)
          .map((m) => (
            <li key={m.measure} className={m.available ? 'verdict-yes' : 'verdict-no'}>
              <details>
                <summary>
                  {m.measure}. {m.action}: {m.available ? 'доступно' : `нет — ${m.reason}`}
                </summary>
                <ul className="trace">
                  {m.trace.map((t, i) => (
                    <li key={i} className={t.pass ? 'trace-pass' : 'trace-fail'}>
                      <span className="trace-mark" aria-label={t.pass ? 'выполнено' : 'не выполнено'}>
                        {t.pass ? '✓' : '✗'}
                      </span>{' '}
                      {/* The value's sentence names the threshold itself; a contact limit needs its rule beside it. */}
                      {t.fact === 'limit' ? `${t.condition}; ${t.actual}` : t.actual}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
      </ul>
      <p className="muted small">
        Правила {ruleVersionWords(ev.ruleVersion)}, на {formatDate(ev.today)}.
      </p>
      {paused ? (
        <p>
          Работа приостановлена до {formatDate(ev.pausedUntilDate)} ({ev.pauseReason}).{' '}
          {mayContacts && (
            <button type="button" onClick={() => void resume()}>
              Снять паузу
            </button>
          )}
        </p>
      ) : (
        mayContacts && (
          <form
            className="form work-toolbar"
            aria-label="Пауза"
            onSubmit={(e) => {
              e.preventDefault();
              void pause();
            }}
          >
            <label>
              Пауза до <DateField data-testid="pause-until" value={until} onChange={(v) => setUntil(v)} required />
            </label>
            <label>
              Причина
              <select value={reason} onChange={(e) => setReason(e.target.value as typeof reason)}>
                {REASONS.map(([k, v]) => (
                  <option key={k} value={k}>
                    {v}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Комментарий <input value={comment} onChange={(e) => setComment(e.target.value)} />
            </label>
            <button type="submit" data-testid="pause-save">
              Приостановить работу
            </button>
          </form>
        )
      )}
      {ev.blockedCategories.length > 0 ? (
        <p data-testid="contact-blocks">
          Контакты запрещены (ФЗ-230 ст. 7 ч. 1):{' '}
          {ev.blockedCategories.map((c) => BLOCKS.find(([k]) => k === c)?.[1] ?? c).join(', ')}.
        </p>
      ) : (
        mayContacts && (
          <form
            className="form work-toolbar"
            aria-label="Запрет контактов"
            onSubmit={(e) => {
              e.preventDefault();
              void block();
            }}
          >
            <label>
              Запрет контактов (ФЗ-230 ст. 7 ч. 1)
              <select value={category} onChange={(e) => setCategory(e.target.value as typeof category)}>
                {BLOCKS.map(([k, v]) => (
                  <option key={k} value={k}>
                    {v}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="secondary">
              Запретить звонки и SMS
            </button>
          </form>
        )
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
