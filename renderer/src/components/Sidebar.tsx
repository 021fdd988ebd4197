/**
 * @file The navigation: main sections with their Alt+digit hotkeys, and the plan's 13 measures. Alt+0 puts the focus
 * on the current screen's link; ↑/↓ (Home/End) walk the links and Enter opens one — so every screen, the measures
 * too, is a few keys away without the mouse.
 */
import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
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

/** The key that moves the focus into the navigation (written in the README's «Клавиши»). */
export const NAVIGATION_HOTKEY = 'Alt+0';

function links(nav: HTMLElement): HTMLAnchorElement[] {
  return [...nav.querySelectorAll<HTMLAnchorElement>('a[href]')];
}

export function Sidebar({ route }: { route: Route }) {
  const session = useSession();
  const navRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.key !== '0') return;
      const nav = navRef.current;
      if (!nav) return;
      event.preventDefault();
      const all = links(nav);
      (all.find((a) => a.getAttribute('aria-current') === 'page') ?? all[0])?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const onArrows = (event: ReactKeyboardEvent<HTMLElement>): void => {
    const nav = navRef.current;
    if (!nav || event.altKey || event.ctrlKey || event.metaKey) return;
    const all = links(nav);
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const next =
      event.key === 'ArrowDown'
        ? all[(at + 1) % all.length]
        : event.key === 'ArrowUp'
          ? all[(at + all.length - 1) % all.length]
          : event.key === 'Home'
            ? all[0]
            : event.key === 'End'
              ? all[all.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    next.focus();
  };
  const sections = SECTIONS.filter((s) => mayOpen(session, s.route));
  const measures = PLAN_MEASURES.filter((m) => mayOpen(session, { page: 'measure', number: m.number }));
  return (
    <nav className="sidebar" aria-label="Разделы" ref={navRef} onKeyDown={onArrows}>
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
      <p className="nav-hint">
        <kbd>{NAVIGATION_HOTKEY}</kbd> — к разделам, <kbd>↑</kbd>
        <kbd>↓</kbd> — выбрать, <kbd>Enter</kbd> — открыть
      </p>
    </nav>
  );
}
