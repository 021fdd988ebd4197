/**
 * @file «Сервер офиса в локальной сети» (administrator: permission settings.manage): the desktop application also
 * serves the office over HTTPS — switch, port, the office's own certificate, and what colleagues open: this PC's
 * addresses and the certificate's fingerprint, which they compare with the browser's warning. Takes effect at the
 * application's next start; the browser host does the same with `npm run serve -- --lan`.
 */
import { useState } from 'react';
import type { LanView } from '../../../shared/api/contract-lan';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { FormMessage, type FormMessageValue } from './FormMessage';
import { NumberField } from './fields/NumberField';

export function LanPanel() {
  const [loaded] = useApi('lan.get', {});
  return (
    <section aria-labelledby="lan-title" data-testid="lan-panel">
      <h2 id="lan-title">Сервер офиса в локальной сети</h2>
      {loaded.state === 'error' && <p className="error-text">{loaded.error.message}</p>}
      {loaded.state === 'ready' && <LanForm initial={loaded.value} />}
    </section>
  );
}

function LanForm({ initial }: { initial: LanView }) {
  const [view, setView] = useState(initial);
  const [enabled, setEnabled] = useState(initial.enabled);
  const [port, setPort] = useState<number | null>(initial.port);
  const [certFile, setCertFile] = useState(initial.certFile ?? '');
  const [keyFile, setKeyFile] = useState(initial.keyFile ?? '');
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const save = async (): Promise<void> => {
    const r = await api.call('lan.save', {
      enabled,
      port: port ?? 0,
      bindAddress: view.bindAddress,
      certFile: certFile.trim() || null,
      keyFile: keyFile.trim() || null,
    });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setView(r.value);
    setMessage({
      kind: 'ok',
      text: r.value.enabled
        ? 'Сохранено. Сервер офиса запустится при следующем запуске приложения.'
        : 'Сохранено. Сервер офиса не будет запускаться (остановится при выходе из приложения).',
    });
  };
  const shownUrls = view.running?.urls ?? view.urls;
  const fingerprint = view.running?.fingerprint ?? view.fingerprint;
  return (
    <form
      className="form"
      aria-label="Сервер офиса"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted small" data-testid="lan-state">
        {view.running ? `Работает на порту ${view.running.port}.` : 'Сейчас не работает.'} Один компьютер офиса
        открывает базу для коллег: они входят под своими логинами в браузере по адресу ниже. Компьютер должен оставаться
        включённым, приложение — открытым; порт нужно разрешить в брандмауэре для локальной сети.
      </p>
      <label className="checkbox-label">
        <input type="checkbox" name="enabled" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        Открывать базу для коллег по локальной сети (HTTPS)
      </label>
      <NumberField
        plain
        label="Порт"
        name="Порт"
        inputName="port"
        min={1024}
        max={65535}
        required
        value={port}
        onChange={setPort}
      />
      <label>
        Сертификат офиса (PEM), если есть
        <input name="certFile" value={certFile} onChange={(e) => setCertFile(e.target.value)} size={50} />
      </label>
      <label>
        Ключ сертификата (PEM)
        <input name="keyFile" value={keyFile} onChange={(e) => setKeyFile(e.target.value)} size={50} />
      </label>
      <p className="muted small">Без своего сертификата приложение создаёт его само при первом запуске сервера.</p>
      <div>
        <strong>Адреса для коллег</strong>
        {shownUrls.length > 0 ? (
          <ul data-testid="lan-urls">
            {shownUrls.map((u) => (
              <li key={u}>
                <code>{u}</code>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">Сетевых адресов не найдено — проверьте подключение к сети.</p>
        )}
      </div>
      <p data-testid="lan-fingerprint">
        <strong>Отпечаток сертификата (SHA-256):</strong>{' '}
        {fingerprint ? <code>{fingerprint}</code> : 'появится при первом запуске сервера'}
        <br />
        <span className="muted small">
          Браузер коллеги предупредит о сертификате: пусть сверит этот отпечаток с показанным в браузере и только тогда
          продолжит.
        </span>
      </p>
      <p className="muted small">
        Без настольного приложения тот же сервер запускается командой <code>npm run serve -- --lan</code>.
      </p>
      <div className="form-actions">
        <button type="submit">Сохранить</button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
