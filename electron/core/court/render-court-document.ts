/**
 * @file Renders a court case's documents and a court's register to PDF bytes (core only: react-pdf reads the font
 * files). The facts are built from the database elsewhere (the case-facts builder); here they are checked to agree
 * with themselves (a clerk would send back a calculation whose lines do not add up to its total), turned into
 * display strings by the pure view builders (shared/documents/court/*-view.ts) and laid out by the templates
 * (CourtDocuments.tsx). react-pdf is loaded at run time as render-penalty-pdf.ts explains.
 */
import type { CaseFacts, CourtDocumentKind, CourtRegisterFacts } from '../../../shared/court/court-case-facts';
import { buildCourtApplicationView } from '../../../shared/documents/court/application-view';
import {
  buildAttachmentsView,
  buildCoverLetterView,
  buildDutyOffsetView,
} from '../../../shared/documents/court/court-letters-view';
import { buildCourtPenaltyView } from '../../../shared/documents/court/court-penalty-view';
import { caseFactsProblems } from '../../../shared/documents/court/court-text';
import {
  CourtApplicationDocument,
  CourtLetterDocument,
  CourtPenaltyDocument,
  CourtRegisterDocument,
  DebtCalculationDocument,
} from '../../../shared/documents/court/CourtDocuments';
import { buildDebtCalculationView } from '../../../shared/documents/court/debt-calculation-view';
import { buildCourtRegisterView } from '../../../shared/documents/court/register-view';
import { AppError } from '../app-error';
import { renderTemplate } from '../documents/render-documents';

/** Bump when the layout or wording of any court document changes: the package records which version made a file. */
export const COURT_TEMPLATE_VERSION = 'court-1';

function refuseBadFacts(facts: CaseFacts): void {
  const problems = caseFactsProblems(facts);
  if (problems.length === 0) return;
  const code = problems.every((p) => p.kind === 'identifiers') ? 'COURT.IDENTIFIERS_MISSING' : 'CONFLICT';
  throw new AppError(
    code,
    `Документы дела № ${facts.caseId} не сформированы: ${problems.map((p) => p.text).join('; ')}.`,
  );
}

export async function renderCourtDocument(kind: CourtDocumentKind, facts: CaseFacts): Promise<Buffer> {
  refuseBadFacts(facts);
  const author = facts.claimant.name;
  switch (kind) {
    case 'application':
      return renderTemplate(CourtApplicationDocument, { view: buildCourtApplicationView(facts), author });
    case 'debt_calculation':
      return renderTemplate(DebtCalculationDocument, { view: buildDebtCalculationView(facts), author });
    case 'penalty_calculation':
      return renderTemplate(CourtPenaltyDocument, { view: buildCourtPenaltyView(facts), author });
    case 'attachments':
      return renderTemplate(CourtLetterDocument, { view: buildAttachmentsView(facts), author });
    case 'cover_letter':
      return renderTemplate(CourtLetterDocument, { view: buildCoverLetterView(facts), author });
    case 'duty_offset_petition':
      return renderTemplate(CourtLetterDocument, { view: buildDutyOffsetView(facts), author });
  }
}

export async function renderCourtRegister(facts: CourtRegisterFacts): Promise<Buffer> {
  return renderTemplate(CourtRegisterDocument, { view: buildCourtRegisterView(facts) });
}
