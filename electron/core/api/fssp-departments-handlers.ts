/**
 * @file Handlers — the bailiffs' work, departments (measures 10 and 11): the ОСП directory with its territories and
 * CSV, the building → department map, the debtors' bank accounts. Thin: each calls a service in electron/core/fssp/.
 */
import fs from 'node:fs';
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { journalActor } from '../auth/actor';
import { resolveUpload } from '../billing/upload-store';
import { listDepartments } from '../fssp/departments-repo';
import { saveDepartment, saveDepartmentTerritories } from '../fssp/departments-service';
import {
  assertCsvSize,
  departmentsCsvTemplate,
  exportDepartmentsCsv,
  importDepartmentsCsv,
} from '../fssp/departments-csv';
import {
  listBuildingDepartments,
  mapBuildingDepartments,
  setBuildingDepartment,
} from '../fssp/building-departments-service';
import { listDebtorBanks, removeDebtorBank, saveDebtorBank } from '../fssp/debtor-banks-service';

type FsspDepartmentsMethod =
  | 'departments.list'
  | 'departments.save'
  | 'departments.saveTerritories'
  | 'departments.importCsv'
  | 'departments.exportCsv'
  | 'departments.template'
  | 'departments.buildings'
  | 'departments.mapBuildings'
  | 'departments.setBuildingDepartment'
  | 'debtorBanks.list'
  | 'debtorBanks.save'
  | 'debtorBanks.remove';

export function createFsspDepartmentsHandlers(ctx: CoreContext): Pick<ApiHandlers, FsspDepartmentsMethod> {
  const today = () => isoDateInZone(ctx.clock());
  return {
    'departments.list': ({ includeInactive }) => listDepartments(ctx.sqlite, includeInactive ?? true),
    'departments.save': (input, { actor }) => saveDepartment(ctx.sqlite, input, journalActor(actor), ctx.clock()),
    'departments.saveTerritories': ({ departmentId, territories }, { actor }) =>
      saveDepartmentTerritories(ctx.sqlite, departmentId, territories, journalActor(actor), ctx.clock()),
    'departments.importCsv': ({ uploadId, base64, fileName }, { actor }) => {
      let bytes: Buffer;
      let name: string;
      if (uploadId !== undefined) {
        const upload = resolveUpload(ctx.dataDir, uploadId);
        assertCsvSize(fs.statSync(upload.path).size);
        bytes = fs.readFileSync(upload.path);
        name = upload.fileName;
      } else {
        assertCsvSize(Math.floor(((base64 ?? '').length * 3) / 4));
        bytes = Buffer.from(base64 ?? '', 'base64');
        name = fileName ?? 'otdely.csv';
      }
      return importDepartmentsCsv(ctx.sqlite, bytes, name, journalActor(actor), ctx.clock());
    },
    'departments.exportCsv': () => exportDepartmentsCsv(ctx.sqlite, ctx.dataDir, today()),
    'departments.template': () => departmentsCsvTemplate(ctx.dataDir),
    'departments.buildings': ({ filter, search, departmentId }) =>
      listBuildingDepartments(ctx.sqlite, filter, search, departmentId),
    'departments.mapBuildings': (_input, { actor }) =>
      mapBuildingDepartments(ctx.sqlite, journalActor(actor), ctx.clock()),
    'departments.setBuildingDepartment': (input, { actor }) =>
      setBuildingDepartment(ctx.sqlite, input, journalActor(actor), ctx.clock()),
    'debtorBanks.list': (input) => listDebtorBanks(ctx.sqlite, input),
    'debtorBanks.save': (input, { actor }) => saveDebtorBank(ctx.sqlite, input, journalActor(actor), ctx.clock()),
    'debtorBanks.remove': ({ id }, { actor }) => removeDebtorBank(ctx.sqlite, id, journalActor(actor), ctx.clock()),
  };
}
