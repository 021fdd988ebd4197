/**
 * @file Who a service's charge is owed to (shared, pure). The УК collects most of the ЕПД, but capital-repair
 * contributions are owed to the regional operator (фонд капитального ремонта, ЖК ст.169–171) and social-tenancy rent
 * (плата за наём) to the landlord, the municipality (ЖК ст.155 ч.4). A claim or a court application of the УК
 * demands only its own part. The table is data (`service_creditors`, seeded by a migration from the rows below,
 * editable); a service the table does not name is the УК's.
 */

export const CREDITOR_KINDS = ['management_company', 'capital_repair_operator', 'landlord'] as const;
export type CreditorKind = (typeof CREDITOR_KINDS)[number];

export const CREDITOR_LABELS: Record<CreditorKind, string> = {
  management_company: 'управляющая организация',
  capital_repair_operator: 'региональный оператор капитального ремонта',
  landlord: 'наймодатель (плата за наём)',
};

export interface ServiceCreditorRow {
  service: string;
  creditor: CreditorKind;
}

/** The seed: services owed to someone other than the УК. */
export const SEED_SERVICE_CREDITORS: readonly ServiceCreditorRow[] = [
  { service: 'Взнос на капитальный ремонт', creditor: 'capital_repair_operator' },
  { service: 'Социальный наём', creditor: 'landlord' },
];

export type CreditorOf = (service: string) => CreditorKind;

export function creditorLookup(rows: readonly ServiceCreditorRow[]): CreditorOf {
  const map = new Map(rows.map((r) => [r.service, r.creditor]));
  return (service) => map.get(service) ?? 'management_company';
}
