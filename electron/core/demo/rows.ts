/**
 * @file Rows of the four billing files, as typed cells in the field order of `shared/import/layouts.ts`.
 *
 * A cell holds the app's internal value (kopecks, 'YYYY-MM-DD', 'YYYY-MM', boolean); the CSV and XLSX
 * writers render it per the field's type. Rows are built from the layout's own field list, so a field
 * reordered or added in layouts.ts shows up in the files without touching this module.
 */

import {
  ACCOUNTS_LAYOUT,
  CHARGES_LAYOUT,
  COMPANIES_LAYOUT,
  PAYMENTS_LAYOUT,
  type Layout,
} from '../../../shared/import/layouts';
import type { DemoAccount } from './account';
import { CHARGED_SERVICES, SERVICE_COUNT } from './charges';
import type { Company } from './companies';
import type { District } from './district';
import type { Person } from './household';

export type Cell = string | number | boolean | null;
export type Row = Cell[];

/** Builds rows for `layout` from records keyed by field key; unknown keys are a programming error. */
function rowBuilder(layout: Layout, keys: readonly string[]): (record: Readonly<Record<string, Cell>>) => Row {
  const known = new Set(layout.fields.map((f) => f.key));
  const unknown = keys.filter((k) => !known.has(k));
  if (unknown.length > 0) throw new Error(`layout ${layout.kind} has no field(s) ${unknown.join(', ')}`);
  const order = layout.fields.map((f) => f.key);
  return (record) => order.map((key) => record[key] ?? null);
}

const companyRow = rowBuilder(COMPANIES_LAYOUT, [
  'name',
  'inn',
  'kpp',
  'ogrn',
  'address',
  'phone',
  'bankName',
  'bik',
  'correspondentAccount',
  'settlementAccount',
  'contractDueDay',
  'penaltyCharged',
]);

export function companyRows(district: District): Row[] {
  return district.companies.map((c: Company) =>
    companyRow({
      name: c.name,
      inn: c.inn,
      kpp: c.kpp,
      ogrn: c.ogrn,
      address: c.address,
      phone: c.phone,
      bankName: c.bankName,
      bik: c.bik,
      correspondentAccount: c.correspondentAccount,
      settlementAccount: c.settlementAccount,
      contractDueDay: c.contractDueDay,
      penaltyCharged: c.penaltyCharged,
    }),
  );
}

const accountRow = rowBuilder(ACCOUNTS_LAYOUT, [
  'accountNumber',
  'companyInn',
  'address',
  'entrance',
  'apartment',
  'area',
  'ownershipForm',
  'tenure',
  'accountStatus',
  'fullName',
  'role',
  'share',
  'birthDate',
  'birthPlace',
  'snils',
  'inn',
  'passport',
  'phone',
  'smsConsent',
]);

/** One row per (account, person); an account without persons still gets one row, person columns empty. */
export function accountRows(a: DemoAccount): Row[] {
  const base: Record<string, Cell> = {
    accountNumber: a.number,
    companyInn: a.company.inn,
    address: a.building.address,
    entrance: a.entrance,
    apartment: a.apartment,
    area: a.area,
    ownershipForm: a.social ? 'муниципальная' : 'частная',
    tenure: a.social ? 'наниматель' : 'собственник',
    accountStatus: a.closed ? 'закрыт' : 'открыт',
  };
  if (a.persons.length === 0) return [accountRow(base)];
  return a.persons.map((p: Person) =>
    accountRow({
      ...base,
      fullName: p.fullName,
      role: p.role,
      share: p.share,
      birthDate: p.birthDate,
      birthPlace: p.birthPlace,
      snils: p.snils,
      inn: p.inn,
      passport: p.passport,
      phone: p.phone,
      smsConsent: p.smsConsent,
    }),
  );
}

const chargeRow = rowBuilder(CHARGES_LAYOUT, ['accountNumber', 'period', 'service', 'amountKopecks']);

/** Calls `emit` for every charge row of the account (month by month, services in a fixed order). */
export function forEachChargeRow(a: DemoAccount, periods: readonly string[], emit: (row: Row) => void): number {
  let count = 0;
  for (let m = 0; m < a.chargedMonths; m++) {
    const period = periods[m] ?? '';
    for (let s = 0; s < SERVICE_COUNT; s++) {
      const amount = a.charges[m * SERVICE_COUNT + s] ?? 0;
      if (amount <= 0) continue;
      emit(chargeRow({ accountNumber: a.number, period, service: CHARGED_SERVICES[s] ?? '', amountKopecks: amount }));
      count++;
    }
  }
  return count;
}

const paymentRow = rowBuilder(PAYMENTS_LAYOUT, [
  'accountNumber',
  'paymentDate',
  'amountKopecks',
  'period',
  'source',
  'documentNumber',
]);

export function paymentRows(a: DemoAccount): Row[] {
  return a.payments.map((p) =>
    paymentRow({
      accountNumber: a.number,
      paymentDate: p.date,
      amountKopecks: p.amountKopecks,
      period: p.period,
      source: p.source,
      documentNumber: p.documentNumber,
    }),
  );
}
