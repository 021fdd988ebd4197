/**
 * @file The facts of a letter to the bailiffs about one proceeding (shared, pure data): a petition after the
 * application (ст.64.1) and a complaint to the senior bailiff about an unanswered petition (ст.123). The core builds
 * them from the database (electron/core/fssp/petition-documents.ts); the view builders beside this file turn them
 * into the court letters' layout (shared/documents/court/CourtDocuments.tsx, CourtLetterDocument).
 */
import type { PetitionKind, WritKind } from '../../fssp/fssp-terms';

export interface FsspLetterFacts {
  /** The letter's date, YYYY-MM-DD. */
  documentDate: string;
  department: {
    name: string;
    address: string;
    /** The senior bailiff (начальник отделения — старший судебный пристав) by name; null where unknown. */
    seniorBailiff: string | null;
  };
  bailiffName: string | null;
  proceeding: { number: string; openedDate: string; debtKopecks: number; balanceKopecks: number };
  writ: { kind: WritKind; number: string; actDate: string; courtName: string };
  debtor: { fullName: string; birthDate: string | null; address: string };
  creditor: {
    name: string;
    inn: string;
    kpp: string | null;
    ogrn: string | null;
    address: string | null;
    phone: string | null;
  };
  /** Who signs for the creditor; null — a blank line for the signer. */
  representative: { fullName: string; position: string; powerOfAttorney: string } | null;
  petition: { kind: PetitionKind; sentDate: string | null; answerDueDate: string | null };
}
