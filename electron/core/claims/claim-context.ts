/**
 * @file What every account of a claim batch is computed with: the dates, the letter settings (term, region,
 * whether time-barred months are demanded), the organisation, and the debt position's tables.
 */
import type Database from 'better-sqlite3';
import { loadDebtTables } from '../debt/debt-tables-repo';
import { organisationForDocuments } from '../documents/document-files';
import type { ClaimContext, ClaimContextData } from './claim-facts';
import { claimLetterSettings } from './claim-letter-settings';

export function claimContextData(sqlite: Database.Database, asOfDate: string, issuedDate: string): ClaimContextData {
  const settings = claimLetterSettings(sqlite, issuedDate);
  return {
    asOfDate,
    issuedDate,
    paymentDays: settings.paymentDays,
    includeTimeBarred: settings.includeTimeBarred,
    region: settings.region,
    organisationName: organisationForDocuments(sqlite).organisationName,
  };
}

export function claimContext(sqlite: Database.Database, data: ClaimContextData): ClaimContext {
  return { ...data, tables: loadDebtTables(sqlite) };
}
