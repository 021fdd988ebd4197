/**
 * @file API methods — Пределы для файлов: наибольший размер загрузки и разбора файла.
 * Spread into the one contract in contract.ts.
 */

export const uploadLimitsApiInputs = {};

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface UploadLimitsApiOutputs {}
