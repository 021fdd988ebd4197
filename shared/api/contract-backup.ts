/**
 * @file API methods — Резервные копии: ежедневная и при выходе копия (VACUUM INTO) с проверкой, ротация, список, восстановление.
 * Spread into the one contract in contract.ts.
 */

export const backupApiInputs = {};

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BackupApiOutputs {}
