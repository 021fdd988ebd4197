import { expect, it } from 'vitest';
import { SEED_PENALTY_TABLES } from './seed/index';
import { russianMoratoriumScope, russianRegimeRule, russianSource } from './russian-labels';

it('renders every seeded regime and moratorium in Russian, without English left', () => {
  const texts = [
    ...SEED_PENALTY_TABLES.rateRegimes.flatMap((r) => [russianRegimeRule(r), russianSource(r.source)]),
    ...SEED_PENALTY_TABLES.moratoria.flatMap((m) => [russianMoratoriumScope(m), russianSource(m.source)]),
  ];
  for (const t of texts) expect(t).not.toMatch(/[A-Za-z]{3,}/);
  expect(russianSource('Government Decree 474 of 26.03.2022')).toBe(
    'постановление Правительства РФ от 26.03.2022 № 474',
  );
});
