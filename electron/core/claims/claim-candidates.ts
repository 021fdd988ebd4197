/**
 * @file Which accounts a claim batch covers: open accounts of one bracket (optionally one УК) with a debt, not
 * paused, and with no claim issued within the cooldown (document rule `claim_cooldown_days`) — in delivery
 * order: building → entrance → apartment. Accounts whose УК has no bank details are named apart: a claim without
 * payee details and a QR code is not sent.
 */
import type Database from 'better-sqlite3';
import { addDays } from '../../../shared/rules/penalty/day-count';
import { documentRule } from '../documents/document-rules';

export interface ClaimBatchRequest {
  bracket: string;
  companyId: number | null;
  /** The date the debt and penalty are stated on. */
  asOfDate: string;
  /** The date printed on the letters (today). */
  issuedDate: string;
  /** Cap on accounts in one batch (0 = all). */
  limit: number;
}

export interface ClaimCandidate {
  accountId: number;
  number: string;
  address: string;
  companyId: number;
  buildingId: number | null;
  entrance: number | null;
  apartment: string | null;
  debtKopecks: number;
}

export interface ClaimCandidates {
  accounts: ClaimCandidate[];
  cooldownDays: number;
  /** Accounts of the bracket left out because they had a claim within the cooldown. */
  inCooldown: number;
  /** Accounts left out because their УК lacks a settlement account, БИК or correspondent account. */
  noPayeeDetails: number;
}

const BASE = `
  FROM account_summaries s
  JOIN accounts a ON a.id = s.account_id
  JOIN management_companies c ON c.id = a.management_company_id
  LEFT JOIN premises p ON p.id = a.premises_id
  LEFT JOIN buildings b ON b.id = p.building_id
 WHERE s.bracket = @bracket AND s.status = 'open' AND s.debt_kopecks > 0
   AND (@companyId IS NULL OR a.management_company_id = @companyId)
   AND (a.paused_until_date IS NULL OR a.paused_until_date < @issuedDate)`;
const IN_COOLDOWN = `EXISTS (SELECT 1 FROM generated_documents g
   WHERE g.account_id = s.account_id AND g.kind = 'claim' AND g.issued_date > @cooldownFrom)`;
const HAS_PAYEE = `(coalesce(c.settlement_account, '') <> '' AND coalesce(c.bik, '') <> '' AND coalesce(c.correspondent_account, '') <> '' AND coalesce(c.bank_name, '') <> '')`;

export function claimCandidates(sqlite: Database.Database, r: ClaimBatchRequest): ClaimCandidates {
  const cooldownDays = documentRule(sqlite, 'claim_cooldown_days', r.issuedDate);
  const params = {
    bracket: r.bracket,
    companyId: r.companyId,
    issuedDate: r.issuedDate,
    cooldownFrom: addDays(r.issuedDate, -cooldownDays),
  };
  const accounts = sqlite
    .prepare(
      `SELECT s.account_id AS accountId, s.number, s.address, a.management_company_id AS companyId, p.building_id AS buildingId,
              p.entrance, p.apartment, s.debt_kopecks AS debtKopecks
       ${BASE} AND NOT ${IN_COOLDOWN} AND ${HAS_PAYEE}
       ORDER BY coalesce(b.address_search, s.address_sort), coalesce(p.entrance, 0), CAST(p.apartment AS INTEGER), p.apartment, s.number
       ${r.limit > 0 ? 'LIMIT @limit' : ''}`,
    )
    .all({ ...params, ...(r.limit > 0 ? { limit: r.limit } : {}) }) as ClaimCandidate[];
  const counts = sqlite
    .prepare(
      `SELECT sum(CASE WHEN ${IN_COOLDOWN} THEN 1 ELSE 0 END) AS inCooldown,
              sum(CASE WHEN NOT ${IN_COOLDOWN} AND NOT ${HAS_PAYEE} THEN 1 ELSE 0 END) AS noPayee ${BASE}`,
    )
    .get(params) as { inCooldown: number | null; noPayee: number | null };
  return { accounts, cooldownDays, inCooldown: counts.inCooldown ?? 0, noPayeeDetails: counts.noPayee ?? 0 };
}
