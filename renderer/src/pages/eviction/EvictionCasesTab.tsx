/**
 * @file The eviction page (measure 12), tab «Кандидаты и дела»: the social tenants the rule book offers eviction for
 * (more than six months in a row without payment), with how many others are out and why; opening a case; the list
 * of cases; and the card of the chosen case (checklist, stages, documents, the dwelling match).
 */
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { api } from '../../api/client';
import { formatRubles } from '../../format';
import { EvictionCaseCard } from './cases/EvictionCaseCard';
import { EvictionCandidatesTable } from './cases/EvictionCandidatesTable';
import './cases/eviction.css';

export function EvictionCasesTab() {
  const [candidates, reloadCandidates] = useApi('eviction.candidates', {});
  const [cases, reloadCases] = useApi('eviction.cases', { status: null });
  const [openId, setOpenId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState<number | null>(null);

  async function open(accountId: number): Promise<void> {
    setError(null);
    setWorking(accountId);
    const r = await api.call('eviction.open', { accountId });
    setWorking(null);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setOpenId(r.value.id);
    reloadCandidates();
    reloadCases();
  }

  return (
    <div className="eviction-tab">
      <p className="muted">
        Выселение применяется только к нанимателям по договору социального найма, которые не вносят плату более шести
        месяцев подряд (ЖК РФ ст. 90, ст. 83 ч. 4 п. 1); собственников не выселяют за долги. До предупреждения и иска
        проверяются уважительные причины (Пленум ВС РФ № 14 от 02.07.2009, п. 38).
      </p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {openId !== null && (
        <EvictionCaseCard
          caseId={openId}
          onClose={() => setOpenId(null)}
          onChanged={() => {
            reloadCases();
            reloadCandidates();
          }}
        />
      )}

      <h2>Дела о выселении</h2>
      {cases.state === 'loading' && <p className="muted">Загрузка…</p>}
      {cases.state === 'error' && (
        <p className="error-text" role="alert">
          {cases.error.message}
        </p>
      )}
      {cases.state === 'ready' &&
        (cases.value.cases.length === 0 ? (
          <p className="muted" data-testid="eviction-cases-empty">
            Дел о выселении ещё нет.
          </p>
        ) : (
          <table className="grid compact" data-testid="eviction-cases">
            <thead>
              <tr>
                <th scope="col">№</th>
                <th scope="col">Лицевой счёт</th>
                <th scope="col">Адрес</th>
                <th scope="col">Состояние</th>
                <th scope="col" className="num">
                  Мес. без оплаты
                </th>
                <th scope="col" className="num">
                  Долг, ₽
                </th>
                <th scope="col">Следующий шаг</th>
                <th scope="col" aria-label="Действие" />
              </tr>
            </thead>
            <tbody>
              {cases.value.cases.map((c) => (
                <tr key={c.id} className={c.id === openId ? 'selected' : undefined}>
                  <td>{c.id}</td>
                  <td>
                    <a href={`#/accounts/${c.accountId}`}>{c.accountNumber}</a>
                  </td>
                  <td>{c.address}</td>
                  <td>{c.statusLabel}</td>
                  <td className="num">{c.unpaidMonths}</td>
                  <td className="num">{formatRubles(c.debtKopecks)}</td>
                  <td>{c.nextText ?? '—'}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => setOpenId(c.id)}>
                      Открыть
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}

      <h2>Кандидаты на выселение</h2>
      {candidates.state === 'loading' && <p className="muted">Подбор кандидатов…</p>}
      {candidates.state === 'error' && (
        <p className="error-text" role="alert">
          {candidates.error.message}
        </p>
      )}
      {candidates.state === 'ready' && (
        <EvictionCandidatesTable result={candidates.value} working={working} onOpen={(id) => void open(id)} />
      )}
    </div>
  );
}
