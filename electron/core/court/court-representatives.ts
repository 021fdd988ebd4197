/**
 * @file Who represents each УК in court (app_settings key 'court_representatives'): the signer's name and position
 * and the power of attorney («по доверенности от 10.01.2026 № 5») the application cites. A court application is
 * signed by the claimant or by a representative whose authority is attached (ГПК ст.53, 131 ч.4): the claims'
 * signer (claim-signers.ts) gives the name, position and phone where no court representative is set, and a missing
 * power of attorney leaves «по доверенности» with a blank line to fill by hand — the package warns about it.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { appSettings, managementCompanies } from '../../../shared/db/schema';
import type { CourtRepresentativeRow } from '../../../shared/api/contract-court-documents';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { signerFor } from '../claims/claim-signers';
import { AppError } from '../app-error';

export const COURT_REPRESENTATIVES_KEY = 'court_representatives';

export interface CourtRepresentativeSetting {
  fullName: string;
  position: string;
  /** The power of attorney's date and number: «от 10.01.2026 № 5» (a leading «по доверенности» is dropped). */
  powerOfAttorney: string;
}

/**
 * The blank the application prints when no power of attorney is recorded. The templates write «по доверенности »
 * before ClaimantFacts.representative.powerOfAttorney, so it holds the date and number only.
 */
export const POWER_OF_ATTORNEY_BLANK = 'от «___» __________ 20__ г. № ______';

export function readCourtRepresentatives(sqlite: Database.Database): Record<string, CourtRepresentativeSetting> {
  const row = drizzleOf(sqlite)
    .select({ v: appSettings.valueJson })
    .from(appSettings)
    .where(eq(appSettings.key, COURT_REPRESENTATIVES_KEY))
    .get();
  if (!row) return {};
  try {
    const parsed = JSON.parse(row.v) as unknown;
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, CourtRepresentativeSetting>) : {};
  } catch {
    return {};
  }
}

export interface CourtRepresentative {
  fullName: string;
  position: string;
  powerOfAttorney: string;
  phone: string;
  /** False when no power of attorney is recorded: the application prints a blank and the package warns. */
  powerOfAttorneyKnown: boolean;
}

/** The УК's representative in court; null when neither a court representative nor a claims' signer is set. */
export function courtRepresentativeFor(sqlite: Database.Database, companyId: number): CourtRepresentative | null {
  const own = readCourtRepresentatives(sqlite)[String(companyId)];
  const signer = signerFor(sqlite, companyId);
  const fullName = own?.fullName?.trim() || signer?.fullName || '';
  if (!fullName) return null;
  const power = (own?.powerOfAttorney ?? '').trim().replace(/^по\s+доверенности\s*/i, '');
  return {
    fullName,
    position: own?.position?.trim() || signer?.position || 'представитель',
    powerOfAttorney: power || POWER_OF_ATTORNEY_BLANK,
    phone: signer?.phone ?? '',
    powerOfAttorneyKnown: power.length > 0,
  };
}

/** Sets (or, with `value` null, removes) a УК's court representative. Journaled as a settings change. */
export function saveCourtRepresentative(
  sqlite: Database.Database,
  companyId: number,
  value: CourtRepresentativeSetting | null,
  by: JournalActor,
  nowMs: number,
): void {
  sqlite.transaction(() => {
    const company = drizzleOf(sqlite)
      .select({ id: managementCompanies.id })
      .from(managementCompanies)
      .where(eq(managementCompanies.id, companyId))
      .get();
    if (!company) throw new AppError('NOT_FOUND', `Управляющей компании с кодом ${companyId} нет в базе.`);
    const all = readCourtRepresentatives(sqlite);
    const before = all[String(companyId)] ?? null;
    if (value === null) delete all[String(companyId)];
    else all[String(companyId)] = value;
    const json = JSON.stringify(all);
    drizzleOf(sqlite)
      .insert(appSettings)
      .values({ key: COURT_REPRESENTATIVES_KEY, valueJson: json, updatedAtMs: nowMs })
      .onConflictDoUpdate({ target: appSettings.key, set: { valueJson: json, updatedAtMs: nowMs } })
      .run();
    writeJournal(sqlite, by, nowMs, {
      kind: 'court.directory',
      summary:
        value === null
          ? `Представитель УК № ${companyId} в суде удалён`
          : `Представитель УК № ${companyId} в суде: ${value.fullName}, ${value.position}, ${value.powerOfAttorney}`,
      object: { type: 'settings', id: `${COURT_REPRESENTATIVES_KEY}:${companyId}` },
      before,
      after: value,
    });
  })();
}

/** Every УК with its representative in court, as the applications will print it. */
export function listCourtRepresentatives(sqlite: Database.Database): CourtRepresentativeRow[] {
  const own = readCourtRepresentatives(sqlite);
  return drizzleOf(sqlite)
    .select({ id: managementCompanies.id, name: managementCompanies.name })
    .from(managementCompanies)
    .orderBy(managementCompanies.name)
    .all()
    .map((c) => {
      const set = own[String(c.id)];
      if (set) return { managementCompanyId: c.id, companyName: c.name, ...set, source: 'court' as const };
      const signer = signerFor(sqlite, c.id);
      return {
        managementCompanyId: c.id,
        companyName: c.name,
        fullName: signer?.fullName ?? null,
        position: signer?.position ?? null,
        powerOfAttorney: null,
        source: signer ? ('signer' as const) : null,
      };
    });
}

/** The demo district's УК get a fictional representative with a fictional power of attorney, marked so. */
export function ensureDemoRepresentatives(sqlite: Database.Database, by: JournalActor, nowMs: number): void {
  const own = readCourtRepresentatives(sqlite);
  for (const row of listCourtRepresentatives(sqlite))
    if (!own[String(row.managementCompanyId)])
      saveCourtRepresentative(
        sqlite,
        row.managementCompanyId,
        {
          fullName: 'Смирнова Ольга Викторовна',
          position: 'представитель (демонстрационные данные)',
          powerOfAttorney: `от 12.01.2026 № Д-${row.managementCompanyId} (демонстрационная)`,
        },
        by,
        nowMs,
      );
}
