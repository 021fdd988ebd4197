/**
 * @file Who signs the claims (table `claim_signers`): name, position and phone under each letter — the УК's own
 * signer where an administrator set one, else the default signer. A batch for a УК with neither is refused:
 * a claim signed «Ответственный: ____» tells the debtor nobody to call.
 */
import type Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { managementCompanies } from '../../../shared/db/schema';
import { claimSigners } from '../../../shared/db/schema-documents';
import type { ClaimSigner, ClaimSignersView } from '../../../shared/api/contract-documents';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

const DEFAULT_SCOPE = 'default';
const companyScope = (companyId: number): string => `company:${companyId}`;

function read(sqlite: Database.Database, scope: string): ClaimSigner | null {
  return (
    drizzleOf(sqlite)
      .select({ fullName: claimSigners.fullName, position: claimSigners.position, phone: claimSigners.phone })
      .from(claimSigners)
      .where(eq(claimSigners.scope, scope))
      .get() ?? null
  );
}

function companyName(sqlite: Database.Database, companyId: number): string | undefined {
  return drizzleOf(sqlite)
    .select({ name: managementCompanies.name })
    .from(managementCompanies)
    .where(eq(managementCompanies.id, companyId))
    .get()?.name;
}

/** The signer of a УК's claims: its own, else the default; null when neither is set. */
export function signerFor(sqlite: Database.Database, companyId: number): ClaimSigner | null {
  return read(sqlite, companyScope(companyId)) ?? read(sqlite, DEFAULT_SCOPE);
}

/** Refuses (in Russian) when any of the УК has no signer, naming them. */
export function requireSigners(sqlite: Database.Database, companyIds: Iterable<number>): void {
  const missing: string[] = [];
  for (const id of new Set(companyIds)) {
    if (!signerFor(sqlite, id)) {
      const name = companyName(sqlite, id);
      missing.push(`«${name ?? `УК № ${id}`}»`);
    }
  }
  if (missing.length > 0) {
    throw new AppError(
      'CLAIMS.NO_SIGNER',
      `Не указан подписант претензий (ФИО, должность, телефон) для ${missing.length === 1 ? 'УК' : 'УК:'} ${missing.slice(0, 5).join(', ')}` +
        `${missing.length > 5 ? ` и ещё ${missing.length - 5}` : ''}. Администратор указывает его в разделе «Настройки» → «Подписант претензий» (общий или для УК).`,
    );
  }
}

export function listClaimSigners(sqlite: Database.Database): ClaimSignersView {
  const c = managementCompanies;
  const s = claimSigners;
  const companies = drizzleOf(sqlite)
    .select({ companyId: c.id, name: c.name, fullName: s.fullName, position: s.position, phone: s.phone })
    .from(c)
    .leftJoin(s, eq(s.scope, sql`'company:' || ${c.id}`))
    .orderBy(c.name)
    .all();
  return {
    defaultSigner: read(sqlite, DEFAULT_SCOPE),
    companies: companies.map((c) => ({
      companyId: c.companyId,
      name: c.name,
      signer: c.fullName !== null ? { fullName: c.fullName, position: c.position ?? '', phone: c.phone ?? '' } : null,
    })),
  };
}

/**
 * Sets (or, with `signer` null, removes) the default signer or a УК's own; the caller has checked that the user
 * is an administrator. Journaled.
 */
export function saveClaimSigner(
  sqlite: Database.Database,
  companyId: number | null,
  signer: ClaimSigner | null,
  by: JournalActor,
  nowMs: number,
  today: string,
): void {
  const scope = companyId === null ? DEFAULT_SCOPE : companyScope(companyId);
  let whose = 'по умолчанию';
  if (companyId !== null) {
    const name = companyName(sqlite, companyId);
    if (name === undefined) throw new AppError('NOT_FOUND', `УК с кодом ${companyId} нет в базе.`);
    whose = `для «${name}»`;
  }
  sqlite.transaction(() => {
    const before = read(sqlite, scope);
    if (signer === null) {
      drizzleOf(sqlite).delete(claimSigners).where(eq(claimSigners.scope, scope)).run();
    } else {
      const row = {
        fullName: signer.fullName,
        position: signer.position,
        phone: signer.phone,
        updatedBy: by.name,
        updatedAtMs: nowMs,
      };
      drizzleOf(sqlite)
        .insert(claimSigners)
        .values({ scope, ...row })
        .onConflictDoUpdate({ target: claimSigners.scope, set: row })
        .run();
    }
    writeJournal(sqlite, by, nowMs, {
      kind: 'claims.signer',
      actionDate: today,
      summary:
        signer === null
          ? `Подписант претензий ${whose} удалён`
          : `Подписант претензий ${whose}: ${signer.fullName}, ${signer.position}, тел. ${signer.phone}`,
      object: { type: 'settings', id: `claim_signer:${scope}` },
      before,
      after: signer,
    });
  })();
}

/**
 * The demo district's signer: a fictional person like the district's residents, so the demo's claims can be made
 * at once; marked as demonstration data in the position the letters print, and set only when no default signer
 * exists (a real one is never replaced).
 */
export const DEMO_SIGNER: ClaimSigner = {
  fullName: 'Смирнова Ольга Викторовна',
  position: 'Начальник отдела по работе с задолженностью (демонстрационные данные)',
  phone: '+7 (495) 000-00-00',
};

export function ensureDemoSigner(sqlite: Database.Database, by: JournalActor, nowMs: number, today: string): void {
  if (read(sqlite, DEFAULT_SCOPE)) return;
  saveClaimSigner(sqlite, null, DEMO_SIGNER, by, nowMs, today);
}
