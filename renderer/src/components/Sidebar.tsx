/**
 * @file The navigation: main sections with their Alt+digit hotkeys, and the plan's 13 measures.
 */
import { PLAN_MEASURES } from '../../../shared/plan/plan-measures';
import { hrefOf, type Route } from '../routing';
import { useSession } from '../session/session-context';
import { mayOpen } from '../session/page-access';

const SECTIONS: ReadonlyArray<{ label: string; route: Route; hotkey: string }> = [
  { label: 'Обзор', route: { page: 'home' }, hotkey: 'Alt+1' },
  { label: 'Реестр должников', route: { page: 'registry' }, hotkey: 'Alt+2' },
  { label: 'Отчёты', route: { page: 'reports' }, hotkey: 'Alt+3' },
  { label: 'Журнал действий', route: { page: 'journal' }, hotkey: 'Alt+4' },
  { label: 'Настройки', route: { page: 'settings' }, hotkey: 'Alt+5' },
  { label: 'Загрузка данных', route: { page: 'import' }, hotkey: 'Alt+6' },
  { label: 'Моя очередь звонков', route: { page: 'my-queue' }, hotkey: 'Alt+7' },
  { label: 'Правила', route: { page: 'rules' }, hotkey: 'Alt+8' },
];

function isCurrent(current: Route, target: Route): boolean {
  // An account card belongs to the registry: the clerk came from there and goes back there.
  if (current.page === 'account') return target.page === 'registry';
  if (current.page !== target.page) return false;
  return current.page !== 'measure' || (target.page === 'measure' && current.number === target.number);
}

export function Sidebar({ route }: { route: Route }) {
  const session = useSession();
  const sections = SECTIONS.filter((s) => mayOpen(session, s.route));
  const measures = PLAN_MEASURES.filter((m) => mayOpen(session, { page: 'measure', number: m.number }));
  return (
    <nav className="sidebar" aria-label="Разделы">
      <ul className="nav-list">
        {sections.map((s) => (
          <li key={s.label}>
            <a href={hrefOf(s.route)} aria-current={isCurrent(route, s.route) ? 'page' : undefined} title={s.hotkey}>
              {s.label}
              <kbd>{s.hotkey}</kbd>
            </a>
          </li>
        ))}
      </ul>
      {measures.length > 0 && (
        <h2 className="nav-heading" id="plan-nav-heading">
          План мероприятий
        </h2>
      )}
      <ol className="nav-list nav-measures" aria-labelledby="plan-nav-heading">
        {measures.map((m) => {
          const target: Route = { page: 'measure', number: m.number };
          return (
            <li key={m.number}>
              <a href={hrefOf(target)} aria-current={isCurrent(route, target) ? 'page' : undefined}>
                <span className="measure-no">{m.number}.</span> {m.title}
                {m.readiness === 'not_built' && (
                  <span className="badge badge-muted" title="Ещё не реализовано">
                    скоро
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
