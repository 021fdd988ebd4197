/**
 * @file Who signs the claims (table `claim_signers`): name, position and phone under each letter — the УК's own
 * signer where an administrator set one, else the default signer. A batch for a УК with neither is refused:
 * a claim signed «Ответственный: ____» tells the debtor nobody to call.
 */
import type Database from 'better-sqlite3';
import type { ClaimSigner, ClaimSignersView } from '../../../shared/api/contract-documents';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

const DEFAULT_SCOPE = 'default';
const companyScope = (companyId: number): string => `company:${companyId}`;

function read(sqlite: Database.Database, scope: string): ClaimSigner | null {
  return (
    (sqlite.prepare('SELECT full_name AS fullName, position, phone FROM claim_signers WHERE scope = ?').get(scope) as
      ClaimSigner | undefined) ?? null
  );
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
      const name = sqlite.prepare('SELECT name FROM management_companies WHERE id = ?').pluck().get(id) as
        string | undefined;
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
  const companies = sqlite
    .prepare(
      `SELECT c.id AS companyId, c.name, s.full_name AS fullName, s.position, s.phone
         FROM management_companies c LEFT JOIN claim_signers s ON s.scope = 'company:' || c.id ORDER BY c.name`,
    )
    .all() as Array<{
    companyId: number;
    name: string;
    fullName: string | null;
    position: string | null;
    phone: string | null;
  }>;
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
    const name = sqlite.prepare('SELECT name FROM management_companies WHERE id = ?').pluck().get(companyId) as
      string | undefined;
    if (name === undefined) throw new AppError('NOT_FOUND', `УК с кодом ${companyId} нет в базе.`);
    whose = `для «${name}»`;
  }
  sqlite.transaction(() => {
    const before = read(sqlite, scope);
    if (signer === null) {
      sqlite.prepare('DELETE FROM claim_signers WHERE scope = ?').run(scope);
    } else {
      sqlite
        .prepare(
          `INSERT INTO claim_signers (scope, full_name, position, phone, updated_by, updated_at_ms) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (scope) DO UPDATE SET full_name = excluded.full_name, position = excluded.position, phone = excluded.phone,
             updated_by = excluded.updated_by, updated_at_ms = excluded.updated_at_ms`,
        )
        .run(scope, signer.fullName, signer.position, signer.phone, by.name, nowMs);
    }
    writeJournal(sqlite, by, nowMs, {
      kind: 'claims.signer',
      actionDate: today,
      summary: signer === null
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
