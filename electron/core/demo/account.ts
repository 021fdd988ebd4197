/**
 * @file One personal account of the demo district: flat, people, monthly charges, payments and debt.
 */

import type { Building } from './buildings';
import { chargeMonth, makeChargeProfile, SERVICE_COUNT } from './charges';
import type { Company } from './companies';
import { buildingOfAccount, type District } from './district';
import { generateHousehold, type Person } from './household';
import { accountNumber } from './identifiers';
import { addMonths, dateIn } from './periods';
import {
  PAYMENT_SOURCES,
  pickBehaviour,
  pickUsualDay,
  pickUsualSource,
  planPayments,
  type Behaviour,
} from './payments';
import { Rng } from './prng';

export interface DemoPayment {
  date: string;
  amountKopecks: number;
  /** The month the payer named, or null when the payment document does not say. */
  period: string | null;
  source: string;
  documentNumber: string;
}

export interface DemoAccount {
  index: number;
  number: string;
  building: Building;
  company: Company;
  entrance: number;
  apartment: string;
  /** Area as a decimal string with a dot, e.g. '54.3'. */
  area: string;
  social: boolean;
  closed: boolean;
  persons: Person[];
  /** Months charged (all of the history, or up to the closing month). */
  chargedMonths: number;
  /** chargedMonths × SERVICE_COUNT amounts in kopecks, month-major; 0 = service not charged. */
  charges: Int32Array;
  payments: DemoPayment[];
  behaviour: Behaviour;
  /** Charged minus paid over the whole history, kopecks. */
  debtKopecks: number;
}

export function generateAccount(district: District, index: number): DemoAccount {
  const { periods, levels, seedSalt, endYear } = district;
  const building = buildingOfAccount(district, index);
  const company = district.companies[building.companyIndex] as Company;
  const rng = Rng.derive(district.options.seed, 'account', index);
  const months = periods.length;

  const flat = index - building.firstAccount + 1;
  const perEntrance = building.floors * building.flatsPerFloor;
  const social = rng.chance(building.socialShare);
  const closed = rng.chance(0.015);
  // Area: the middle of the building's range is the most common (sum of two uniforms).
  const areaM2 =
    Math.round(
      ((rng.float(building.areaMin, building.areaMax) + rng.float(building.areaMin, building.areaMax)) / 2) * 10,
    ) / 10;

  const persons = generateHousehold(rng, { accountIndex: index, seedSalt, endYear }, social, closed);
  const profile = makeChargeProfile(rng, areaM2, Math.max(1, persons.length), social);

  // A closed account was open for part of the history and settled in full when it closed.
  const chargedMonths = closed ? rng.int(1, Math.max(1, months - 1)) : months;
  const charges = new Int32Array(chargedMonths * SERVICE_COUNT);
  const bills: number[] = [];
  let charged = 0;
  for (let m = 0; m < chargedMonths; m++) {
    const bill = chargeMonth(
      rng,
      building,
      profile,
      levels[m] ?? 1,
      charges.subarray(m * SERVICE_COUNT, (m + 1) * SERVICE_COUNT),
    );
    bills.push(bill);
    charged += bill;
  }

  const behaviour: Behaviour = closed ? 'punctual' : pickBehaviour(rng, social);
  const number = accountNumber(index, seedSalt);
  const usualSource = pickUsualSource(rng);
  const usualDay = pickUsualDay(rng);
  const start = periods[0] ?? district.options.endPeriod;
  let paid = 0;
  const asOf = district.options.asOfDate;
  const planned = planPayments(rng, behaviour, bills).map((p, seq): DemoPayment => {
    const period = addMonths(start, p.month);
    const date = dateIn(period, p.onTime ? usualDay + rng.int(-3, 3) : rng.int(1, 28));
    paid += p.amount;
    return {
      date,
      amountKopecks: p.amount,
      period: rng.chance(0.6) ? addMonths(start, p.forMonth) : null,
      source: rng.chance(0.85) ? usualSource : rng.pick(PAYMENT_SOURCES),
      // Unique in the district: the account number is, and (date, sequence) is within the account.
      documentNumber: `${number}${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}${String(seq + 1).padStart(3, '0')}`,
    };
  });
  // Filtered after generation so the random stream, and thus everything else, is the same with or without it.
  const payments = asOf === undefined ? planned : planned.filter((p) => p.date <= asOf);
  for (const p of planned) if (asOf !== undefined && p.date > asOf) paid -= p.amountKopecks;

  return {
    index,
    number,
    building,
    company,
    entrance: Math.min(building.entrances, Math.floor((flat - 1) / perEntrance) + 1),
    apartment: String(flat),
    area: areaM2.toFixed(1),
    social,
    closed,
    persons,
    chargedMonths,
    charges,
    payments,
    behaviour,
    debtKopecks: charged - paid,
  };
}
