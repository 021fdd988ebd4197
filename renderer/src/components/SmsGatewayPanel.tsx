/**
 * @file The SMS gateway over HTTP (administrator: permission gateways.manage): its address and access key. Shown
 * on the Settings page and, for a role that also sends SMS, under the SMS screen. Only `https://` addresses (plain
 * http for a gateway on this computer); the key is shown as a mask and the panel says when it is stored unencrypted.
 */
import { useState } from 'react';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { FormMessage, type FormMessageValue } from './FormMessage';

export function SmsGatewayPanel({ onSaved }: { onSaved?: () => void }) {
  const [gateway, reload] = useApi('sms.gateway.get', {});
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const save = async (): Promise<void> => {
    setBusy(true);
    const r = await api.call('sms.gateway.set', { url, token });
    setBusy(false);
    setMessage(
      r.ok ? { kind: 'ok', text: `Шлюз сохранён: ${r.value.url ?? ''}` } : { kind: 'error', text: r.error.message },
    );
    reload();
    onSaved?.();
  };
  return (
    <form
      className="form work-toolbar"
      aria-label="SMS-шлюз"
      data-testid="sms-gateway"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted small">
        Сейчас:{' '}
        {gateway.state === 'ready'
          ? gateway.value.configured
            ? `${gateway.value.url ?? 'настроен'}${gateway.value.tokenMask ? `, ключ ${gateway.value.tokenMask}` : ''}`
            : 'не настроен'
          : gateway.state === 'error'
            ? gateway.error.message
            : '…'}
      </p>
      {gateway.state === 'ready' &&
        (gateway.value.configured ? !gateway.value.tokenEncrypted : !gateway.value.encryptionAvailable) && (
          <p className="muted small" role="note" data-testid="sms-gateway-plain-token">
            {gateway.value.configured
              ? 'Токен хранится без шифрования: используйте приложение для Windows или зашифруйте диск.'
              : 'Токен будет храниться без шифрования: используйте приложение для Windows или зашифруйте диск.'}
            {gateway.value.configured && gateway.value.encryptionAvailable
              ? ' Сохраните шлюз ещё раз — ключ будет зашифрован.'
              : ''}
          </p>
        )}
      <label>
        Адрес шлюза <input value={url} onChange={(e) => setUrl(e.target.value)} size={40} placeholder="https://…" />
      </label>
      <label>
        Ключ доступа <input type="password" value={token} onChange={(e) => setToken(e.target.value)} />
      </label>
      <button type="submit" disabled={busy}>
        Сохранить шлюз
      </button>
      <FormMessage message={message} />
    </form>
  );
}
