/**
 * @file Обзор: what is in the database and the plan's measures with what the application does for each today.
 * On an empty database it first offers to import files or load the demo district.
 * (The plan cockpit with targets and counters replaces this screen in a later issue.)
 */
import { useState } from 'react';
import { PLAN_MEASURES } from '../../../shared/plan/plan-measures';
import { useApi } from '../api/use-api';
import { DemoDistrictOffer, isDemoLoading } from '../components/DemoDistrictOffer';
import { formatCount } from '../format';

export function HomePage() {
  const [info, reloadInfo] = useApi('app.info', {});
  const [settings] = useApi('settings.get', {});
  // Once the offer was used it stays until the clerk leaves, so the finished demo's summary and «Открыть реестр»
  // do not vanish the moment the counts stop being zero.
  const [offerUsed, setOfferUsed] = useState(false);
  const showOffer = offerUsed || isDemoLoading() || (info.state === 'ready' && info.value.counts.accounts === 0);
  return (
    <section>
      <h1 tabIndex={-1}>Обзор</h1>
      {settings.state === 'ready' && (
        <p className="lead" data-testid="organisation-name">
          {settings.value.organisationName} · {settings.value.districtName}
        </p>
      )}
      {showOffer && (
        <DemoDistrictOffer
          onLoaded={() => {
            setOfferUsed(true);
            reloadInfo();
          }}
        />
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
