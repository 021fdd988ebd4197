/**
 * @file The bailiffs' page, tab «Ходатайства» (measure 11): every petition — made with the applications and later
 * in the proceedings — with its answer's due date (10 working days, 229-ФЗ ст.64.1, 15). Overdue ones first, in a
 * calm red, with «Жалоба старшему приставу» (ст.123); the answer recorded with the decision's file.
 */
import { Fragment, useState } from 'react';
import { type PetitionFilter } from '../../../../shared/api/contract-fssp-proceedings';
import { useApi } from '../../api/use-api';
import { useDebounced } from '../../hooks/useDebounced';
import { formatDate } from '../../format';
import { PetitionActions } from './proceedings/PetitionActions';
import { PetitionAnswerForm } from './proceedings/PetitionAnswerForm';
import { petitionStateText } from './proceedings/ProceedingCard';
import './proceedings/proceedings.css';

const FILTER_TITLES: Record<PetitionFilter, string> = {
  awaiting: 'Ждут ответа',
  overdue: 'Просрочены',
  answered: 'С ответом',
  all: 'Все',
};
const FILTER_ORDER: PetitionFilter[] = ['awaiting', 'overdue', 'answered', 'all'];

export function FsspPetitionsTab() {
  const [filter, setFilter] = useState<PetitionFilter>('awaiting');
  const [search, setSearch] = useState('');
  const [answering, setAnswering] = useState<number | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const debounced = useDebounced(search, 300);
  const [loaded, reload] = useApi(
    'petitions.list',
    { filter, ...(debounced.trim() ? { search: debounced.trim() } : {}) },
    [filter, debounced],
  );
  const data = loaded.state === 'ready' ? loaded.value : null;
  const error = loaded.state === 'error' ? loaded.error.message : null;
  const count = (f: PetitionFilter): number | null =>
    !data ? null : f === 'awaiting' ? data.counts.awaiting + data.counts.overdue : f === 'all' ? null : data.counts[f];

  return (
    <div>
      <div className="form work-toolbar" role="search">
        <div className="petition-filters" role="group" aria-label="Отбор ходатайств">
          {FILTER_ORDER.map((f) => (
            <button
              key={f}
              type="button"
              className="secondary"
              aria-pressed={filter === f}
              onClick={() => setFilter(f)}
            >
              {FILTER_TITLES[f]}
              {count(f) !== null ? ` (${count(f)})` : ''}
            </button>
          ))}
        </div>
        <label>
          Поиск: № ИП, л/с, ФИО
          <input
            data-primary-action
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="4521/26 или Иванов"
          />
        </label>
      </div>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'error-text' : 'notice'}
        >
          {message.text}
        </p>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {data && data.counts.overdue > 0 && filter !== 'overdue' && filter !== 'answered' && (
        <p className="muted">
          Просрочен ответ по {data.counts.overdue} ходатайствам — они вверху списка; на них можно подготовить жалобу
          старшему приставу.
        </p>
      )}
      {data &&
        (data.rows.length === 0 ? (
          <p className="muted">Ходатайств в этом отборе нет.</p>
        ) : (
          <div className="table-scroll">
            <table className="grid compact" data-testid="fssp-petitions">
              <thead>
                <tr>
                  <th scope="col">Состояние</th>
                  <th scope="col">Ходатайство</th>
                  <th scope="col">№ ИП · отдел</th>
                  <th scope="col">Должник</th>
                  <th scope="col">Направлено</th>
                  <th scope="col">Ответ до</th>
                  <th scope="col">Ответ</th>
                  <th scope="col">Действия</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((p) => (
                  <Fragment key={p.id}>
                    <tr className={`petition-row ${p.state}`}>
                      <td>
                        <span className={`petition-state ${p.state}`}>{petitionStateText(p)}</span>
                      </td>
                      <td className="small">
                        {p.kindLabel}
                        {p.applicationId !== null && <div className="muted">с заявлением о возбуждении</div>}
                      </td>
                      <td className="small">
                        {p.proceedingNumber ?? <span className="muted">ИП не записано</span>}
                        {p.departmentName && <div className="muted">{p.departmentName}</div>}
                      </td>
                      <td className="small">
                        {p.debtorName}
                        <div className="muted">л/с {p.accountNumber}</div>
                      </td>
                      <td>{formatDate(p.sentDate)}</td>
                      <td>{formatDate(p.answerDueDate)}</td>
                      <td className="small">
                        {p.answer
                          ? `${p.answer === 'granted' ? 'удовлетворено' : 'отказано'} ${formatDate(p.answerDate)}`
                          : '—'}
                        {p.answerNote && <div className="muted">{p.answerNote}</div>}
                        {p.complaintDate && <div className="muted">жалоба {formatDate(p.complaintDate)}</div>}
                      </td>
                      <td>
                        <PetitionActions
                          petition={p}
                          answering={answering === p.id}
                          onAnswer={() => setAnswering(answering === p.id ? null : p.id)}
                          onChanged={() => reload()}
                          onMessage={setMessage}
                        />
                      </td>
                    </tr>
                    {answering === p.id && (
                      <tr>
                        <td colSpan={8}>
                          <PetitionAnswerForm
                            petition={p}
                            onDone={() => {
                              setAnswering(null);
                              setMessage({ kind: 'ok', text: 'Ответ записан.' });
                              reload();
                            }}
                            onCancel={() => setAnswering(null)}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </div>
  );
}
