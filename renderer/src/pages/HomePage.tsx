/**
 * @file The home screen is the plan cockpit: the 13 measures with target, executor and how far the plan is met
 * today, this week and this month, plus shortcuts to the day's work. On an empty database it first offers to
 * import files or load the demo district.
 */
import { useState } from 'react';
import { useApi } from '../api/use-api';
import { DemoDistrictOffer } from '../components/DemoDistrictOffer';
import { PlanCockpit } from '../components/PlanCockpit';
import { useSession } from '../session/session-context';
import { mayOpen } from '../session/page-access';
import type { Route } from '../routing';
import { useScreenJob } from '../hooks/useScreenJob';
import { formatCount, formatDate } from '../format';
import type { Cockpit } from '../../../shared/api/contract-work';
import { RestorationOverdueTile } from './restriction/orders/RestorationOverdueTile';
import { DistrictDebtCard } from '../components/cockpit/DistrictDebtCard';
import '../work.css';

const DEMO_KINDS = ['demo'] as const;

/** The day's work, each shown to those whose role may open it. */
const SHORTCUTS: ReadonlyArray<{ label: string; href: string; route: Route }> = [
  { label: 'Моя очередь звонков', href: '#/my-queue', route: { page: 'my-queue' } },
  { label: 'Обзвон: очередь дня', href: '#/measures/2', route: { page: 'measure', number: 2 } },
  { label: 'SMS-рассылка', href: '#/measures/1', route: { page: 'measure', number: 1 } },
  { label: 'Правила', href: '#/rules', route: { page: 'rules' } },
];

export function HomePage() {
  const [info, reloadInfo] = useApi('app.info', {});
  const [settings] = useApi('settings.get', {});
  const [cockpit, reloadCockpit] = useApi('cockpit.get', {});
  const session = useSession();
  const [override, setOverride] = useState<Cockpit | null>(null);
  // The demo district loading now (started here, or found running after a reload or a visit elsewhere).
  const demo = useScreenJob(DEMO_KINDS);
  // Once the offer was used it stays until the clerk leaves, so the finished demo's summary and «Открыть реестр»
  // do not vanish the moment the counts stop being zero.
  const [offerUsed, setOfferUsed] = useState(false);
  const demoRunning = demo.found?.state === 'running';
  // Until the core has said whether a demo is loading, the offer waits: «База пуста» must not flash over a load.
  const showOffer =
    session.canCall('demo.load') &&
    demo.checked &&
    (offerUsed || demoRunning || (info.state === 'ready' && info.value.counts.accounts === 0));
  const shown = override ?? (cockpit.state === 'ready' ? cockpit.value : null);
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
          demo={demo}
          onLoaded={() => {
            setOfferUsed(true);
            reloadInfo();
            reloadCockpit();
          }}
        />
      )}
      <div className="form work-toolbar">
        {SHORTCUTS.filter((s) => mayOpen(session, s.route)).map((s) => (
          <a key={s.href} className="button-link" href={s.href}>
            {s.label}
          </a>
        ))}
      </div>
      <div className="cards">
        {info.state === 'ready' && (
          <>
            <Card label="Лицевых счетов" value={formatCount(info.value.counts.accounts)} testId="accounts-count" />
            <Card label="Управляющих компаний" value={formatCount(info.value.counts.managementCompanies)} />
            <Card label="Записей в журнале" value={formatCount(info.value.counts.actions)} />
          </>
        )}
        {info.state === 'error' && <p className="error-text">{info.error.message}</p>}
        {session.canCall('restrictionOrders.restorations') && <RestorationOverdueTile />}
        {session.canCall('debtHistory.series') && info.state === 'ready' && info.value.counts.accounts > 0 && (
          <DistrictDebtCard />
        )}
      </div>
      <h2>
        План мероприятий: выполнение{' '}
        {shown && (
          <span className="muted small">
            · сегодня {formatDate(shown.today)}; SMS — доставленные, в лицевых счетах; звонки — в лицевых счетах; ЕПД —
            охват должников, пени — по УК, претензии — в письмах, объявления — в подъездах
          </span>
        )}
      </h2>
      {cockpit.state === 'error' && <p className="error-text">{cockpit.error.message}</p>}
      {shown && <PlanCockpit cockpit={shown} onChanged={setOverride} />}
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
