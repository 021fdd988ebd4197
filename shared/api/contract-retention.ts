/**
 * @file API methods — Хранение: сроки хранения загруженных файлов, выгрузок и документов, очистка.
 * Spread into the one contract in contract.ts.
 */

export const retentionApiInputs = {};

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RetentionApiOutputs {}
