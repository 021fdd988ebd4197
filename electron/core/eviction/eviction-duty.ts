/**
 * @file The state duty of the eviction lawsuit (measure 12): a claim of a non-property nature (НК РФ ст.333.19 п.1
 * пп.3) filed by the landlord — the municipality, i.e. an organisation — so the organisations' rate of the day the
 * suit is filed applies (dated rule 'eviction.duty_organisation_kopecks': 6 000 ₽ before 09.09.2024, 20 000 ₽ from
 * then on, 259-ФЗ). Where the office sets 'eviction.duty_exempt' = 1 (a body of local self-government suing in the
 * public interest, НК РФ ст.333.36 п.1 пп.19) the duty is 0 and the lawsuit names the ground instead.
 */
import type Database from 'better-sqlite3';
import { measureRule } from '../restriction/restriction-tables-repo';
import { rublesKopecksText } from '../../../shared/documents/money-text';

export const DUTY_EXEMPTION_GROUND = 'подп. 19 п. 1 ст. 333.36 Налогового кодекса РФ';

export interface EvictionDuty {
  dutyKopecks: number;
  exempt: boolean;
  /** One line for the card and the lawsuit. */
  text: string;
}

export function evictionDuty(sqlite: Database.Database, date: string): EvictionDuty {
  if (measureRule(sqlite, 'eviction.duty_exempt', date) === 1)
    return {
      dutyKopecks: 0,
      exempt: true,
      text: `Истец освобождён от уплаты государственной пошлины (${DUTY_EXEMPTION_GROUND}).`,
    };
  const dutyKopecks = measureRule(sqlite, 'eviction.duty_organisation_kopecks', date);
  return {
    dutyKopecks,
    exempt: false,
    text: `Государственная пошлина за требование неимущественного характера (подп. 3 п. 1 ст. 333.19 НК РФ), истец — организация: ${rublesKopecksText(dutyKopecks)}`,
  };
}
