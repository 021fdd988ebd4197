/**
 * @file Which SMS gateway addresses are accepted (shared, pure; the API's input check and the core both ask it).
 * The gateway receives the access key and the debtors' phone numbers and texts, so only `https:` is accepted;
 * plain `http:` only for a gateway on this very computer (127.0.0.1, ::1, localhost — for testing). No other
 * scheme (`file:`, `ftp:`, `data:` …) and no login or password inside the address (the key has its own field).
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', '::1', 'localhost']);

/** Why the address is refused (a Russian sentence for the clerk), or null when it is accepted. */
export function gatewayUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'Адрес шлюза — полный URL, например https://sms.example.ru/api/send.';
  }
  if (url.username !== '' || url.password !== '')
    return 'Не указывайте логин и пароль в адресе шлюза: ключ доступа вводится в своё поле.';
  if (url.protocol === 'https:') return url.hostname === '' ? 'В адресе шлюза нет имени сервера.' : null;
  if (url.protocol === 'http:') {
    if (LOOPBACK_HOSTS.has(url.hostname.toLowerCase())) return null;
    return 'Адрес шлюза должен начинаться с https://: по http ключ и телефоны должников шли бы по сети открытым текстом (http допускается только для шлюза на этом компьютере — 127.0.0.1 или localhost).';
  }
  return `Адрес шлюза должен начинаться с https://, «${url.protocol}» не подходит.`;
}

/** The address as shown to the page: without a login or password an old setting may still hold. */
export function displayedGatewayUrl(text: string): string {
  try {
    const url = new URL(text);
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return text;
  }
}
