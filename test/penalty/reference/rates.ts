/**
 * @file The rate a penalty part bears, looked up in the reference's copies of key-rates.csv and
 * penalty-rate-regimes.csv (docs/legal-notes.md § Penalty — rate): the refinancing / key rate in force on the rate
 * date, unless a 2022–2026 Government decree covers that date — «fixed 9.5 percent» (28.02–31.07.2022) or «min(9.5
 * percent; key rate on the rate date)» (01.08.2022–31.12.2026). After the last decree (from 2027) the key rate applies
 * again.
 *
 * A rate is an exact number of hundredths of a percent ('8.25' → 825), parsed from the text without a float.
 */
import { toDay, type Day } from './calendar';
import { readDataCsv } from './csv';

/** '8.25' → 825, '9.5' → 950, '21' → 2100. */
export function hundredthsOfPercent(text: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) throw new Error(`reference rates: «${text}» is not a percent with at most two decimals`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

interface KeyRate {
  from: Day;
  rate: number;
}

type Regime = { from: Day; to: Day } & ({ rule: 'fixed'; rate: number } | { rule: 'min-with-key'; cap: number });

function loadKeyRates(): KeyRate[] {
  return readDataCsv('key-rates.csv')
    .map((r) => ({
      from: toDay(r['effective_from'] as string),
      rate: hundredthsOfPercent(r['rate_percent'] as string),
    }))
    .sort((a, b) => a.from - b.from);
}

/** The decree's rule is read from its words in the CSV; a wording the reference does not know stops the test. */
function loadRegimes(): Regime[] {
  return readDataCsv('penalty-rate-regimes.csv').map((r) => {
    const span = { from: toDay(r['from'] as string), to: toDay(r['to'] as string) };
    const text = r['rule'] as string;
    const fixed = /^fixed (\d+(?:\.\d+)?) percent\b/.exec(text);
    if (fixed) return { ...span, rule: 'fixed', rate: hundredthsOfPercent(fixed[1] as string) };
    const min = /^min\((\d+(?:\.\d+)?) percent; key rate on the rate date\)/.exec(text);
    if (min) return { ...span, rule: 'min-with-key', cap: hundredthsOfPercent(min[1] as string) };
    throw new Error(`reference rates: unknown decree rule «${text}»`);
  });
}

const KEY_RATES = loadKeyRates();
const REGIMES = loadRegimes();

/** The refinancing rate (key rate from 2016) in force on a day: the last decision taking effect on or before it. */
export function keyRateOn(day: Day): number {
  let found: number | undefined;
  for (const k of KEY_RATES) if (k.from <= day) found = k.rate;
  if (found === undefined) throw new Error(`reference rates: no key rate before the first row (day ${day})`);
  return found;
}

/** The rate a part whose rate date is `day` bears, hundredths of a percent per year. */
export function penaltyRateOn(day: Day): number {
  const key = keyRateOn(day);
  const regime = REGIMES.find((r) => r.from <= day && day <= r.to);
  if (!regime) return key;
  return regime.rule === 'fixed' ? regime.rate : Math.min(regime.cap, key);
}
