/**
 * @file API methods — Court documents and packages: making the documents of cases, one ZIP per court with a manifest, re-checking a package.
 * Spread into the one contract in contract.ts. PLACEHOLDER inputs until the area is built: replace each `Todo`.
 */
import { z } from './zod-russian';

const Todo = z.object({}).strict();

export const courtDocumentsApiInputs = {
  'court.makeDocuments': Todo,
  'court.caseDocuments': Todo,
  'court.exportPackage': Todo,
  'court.packages': Todo,
  'court.verifyPackage': Todo,
} as const;

export interface CourtDocumentsApiOutputs {
  'court.makeDocuments': unknown;
  'court.caseDocuments': unknown;
  'court.exportPackage': unknown;
  'court.packages': unknown;
  'court.verifyPackage': unknown;
}
