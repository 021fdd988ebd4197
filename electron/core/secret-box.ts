/**
 * @file Secrets at rest (the SMS gateway's key): the core never imports `electron`, so the Electron shell injects a
 * box built on `safeStorage` (DPAPI on Windows, the Keychain on macOS, the keyring on Linux) through
 * OpenCoreOptions.secrets. A sealed value is stored as `v1:<base64>`; where no box is available (the browser host,
 * the CLI, a Linux without a keyring) the value is stored as it is and the settings say so.
 */
import { AppError } from './app-error';

export interface SecretBox {
  /** Whether encrypt/decrypt work here (safeStorage.isEncryptionAvailable(), read when asked). */
  readonly available: boolean;
  /** The text encrypted, as base64. */
  encrypt(text: string): string;
  /** Back from base64 to the text; throws when this computer or user cannot open it. */
  decrypt(base64: string): string;
}

const PREFIX = 'v1:';

export function canSeal(box: SecretBox | undefined): box is SecretBox {
  return box !== undefined && box.available;
}

/** `v1:<base64>` of the text; the caller checks canSeal first. */
export function seal(box: SecretBox, text: string): string {
  return PREFIX + box.encrypt(text);
}

export function isSealed(value: string): boolean {
  return value.startsWith(PREFIX);
}

/** Opens a sealed value; a Russian AppError when it cannot be opened here (another computer, user or host). */
export function unseal(box: SecretBox | undefined, sealed: string, what: string): string {
  if (!isSealed(sealed)) throw new AppError('CONFLICT', `${what} сохранён в неизвестном виде. Введите его заново.`);
  if (!canSeal(box))
    throw new AppError(
      'CONFLICT',
      `${what} зашифрован средствами приложения для Windows и здесь не может быть прочитан. Введите его заново в настройках или работайте из приложения для Windows. Ничего не отправлено.`,
    );
  try {
    return box.decrypt(sealed.slice(PREFIX.length));
  } catch {
    throw new AppError(
      'CONFLICT',
      `${what} зашифрован на другом компьютере или другим пользователем Windows и здесь не расшифровывается. Введите его заново в настройках. Ничего не отправлено.`,
    );
  }
}
