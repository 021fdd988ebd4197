/**
 * @file The posting journal of stairwell notices (measure 6): record where and when a generated notice was put
 * up, and the list of postings (who, when, where).
 */
import { useState } from 'react';
import type { NoticeGenerateResult } from '../../../shared/api/contract-documents';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { formatDate, formatInstant, todayIsoDate } from '../format';
import { DateField } from './fields/DateField';

export function NoticePostingsPanel({ generated }: { generated: NoticeGenerateResult | null }) {
  const [postings, reload] = useApi('notices.postings', {});
  const docs = generated?.documents ?? [];
  const [docId, setDocId] = useState<number | null>(null);
  const [entrance, setEntrance] = useState<number | null>(null);
  const [date, setDate] = useState(todayIsoDate);
  const [place, setPlace] = useState('доска объявлений на первом этаже');
  const [error, setError] = useState<string | null>(null);
  const doc = docs.find((d) => d.documentId === docId) ?? docs[0] ?? null;

  async function record(): Promise<void> {
    if (!doc) return;
    setError(null);
    const result = await api.call('notices.recordPosting', {
      documentId: doc.documentId,
      entrance: entrance ?? doc.entrances[0] ?? null,
      postedDate: date,
      place,
    });
    if (!result.ok) setError(result.error.message);
    else reload();
  }

  return (
    <section aria-labelledby="postings-title">
      <h2 id="postings-title">Журнал размещения</h2>
      {doc && (
        <form
          className="form form-inline"
          style={{ gridTemplateColumns: '22rem 6rem 11rem 24rem' }}
          aria-label="Отметить размещение"
          onSubmit={(e) => {
            e.preventDefault();
            void record();
          }}
        >
          <label>
            Дом
            <select
              value={doc.documentId}
              onChange={(e) => {
                setDocId(Number(e.target.value));
                setEntrance(null);
              }}
            >
              {docs.map((d) => (
                <option key={d.documentId} value={d.documentId}>
                  {d.buildingAddress}
                </option>
              ))}
            </select>
          </label>
          <label>
            Подъезд
            <select value={entrance ?? doc.entrances[0] ?? ''} onChange={(e) => setEntrance(Number(e.target.value))}>
              {doc.entrances.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label>
            Дата
            <DateField value={date} onChange={(v) => setDate(v)} required />
          </label>
          <label>
            Где размещено
            <input value={place} onChange={(e) => setPlace(e.target.value)} required />
          </label>
          <div className="form-actions">
            <button type="submit" data-testid="notice-posted">
              Отметить размещение
            </button>
            {error && (
              <span role="alert" className="error-text">
                {error}
              </span>
            )}
          </div>
        </form>
      )}
      {postings.state === 'ready' && postings.value.length === 0 && (
        <p className="muted">Размещений ещё не отмечено.</p>
      )}
      {postings.state === 'ready' && postings.value.length > 0 && (
        <table className="grid compact" data-testid="notice-postings">
          <thead>
            <tr>
              <th scope="col">Дата</th>
              <th scope="col">Дом, подъезд</th>
              <th scope="col">Где</th>
              <th scope="col">Кто и когда отметил</th>
            </tr>
          </thead>
          <tbody>
            {postings.value.map((p) => (
              <tr key={p.id}>
                <td>{formatDate(p.postedDate)}</td>
                <td>
                  {p.buildingAddress}
                  {p.entrance !== null ? `, подъезд ${p.entrance}` : ''}
                </td>
                <td>{p.place}</td>
                <td className="muted small">
                  {p.userName}, {formatInstant(p.atMs)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
