/**
 * @file The good-reasons checklist of a case (Пленум ВС РФ № 14, п. 38): each item answered «да / нет / не
 * проверено» with a note; kept with the case and journaled. Any «да» stops the warning and the lawsuit (the case may
 * be closed); «не проверено» stops the lawsuit until answered.
 */
import { useState } from 'react';
import type { EvictionCaseView } from '../../../../../shared/api/contract-eviction';
import type { GoodReasonAnswer } from '../../../../../shared/eviction/good-reasons';
import { api } from '../../../api/client';

const ANSWERS: ReadonlyArray<[GoodReasonAnswer, string]> = [
  ['no', 'нет'],
  ['yes', 'да'],
  ['unknown', 'не проверено'],
];

export function EvictionChecklistForm({
  view,
  onSaved,
}: {
  view: EvictionCaseView;
  onSaved: (v: EvictionCaseView) => void;
}) {
  const [rows, setRows] = useState(
    view.checklist.map((c) => ({ code: c.code, text: c.text, answer: c.answer, note: c.note })),
  );
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const locked = view.status === 'closed' || view.status === 'relocated';

  async function save(): Promise<void> {
    setError(null);
    setWorking(true);
    const r = await api.call('eviction.checklist', {
      caseId: view.id,
      answers: rows.map((x) => ({ code: x.code, answer: x.answer, note: x.note })),
    });
    setWorking(false);
    if (!r.ok) setError(r.error.message);
    else onSaved(r.value);
  }

  return (
    <form
      className="eviction-checklist"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <table className="grid compact" data-testid="eviction-checklist">
        <thead>
          <tr>
            <th scope="col">Уважительная причина</th>
            <th scope="col">Ответ</th>
            <th scope="col">Примечание (документ, источник)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.code}>
              <td>{row.text}</td>
              <td>
                <fieldset className="inline-radios" disabled={locked}>
                  <legend className="visually-hidden">{row.text}</legend>
                  {ANSWERS.map(([value, label]) => (
                    <label key={value}>
                      <input
                        type="radio"
                        name={`reason-${row.code}`}
                        value={value}
                        checked={row.answer === value}
                        onChange={() => setRows(rows.map((x, j) => (j === i ? { ...x, answer: value } : x)))}
                      />{' '}
                      {label}
                    </label>
                  ))}
                </fieldset>
              </td>
              <td>
                <input
                  type="text"
                  maxLength={300}
                  value={row.note}
                  disabled={locked}
                  aria-label={`Примечание: ${row.text}`}
                  onChange={(e) => setRows(rows.map((x, j) => (j === i ? { ...x, note: e.target.value } : x)))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {!locked && (
        <button type="submit" disabled={working} data-testid="eviction-checklist-save">
          {working ? 'Сохранение…' : 'Сохранить ответы'}
        </button>
      )}
    </form>
  );
}
