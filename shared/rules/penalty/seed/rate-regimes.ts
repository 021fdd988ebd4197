/**
 * @file Seed: Government decrees replacing the key rate for ЖКУ penalties, 2022–2026 (Постановления Правительства РФ
 * № 474, 1681, 2479, 2382, 329; docs/legal-notes.md § Penalty — rate) — copied from the research table
 * penalty-rate-regimes.csv kept with the specification outside this repository (file dated 2026-11-26, sha256
 * b1394ee5…c67927; every row with its rule and source text kept; `rule` is the machine form of `ruleText`).
 *
 * ⚠️ Unconfirmed (the decree's text was not checked): whether decree № 329 keeps the «min(9.5 %, key)» wording or
 * fixes 9.5 %; implemented as min(9.5 %, key), the documented default (equal while the key rate stays above 9.5).
 * No row from 01.01.2027: the key rate applies again unless a new decree is added here.
 */
import type { RateRegimeRow } from '../legal-tables';

export const SEED_RATE_REGIMES: readonly RateRegimeRow[] = [
  {
    validFrom: '2022-02-28',
    validTo: '2022-07-31',
    rule: { kind: 'fixed', basisPoints: 950 },
    ruleText: 'fixed 9.5 percent for housing and utility penalties',
    source: 'Government Decree 474 of 26.03.2022',
  },
  {
    validFrom: '2022-08-01',
    validTo: '2022-12-31',
    rule: { kind: 'min-of-key-and', capBasisPoints: 950 },
    ruleText: 'min(9.5 percent; key rate on the rate date)',
    source: 'Government Decree 1681 of 23.09.2022',
  },
  {
    validFrom: '2023-01-01',
    validTo: '2023-12-31',
    rule: { kind: 'min-of-key-and', capBasisPoints: 950 },
    ruleText: 'min(9.5 percent; key rate on the rate date)',
    source: 'Government Decree 2479 of 28.12.2022',
  },
  {
    validFrom: '2024-01-01',
    validTo: '2024-12-31',
    rule: { kind: 'min-of-key-and', capBasisPoints: 950 },
    ruleText: 'min(9.5 percent; key rate on the rate date)',
    source: 'Government Decree 2382 of 29.12.2023',
  },
  {
    validFrom: '2025-01-01',
    validTo: '2026-12-31',
    rule: { kind: 'min-of-key-and', capBasisPoints: 950 },
    ruleText: 'min(9.5 percent; key rate on the rate date) (equals 9.5 while the key rate is higher)',
    source: 'Government Decree 329 of 18.03.2025 (applies from 01.01.2025)',
  },
];
