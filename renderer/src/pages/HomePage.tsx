/**
 * @file Обзор: what is in the database and the plan's measures with what the application does for each today.
 * (The plan cockpit with targets and counters replaces this screen in a later issue.)
 */
import { PLAN_MEASURES } from '../../../shared/plan/plan-measures';
import { useApi } from '../api/use-api';
import { formatCount } from '../format';

export function HomePage() {
  const [info] = useApi('app.info', {});
  const [settings] = useApi('settings.get', {});
  return (
    <section>
      <h1 tabIndex={-1}>Обзор</h1>
      {settings.state === 'ready' && (
        <p className="lead" data-testid="organisation-name">
          {settings.value.organisationName} · {settings.value.districtName}
        </p>
      )}
      <div className="cards">
        {info.state === 'ready' && (
          <>
            <Card label="Управляющих компаний" value={formatCount(info.value.counts.managementCompanies)} />
            <Card label="Домов" value={formatCount(info.value.counts.buildings)} />
            <Card label="Лицевых счетов" value={formatCount(info.value.counts.accounts)} testId="accounts-count" />
            <Card label="Записей в журнале" value={formatCount(info.value.counts.actions)} />
          </>
        )}
        {info.state === 'error' && <p className="error-text">{info.error.message}</p>}
      </div>
      <h2>План мероприятий по снижению задолженности</h2>
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">№</th>
            <th scope="col">Мероприятие</th>
            <th scope="col">Цель по плану</th>
            <th scope="col">В приложении</th>
          </tr>
        </thead>
        <tbody>
          {PLAN_MEASURES.map((m) => (
            <tr key={m.number}>
              <td>{m.number}</td>
              <td>
                <a href={`#/measures/${m.number}`}>{m.planText}</a>
              </td>
              <td>{m.target}</td>
              <td>
                {m.readiness === 'not_built'
                  ? 'ещё не реализовано'
                  : m.readiness === 'partial'
                    ? 'частично'
                    : 'работает'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Card({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="card">
      <div className="card-value" data-testid={testId}>
        {value}
      </div>
      <div className="card-label">{label}</div>
    </div>
  );
}
