/**
 * @file API methods — Сервер офиса в локальной сети: настройка, адрес и отпечаток сертификата.
 * Spread into the one contract in contract.ts.
 */

export const lanApiInputs = {};

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface LanApiOutputs {}
