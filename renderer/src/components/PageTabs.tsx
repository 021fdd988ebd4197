/**
 * @file The tabs of a measure's page (court work, the bailiffs): a tab bar with the arrow keys moving between tabs,
 * Home/End to the first and the last tab, the chosen tab remembered for the session under `storageKey`, and the tab's panel.
 */
import { useState, type KeyboardEvent, type ReactNode } from 'react';

export interface PageTab<Id extends string> {
  id: Id;
  label: string;
  render: () => ReactNode;
}

export function PageTabs<Id extends string>({
  tabs,
  first,
  storageKey,
  idPrefix,
  label,
}: {
  tabs: readonly PageTab<Id>[];
  /** The tab shown when the session has none remembered. */
  first: Id;
  storageKey: string;
  /** Prefix of the tab buttons' ids («court-tab» → #court-tab-queue) and the panel's («court-tab-panel»). */
  idPrefix: string;
  /** The tab list's accessible name. */
  label: string;
}) {
  const [tab, setTab] = useState<Id>(() => {
    const saved = sessionStorage.getItem(storageKey);
    return tabs.some((t) => t.id === saved) ? (saved as Id) : first;
  });
  const choose = (id: Id) => {
    setTab(id);
    sessionStorage.setItem(storageKey, id);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.findIndex((t) => t.id === tab);
    const next =
      e.key === 'ArrowRight'
        ? tabs[(i + 1) % tabs.length]
        : e.key === 'ArrowLeft'
          ? tabs[(i + tabs.length - 1) % tabs.length]
          : e.key === 'Home'
            ? tabs[0]
            : e.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    choose(next.id);
    document.getElementById(`${idPrefix}-${next.id}`)?.focus();
  };
  const current = tabs.find((t) => t.id === tab) ?? tabs[0]!;
  return (
    <>
      <div role="tablist" aria-label={label} className="tabs" onKeyDown={onKey}>
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`${idPrefix}-${t.id}`}
            role="tab"
            type="button"
            aria-selected={t.id === tab}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={t.id === tab ? 0 : -1}
            className={t.id === tab ? 'tab active' : 'tab'}
            onClick={() => choose(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id={`${idPrefix}-panel`} role="tabpanel" aria-labelledby={`${idPrefix}-${current.id}`}>
        {current.render()}
      </div>
    </>
  );
}
