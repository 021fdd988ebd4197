/**
 * @file API methods — Сервер офиса в локальной сети: настройка, адрес и отпечаток сертификата.
 * Spread into the one contract in contract.ts.
 *
 * The desktop application serves the office over HTTPS when the administrator switches it on (effective at the
 * next start of the application); the browser host does the same with `npm run serve -- --lan`.
 */
import { z } from './zod-russian';

const FilePath = (label: string) =>
  z
    .string({ error: `${label}: укажите путь к файлу.` })
    .trim()
    .min(1, `${label}: укажите путь к файлу.`)
    .max(1000, `${label}: слишком длинный путь.`)
    .nullable()
    .default(null);

export const lanApiInputs = {
  /** The setting, the certificate's fingerprint, this PC's addresses, and whether the server runs now. */
  'lan.get': z.object({}).strict(),
  /** Saves the setting (administrator); an own certificate is checked before it is stored. */
  'lan.save': z
    .object({
      enabled: z.boolean({ error: 'Укажите, включён ли сервер офиса.' }),
      port: z
        .number({ error: 'Порт: укажите число.' })
        .int('Порт — целое число.')
        .min(1024, 'Порт: от 1024 до 65535.')
        .max(65535, 'Порт: от 1024 до 65535.'),
      bindAddress: z
        .string()
        .trim()
        .max(45, 'Адрес: не длиннее 45 знаков.')
        .regex(/^[0-9a-fA-F.:]{2,45}$/, 'Адрес: IP-адрес этого компьютера или 0.0.0.0 (все адреса).')
        .default('0.0.0.0'),
      certFile: FilePath('Сертификат офиса'),
      keyFile: FilePath('Ключ сертификата'),
    })
    .strict()
    .refine((v) => (v.certFile === null) === (v.keyFile === null), {
      message: 'Укажите и сертификат, и ключ офиса — или ни того, ни другого (тогда сертификат создаётся сам).',
      path: ['keyFile'],
    }),
};

export interface LanView {
  enabled: boolean;
  port: number;
  bindAddress: string;
  certFile: string | null;
  keyFile: string | null;
  /** SHA-256 of the certificate colleagues will see (null: not generated yet — it is made at the first start). */
  fingerprint: string | null;
  hostName: string;
  /** https://<address>:<port>/ for each network address of this PC. */
  urls: string[];
  /** The server running in this application now (null: not running). */
  running: { port: number; urls: string[]; fingerprint: string; certificate: 'own' | 'generated' } | null;
}

export interface LanApiOutputs {
  'lan.get': LanView;
  'lan.save': LanView;
}
