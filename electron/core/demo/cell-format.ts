/**
 * @file Rendering of typed cells into file values: CSV text, and XLSX cell values.
 *
 * CSV follows the value formats documented at the top of shared/import/layouts.ts in their most Russian
 * form (comma decimals, «дд.мм.гггг», «ММ.ГГГГ», «да»/«нет»); XLSX uses native numbers and dates where a
 * spreadsheet user expects them, and text for identifiers so leading zeros and long digit strings survive.
 */

import type { FieldType } from '../../../shared/import/layouts';
import type { Cell } from './rows';
import { csvCell } from '../../../shared/csv/csv-cell';

/** Kopecks → «1234,56» (sign kept for corrections). */
export function formatMoneyCsv(kopecks: number): string {
  const sign = kopecks < 0 ? '-' : '';
  const abs = Math.abs(kopecks);
  const rub = Math.floor(abs / 100);
  const kop = abs % 100;
  return `${sign}${rub},${kop < 10 ? '0' : ''}${kop}`;
}

/** 'YYYY-MM-DD' → «дд.мм.гггг». */
export function formatDateCsv(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** 'YYYY-MM' → «ММ.ГГГГ». */
export function formatPeriodText(period: string): string {
  return `${period.slice(5, 7)}.${period.slice(0, 4)}`;
}

export function formatCsvCell(type: FieldType, value: Cell): string {
  if (value === null) return '';
  switch (type) {
    case 'money':
      return formatMoneyCsv(value as number);
    case 'date':
      return formatDateCsv(value as string);
    case 'period':
      return formatPeriodText(value as string);
    case 'boolean':
      return value ? 'да' : 'нет';
    case 'decimal':
      return String(value).replace('.', ',');
    case 'integer':
    case 'share':
    case 'text':
      return csvCell(String(value));
  }
}

export type XlsxValue = string | number | Date | null;

export function toXlsxCell(type: FieldType, value: Cell): XlsxValue {
  if (value === null) return null;
  switch (type) {
    case 'money':
      return (value as number) / 100;
    case 'date': {
      const iso = value as string;
      // UTC midnight: exceljs turns a Date into an Excel serial from its UTC time, so the day is exact.
      return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
    }
    case 'period':
      return formatPeriodText(value as string);
    case 'boolean':
      return value ? 'да' : 'нет';
    case 'integer':
      return typeof value === 'number' ? value : Number(value);
    case 'decimal':
      return Number(value);
    case 'share': // text, or Excel would turn «1/2» into a date
    case 'text':
      return String(value);
  }
}
