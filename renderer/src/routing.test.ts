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
  ])('parses %s', (hash, route) => expect(parseRoute(hash)).toEqual(route));

  it('round-trips', () => {
    for (const hash of ['#/', '#/registry', '#/measures/5', '#/journal']) expect(hrefOf(parseRoute(hash))).toBe(hash);
  });
});
