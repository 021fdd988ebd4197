/**
 * @file How the housing screens write a dwelling: its address with the flat, and its areas.
 */
import type { DwellingView } from '../../../../../shared/api/contract-housing-stock';
import { formatCentiM2 } from '../../../../../shared/housing/dwelling-fit';

export function dwellingAddress(d: Pick<DwellingView, 'settlement' | 'address' | 'apartment'>): string {
  const head = d.address.toLowerCase().startsWith(d.settlement.toLowerCase())
    ? d.address
    : `${d.settlement}, ${d.address}`;
  return d.apartment ? `${head}, кв. ${d.apartment}` : head;
}

export function areaText(centi: number | null): string {
  return centi === null ? '—' : formatCentiM2(centi);
}
