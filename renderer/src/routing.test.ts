import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from './routing';

describe('routing', () => {
  it.each([
    ['', { page: 'home' }],
    ['#/', { page: 'home' }],
    ['#/registry', { page: 'registry' }],
    ['#/measures/13', { page: 'measure', number: 13 }],
    ['#/measures/14', { page: 'not_found', path: '/measures/14' }],
    ['#/settings', { page: 'settings' }],
    ['#/import', { page: 'import' }],
    ['#/accounts/42', { page: 'account', accountId: 42 }],
    ['#/accounts/0', { page: 'not_found', path: '/accounts/0' }],
    ['#/accounts/abc', { page: 'not_found', path: '/accounts/abc' }],
    ['#/accounts/', { page: 'not_found', path: '/accounts/' }],
  ])('parses %s', (hash, route) => expect(parseRoute(hash)).toEqual(route));

  it('round-trips', () => {
    for (const hash of ['#/', '#/registry', '#/measures/5', '#/journal', '#/import', '#/accounts/150000'])
      expect(hrefOf(parseRoute(hash))).toBe(hash);
  });
});
