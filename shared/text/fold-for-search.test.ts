import { expect, it } from 'vitest';
import { foldForSearch } from './fold-for-search';

it('folds case, «ё» and spaces the same way for stored text and typed queries', () => {
  expect(foldForSearch('  СЕМЁНОВА   Алёна  Петровна ')).toBe('семенова алена петровна');
  expect(foldForSearch('ул. Ленина, д. 5')).toBe('ул. ленина, д. 5');
});
