/**
 * @file Monthly charges of one account, per service, in integer kopecks.
 *
 * Heating is charged EVENLY OVER THE YEAR (1/12 of the annual norm every month) — the method most Moscow-
 * region settlements chose under ПП РФ № 354 п. 42(1); it keeps monthly bills steady, so a debt in months
 * reads the same in summer and winter. Water is metered: the volume per resident varies ±20 % month to month.
 */

import type { SERVICES } from '../../../shared/import/layouts';
import type { Building } from './buildings';
import type { Rng } from './prng';
import { BASE_TARIFFS } from './tariffs';

export type Service = (typeof SERVICES)[number];

/** Services in the order the charges file lists them within a month. */
export const CHARGED_SERVICES = [
  'Содержание жилого помещения',
  'Холодное водоснабжение',
  'Горячее водоснабжение',
  'Водоотведение',
  'Отопление',
  'Электроэнергия',
  'Обращение с ТКО',
  'Взнос на капитальный ремонт',
  'Социальный наём',
] as const satisfies readonly Service[];

export const SERVICE_COUNT = CHARGED_SERVICES.length;

export interface ChargeProfile {
  areaM2: number;
  residents: number;
  social: boolean;
  /** Personal habits: m³ of cold / hot water per resident per month, kWh per month. */
  coldPerResident: number;
  hotPerResident: number;
  kwh: number;
}

export function makeChargeProfile(rng: Rng, areaM2: number, residents: number, social: boolean): ChargeProfile {
  return {
    areaM2,
    residents,
    social,
    coldPerResident: rng.float(2.6, 4.6),
    hotPerResident: rng.float(1.8, 3.2),
    // A flat's base load plus per-resident use; bigger households economise a little.
    kwh: rng.float(50, 90) + residents * rng.float(55, 85),
  };
}

const kop = (rubles: number): number => Math.max(1, Math.round(rubles * 100));

/**
 * Writes one month's amounts into `out` (index = position in CHARGED_SERVICES, 0 = not charged)
 * and returns their sum in kopecks.
 */
export function chargeMonth(
  rng: Rng,
  building: Building,
  profile: ChargeProfile,
  level: number,
  out: Int32Array,
): number {
  const { areaM2, residents } = profile;
  const jitter = (): number => rng.float(0.8, 1.2);
  const cold = profile.coldPerResident * residents * jitter();
  const hot = building.hotWater ? profile.hotPerResident * residents * jitter() : 0;
  out[0] = kop(areaM2 * building.maintenanceRate * level);
  out[1] = kop(cold * BASE_TARIFFS.coldWater * level);
  out[2] = building.hotWater ? kop(hot * BASE_TARIFFS.hotWater * level) : 0;
  out[3] = kop((cold + hot) * BASE_TARIFFS.sewerage * level);
  out[4] = kop(areaM2 * building.heatingNorm * BASE_TARIFFS.heatPerGcal * level);
  out[5] = building.electricity ? kop(profile.kwh * jitter() * BASE_TARIFFS.electricity * level) : 0;
  out[6] = kop(residents * BASE_TARIFFS.wastePerResident * level);
  // Owners pay the capital-repair contribution; social tenants pay rent to the municipality instead.
  out[7] = profile.social ? 0 : kop(areaM2 * BASE_TARIFFS.capitalRepair * level);
  out[8] = profile.social ? kop(areaM2 * building.rentRate * level) : 0;
  let total = 0;
  for (let s = 0; s < SERVICE_COUNT; s++) total += out[s] ?? 0;
  return total;
}
