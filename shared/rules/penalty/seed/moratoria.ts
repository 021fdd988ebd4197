/**
 * @file Seed: moratoria on ЖКУ penalties (Постановления Правительства РФ № 424 и № 497; docs/legal-notes.md
 * § Penalty — moratoria) — copied from the research table moratoria.csv kept with the specification outside this
 * repository (file dated 2026-11-26, sha256 55a6a48a…79a0c2; every row with its scope and source text kept; `scope`
 * is the machine form).
 *
 * ⚠️ Unconfirmed (no court position found): the «arose before 01.04.2022» test for a monthly charge under
 * № 497. Documented default: billing months up to March 2022 are covered, April 2022 on are not. Bounds are the
 * decrees' own (31.12.2020, 01.04.2022); some public calculators use 01.01.2021 and 31.03.2022 (examples EX1
 * vs EX1b in docs/legal-notes.md § Worked examples) — a supervisor changes validFrom/validTo here, not the engine.
 */
import type { MoratoriumRow } from '../legal-tables';

export const SEED_MORATORIA: readonly MoratoriumRow[] = [
  {
    id: 'ПП-424',
    validFrom: '2020-04-06',
    validTo: '2020-12-31',
    scope: { kind: 'all' },
    scopeText: 'all housing and utility debts: no penalty accrues on these days; no restriction of services',
    source: 'Government Decree 424 of 02.04.2020',
  },
  {
    id: 'ПП-497',
    validFrom: '2022-04-01',
    validTo: '2022-10-01',
    scope: { kind: 'periods-before', period: '2022-04' },
    scopeText:
      'only obligations that arose before 2022-04-01 (billing periods up to March 2022): no penalty accrues on these days',
    source: 'Government Decree 497 of 28.03.2022 (bankruptcy moratorium); Supreme Court case A57-15981/2022',
  },
];
