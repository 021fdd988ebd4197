/**
 * @file Which pages a user may open: each page is named by the API methods it works with, and a user may open it
 * when their role allows any of them (the permissions come from shared/api/method-access.ts, the table the core
 * checks). The navigation lists only such pages; a page reached anyway (a typed address, a bookmark) shows the
 * core's own refusal for the page's first method (components/NoAccess.tsx).
 */
import type { ApiMethod } from '../../../shared/api/contract';
import type { Route } from '../routing';
import type { Session } from './session-context';

/** The methods a page is for; the first is the one asked to explain a refusal. Empty = any signed-in user. */
export function pageMethods(route: Route): readonly ApiMethod[] {
  switch (route.page) {
    case 'home':
    case 'not_found':
      return [];
    case 'registry':
    case 'account':
      return ['registry.query'];
    case 'import':
      return ['import.history'];
    case 'reports':
    case 'journal':
      return ['journal.search'];
    case 'settings':
      return [
        'security.get',
        'users.list',
        'roles.get',
        'legalTables.addMoratorium',
        'claims.saveSigner',
        'mailing.saveTariff',
        'epd.template.set',
      ];
    case 'my-queue':
      return ['calls.myQueue'];
    case 'rules':
      // Read by everyone who works the plan's measures; changed by the administrator.
      return ['rules.save', 'registry.query'];
    case 'measure':
      // Measures not built yet are shown to those who work the debtors (they only describe the plan).
      return MEASURE_METHODS[route.number] ?? ['registry.query'];
  }
}

const MEASURE_METHODS: Record<number, readonly ApiMethod[]> = {
  1: ['sms.worklist'],
  2: ['calls.summary'],
  3: ['epd.coverage'],
  4: ['penaltyRun.list'],
  5: ['claims.preview'],
  6: ['notices.buildings'],
  8: ['restriction.worklist'],
  9: ['court.queue', 'court.cases'],
  // The bailiffs' page (lawyer and head): measure 10 opens on the writs, 11 on the proceedings.
  10: ['writs.list'],
  11: ['proceedings.list'],
  12: ['eviction.candidates'],
};

export function mayOpen(session: Session, route: Route): boolean {
  const methods = pageMethods(route);
  return methods.length === 0 || methods.some((m) => session.canCall(m));
}
