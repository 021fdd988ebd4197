/**
 * @file Hash routing (#/registry, #/accounts/42, #/import, #/measures/5 …): works the same from Electron's file:// and the browser host.
 */
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'home' }
  | { page: 'registry' }
  | { page: 'account'; accountId: number }
  | { page: 'import' }
  | { page: 'measure'; number: number }
  | { page: 'reports' }
  | { page: 'journal' }
  | { page: 'settings' }
  | { page: 'my-queue' }
  | { page: 'rules' }
  | { page: 'not_found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { page: 'home' };
  if (path === '/registry') return { page: 'registry' };
  if (path === '/reports') return { page: 'reports' };
  if (path === '/journal') return { page: 'journal' };
  if (path === '/settings') return { page: 'settings' };
  if (path === '/import') return { page: 'import' };
  if (path === '/my-queue') return { page: 'my-queue' };
  if (path === '/rules') return { page: 'rules' };
  const account = /^\/accounts\/([1-9]\d{0,14})$/.exec(path);
  if (account) return { page: 'account', accountId: Number(account[1]) };
  const measure = /^\/measures\/(\d{1,2})$/.exec(path);
  if (measure) {
    const number = Number(measure[1]);
    if (number >= 1 && number <= 13) return { page: 'measure', number };
  }
  return { page: 'not_found', path };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'measure':
      return `#/measures/${route.number}`;
    case 'account':
      return `#/accounts/${route.accountId}`;
    case 'not_found':
      return `#${route.path}`;
    case 'registry':
    case 'import':
    case 'reports':
    case 'journal':
    case 'settings':
    case 'rules':
      return `#/${route.page}`;
    case 'my-queue':
      return '#/my-queue';
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
