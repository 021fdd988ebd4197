/**
 * @file API methods — Court cases: the list, one case, its steps (filed, order, copy received, in force, cancelled, lawsuit…), the «Сроки» list, the debtor identifiers (ГПК ст.124).
 * Spread into the one contract in contract.ts. PLACEHOLDER inputs until the area is built: replace each `Todo`.
 */
import { z } from './zod-russian';

const Todo = z.object({}).strict();

export const courtCasesApiInputs = {
  'court.cases': Todo,
  'court.case': Todo,
  'court.caseStep': Todo,
  'court.createLawsuit': Todo,
  'court.deadlines': Todo,
  'court.saveIdentifiers': Todo,
  'court.confirmIdentifiersUnknown': Todo,
  'court.missingIdentifiersXlsx': Todo,
} as const;

export interface CourtCasesApiOutputs {
  'court.cases': unknown;
  'court.case': unknown;
  'court.caseStep': unknown;
  'court.createLawsuit': unknown;
  'court.deadlines': unknown;
  'court.saveIdentifiers': unknown;
  'court.confirmIdentifiersUnknown': unknown;
  'court.missingIdentifiersXlsx': unknown;
}
