/**
 * @file «Правила»: the rule book in force — thresholds of each measure, ФЗ-230 contact limits and hours, the promise
 * tolerance — editable by whoever has «правила мероприятий» (the administrator); a change is saved as a new version
 * with its reason. The users are on the Settings page.
 */
import { useState } from 'react';
import type { RuleBook } from '../../../shared/rules/eligibility/rule-book';
import { FACT_SPECS } from '../../../shared/rules/eligibility/facts';
import { formatCondition } from '../../../shared/rules/eligibility/format-fact';
import { formatMinute } from '../../../shared/rules/contact/contact-limits';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import { formatInstant } from '../format';
import { MoneyField } from '../components/fields/MoneyField';
import { NumberField } from '../components/fields/NumberField';

const LIMIT_WORDS = { perDay: 'в день', perWeek: 'в неделю', perMonth: 'в месяц' } as const;
import '../work.css';

export function RulesPage() {
  const [rules, reload] = useApi('rules.get', {});
  const isAdmin = useSession().canCall('rules.save');
  const [edited, setBook] = useState<RuleBook | null>(null);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  // The clerk's edits until saved; otherwise the version in force.
  const book = edited ?? (rules.state === 'ready' ? rules.value.book : null);
  if (!book)
    return (
      <section>
        <h1 tabIndex={-1}>Правила мероприятий и контактов</h1>
        {rules.state === 'error' && <p className="error-text">{rules.error.message}</p>}
      </section>
    );

  const setCondition = (measure: number, index: number, value: number) =>
    setBook({
      ...book,
      measures: book.measures.map((m) =>
        m.measure !== measure
          ? m
          : { ...m, conditions: m.conditions.map((c, i) => (i === index ? { ...c, value } : c)) },
      ),
    });
  const setLimit = (channel: 'call' | 'sms', key: 'perDay' | 'perWeek' | 'perMonth', value: number) =>
    setBook({
      ...book,
      contactLimits: { ...book.contactLimits, [channel]: { ...book.contactLimits[channel], [key]: value } },
    });
  const save = async () => {
    const { version: _v, validFrom: _f, ...rest } = book;
    const r = await api.call('rules.save', { book: rest as never, note });
    if (r.ok) {
      setMessage({ kind: 'ok', text: `Сохранена версия ${r.value.book.version}.` });
      setBook(null);
      reload();
    } else setMessage({ kind: 'error', text: r.error.message });
  };
  const numeric = (kind: string) => kind === 'money' || kind === 'count' || kind === 'days';

  return (
    <section>
      <h1 tabIndex={-1}>Правила мероприятий и контактов</h1>
      <p className="muted">
        Версия {book.version}. Изменять может только администратор; изменение сохраняется новой версией, прежние
        остаются в истории.
      </p>
      <div className="form work-toolbar">
        {!isAdmin && <span className="muted">Просмотр: изменяет администратор.</span>}
      </div>
      <h2>Ограничения контактов (ФЗ-230 ст. 7)</h2>
      <table className="grid rules-table">
        <thead>
          <tr>
            <th scope="col">Канал</th>
            <th scope="col">В день</th>
            <th scope="col">В неделю</th>
            <th scope="col">В месяц</th>
          </tr>
        </thead>
        <tbody>
          {(['call', 'sms'] as const).map((ch) => (
            <tr key={ch}>
              <td>{ch === 'call' ? 'Звонки' : 'Сообщения'}</td>
              {(['perDay', 'perWeek', 'perMonth'] as const).map((k) => (
                <td key={k}>
                  <NumberField
                    name={`Лимит «${ch === 'call' ? 'звонки' : 'сообщения'} ${LIMIT_WORDS[k]}»`}
                    min={0}
                    required
                    form="rules-form"
                    disabled={!isAdmin}
                    testid={`limit-${ch}-${k}`}
                    value={book.contactLimits[ch][k]}
                    onChange={(v) => setLimit(ch, k, v ?? 0)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Часы: рабочие дни {formatMinute(book.contactLimits.hours.working.from)}–
        {formatMinute(book.contactLimits.hours.working.to)}, выходные и праздники{' '}
        {formatMinute(book.contactLimits.hours.dayOff.from)}–{formatMinute(book.contactLimits.hours.dayOff.to)}{' '}
        (производственный календарь).
      </p>
      <h2>Условия мероприятий</h2>
      <table className="grid rules-table">
        <thead>
          <tr>
            <th scope="col">№</th>
            <th scope="col">Шаг</th>
            <th scope="col">Условия</th>
          </tr>
        </thead>
        <tbody>
          {book.measures.map((m) => (
            <tr key={m.measure}>
              <td>{m.measure}</td>
              <td>{m.action}</td>
              <td>
                {m.conditions.length === 0 && <span className="muted">не по лицевому счёту</span>}
                {m.conditions.map((c, i) => {
                  const spec = FACT_SPECS[c.fact];
                  return (
                    <div key={i}>
                      {numeric(spec.kind) ? (
                        spec.kind === 'money' ? (
                          <MoneyField
                            label={formatCondition(c)
                              .replace(/[\d\s ,]+₽$|\d+$/, '')
                              .trim()}
                            name={`Порог «${spec.label}»`}
                            min={0}
                            required
                            form="rules-form"
                            disabled={!isAdmin}
                            testid={`rule-${m.measure}-${c.fact}`}
                            value={Number(c.value)}
                            onChange={(v) => setCondition(m.measure, i, v ?? 0)}
                          />
                        ) : (
                          <NumberField
                            label={formatCondition(c)
                              .replace(/[\d\s ,]+₽$|\d+$/, '')
                              .trim()}
                            name={`Порог «${spec.label}»`}
                            min={0}
                            required
                            form="rules-form"
                            disabled={!isAdmin}
                            testid={`rule-${m.measure}-${c.fact}`}
                            value={Number(c.value)}
                            onChange={(v) => setCondition(m.measure, i, v ?? 0)}
                          />
                        )
                      ) : (
                        formatCondition(c)
                      )}
                    </div>
                  );
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {isAdmin && (
        <form
          id="rules-form"
          className="form work-toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            Основание изменения{' '}
            <input data-testid="rules-note" value={note} onChange={(e) => setNote(e.target.value)} size={50} required />
          </label>
          <button type="submit" data-testid="rules-save">
            Сохранить новую версию
          </button>
        </form>
      )}
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'error-text' : 'ok-text'}
        >
          {message.text}
        </p>
      )}
      {rules.state === 'ready' && rules.value.versions.length > 0 && (
        <>
          <h2>История версий</h2>
          <ul className="plain-list">
            {rules.value.versions.map((v) => (
              <li key={v.id}>
                {v.version} · {formatInstant(v.addedAtMs)} · {v.addedBy}: {v.note}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
