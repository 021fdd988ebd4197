/**
 * @file For one eviction case: the free dwellings of the municipal stock in the same settlement whose living area
 * gives the dormitory norm to every member of the household (ЖК ст.105), and the one reserved for the case.
 * Rendered inside the eviction case card. Each candidate shows its arithmetic («18,00 м² ≥ 6 м² × 3 = 18,00 м²»);
 * the smallest sufficient first.
 */
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { api } from '../../api/client';
import { formatCount } from '../../format';
import { areaText, dwellingAddress } from './housing/housing-format';

export function DwellingMatchPanel({ caseId }: { caseId: number }) {
  const [loaded, reload] = useApi('housing.candidates', { caseId }, [caseId]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function act(method: 'housing.reserve' | 'housing.release', dwellingId?: number): Promise<void> {
    setBusy(true);
    setError(null);
    setNotice(null);
    const r =
      method === 'housing.reserve' && dwellingId !== undefined
        ? await api.call('housing.reserve', { caseId, dwellingId })
        : await api.call('housing.release', { caseId });
    setBusy(false);
    if (r.ok) setNotice(r.value.summary);
    else setError(r.error.message);
    reload();
  }

  if (loaded.state === 'loading') return <p className="muted">Подбираем жильё…</p>;
  if (loaded.state === 'error')
    return (
      <p role="alert" className="error-text">
        {loaded.error.message}
      </p>
    );
  const m = loaded.value;
  const finished = m.caseStatus === 'closed' || m.caseStatus === 'relocated';
  return (
    <section aria-label="Жильё для переселения" className="dwelling-match">
      <h3>Жильё для переселения</h3>
      <p>
        Семья: {formatCount(m.householdSize)} чел. · норма {m.needText}
        {m.settlement ? ` · населённый пункт: ${m.settlement}` : ''}
      </p>
      {notice && (
        <p className="ok-text" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {m.reserved ? (
        <div role="group" aria-label="Зарезервированное жильё">
          <p>
            <strong>{m.reserved.status === 'occupied' ? 'Семья переселена в' : 'Зарезервировано'}:</strong>{' '}
            {dwellingAddress(m.reserved)}, комнат {m.reserved.rooms}, жилая {areaText(m.reserved.livingAreaCentiM2)} —{' '}
            {m.reserved.arithmetic}
          </p>
          {m.reserved.status === 'reserved' && (
            <div className="form-actions">
              <button type="button" className="secondary" disabled={busy} onClick={() => void act('housing.release')}>
                Снять резерв
              </button>
            </div>
          )}
        </div>
      ) : (
        <p className="muted">Жильё для этого дела не зарезервировано.</p>
      )}
      {m.note && <p className="muted">{m.note}</p>}
      {m.candidates.length > 0 && (
        <div className="table-scroll">
          <table className="grid compact" aria-label="Подходящее свободное жильё">
            <thead>
              <tr>
                <th scope="col">Адрес</th>
                <th scope="col" className="num">
                  Комнат
                </th>
                <th scope="col" className="num">
                  Жилая
                </th>
                <th scope="col">Расчёт</th>
                <th scope="col">
                  <span className="visually-hidden">Действие</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {m.candidates.map((c) => (
                <tr key={c.dwelling.id}>
                  <td>{dwellingAddress(c.dwelling)}</td>
                  <td className="num">{c.dwelling.rooms}</td>
                  <td className="num">{areaText(c.dwelling.livingAreaCentiM2)}</td>
                  <td>{c.arithmetic}</td>
                  <td>
                    {!finished && (
                      <button
                        type="button"
                        className="secondary"
                        disabled={busy}
                        onClick={() => void act('housing.reserve', c.dwelling.id)}
                      >
                        Зарезервировать
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(m.tooSmall > 0 || m.otherSettlements > 0) && (
        <p className="muted small">
          Не предлагаются: свободного жилья меньше нормы в этом населённом пункте — {formatCount(m.tooSmall)}, в других
          населённых пунктах — {formatCount(m.otherSettlements)}.
        </p>
      )}
    </section>
  );
}
