/**
 * @file «Резервные копии» (administrator: backups.manage): the folder copies go to (a USB or network drive the
 * administrator chooses; empty = the folder beside the database), the daily copy and the copy at exit, «Сделать
 * копию сейчас», the list of copies (date, size, reason, checked) and «Восстановить из копии» with a confirmation:
 * the current database is saved first and everyone is signed out, so after the restore the page reloads to sign-in.
 */
import { useState } from 'react';
import type { BackupItem, BackupReasonCode, BackupSettingsView } from '../../../shared/api/contract-backup';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { FormMessage, type FormMessageValue } from './FormMessage';

const REASONS: Record<BackupReasonCode, string> = {
  daily: 'ежедневная',
  exit: 'при выходе',
  manual: 'вручную',
  'before-restore': 'перед восстановлением',
};

function formatWhen(item: BackupItem): string {
  const [y, m, d] = item.date.split('-');
  return `${d}.${m}.${y} ${item.time.slice(0, 5)}`;
}

function formatMb(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1).replace('.', ',')} МБ`;
}

export function BackupPanel() {
  const [settings] = useApi('backups.settings', {});
  return (
    <section aria-labelledby="backups-title" data-testid="backup-panel">
      <h2 id="backups-title">Резервные копии</h2>
      {settings.state === 'error' && <p className="error-text">{settings.error.message}</p>}
      {settings.state === 'ready' && <BackupSettingsForm initial={settings.value} />}
      <BackupList />
    </section>
  );
}

function BackupSettingsForm({ initial }: { initial: BackupSettingsView }) {
  const [folder, setFolder] = useState(initial.isDefault ? '' : initial.folder);
  const [daily, setDaily] = useState(initial.daily);
  const [atExit, setAtExit] = useState(initial.atExit);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const save = async (): Promise<void> => {
    const r = await api.call('backups.saveSettings', { folder, daily, atExit });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setFolder(r.value.isDefault ? '' : r.value.folder);
    setMessage({ kind: 'ok', text: `Настройки сохранены. Копии сохраняются в ${r.value.folder}.` });
  };
  return (
    <form
      className="form"
      aria-label="Настройки резервных копий"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        Папка для копий (например, флешка или сетевой диск; пусто — {initial.defaultFolder})
        <input
          name="backupFolder"
          value={folder}
          placeholder={initial.defaultFolder}
          onChange={(e) => setFolder(e.target.value)}
        />
      </label>
      <label className="checkbox-label">
        <input type="checkbox" name="backupDaily" checked={daily} onChange={(e) => setDaily(e.target.checked)} />
        Копия каждый день
      </label>
      <label className="checkbox-label">
        <input type="checkbox" name="backupAtExit" checked={atExit} onChange={(e) => setAtExit(e.target.checked)} />
        Копия при выходе из программы, если данные менялись
      </label>
      <p className="muted small">
        Хранятся копии за последние 7 дней, 4 недели и 12 месяцев; копии «перед восстановлением» не удаляются.
      </p>
      <div className="form-actions">
        <button type="submit">Сохранить</button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}

function BackupList() {
  const [loaded, reload] = useApi('backups.list', {});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const [confirming, setConfirming] = useState<BackupItem | null>(null);

  const makeNow = async (): Promise<void> => {
    setBusy(true);
    setMessage(null);
    const r = await api.call('backups.make', {});
    setBusy(false);
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setMessage({ kind: 'ok', text: `Копия сохранена и проверена: ${r.value.name} (${formatMb(r.value.sizeBytes)}).` });
    reload();
  };

  const restore = async (item: BackupItem): Promise<void> => {
    setBusy(true);
    setMessage(null);
    const r = await api.call('backups.restore', { name: item.name });
    setBusy(false);
    setConfirming(null);
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setMessage({ kind: 'ok', text: `База восстановлена из копии от ${formatWhen(item)}. Войдите в программу заново.` });
    // Every session ended with the old database: the reload shows the sign-in.
    window.setTimeout(() => window.location.reload(), 1500);
  };

  return (
    <div data-testid="backup-list">
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => void makeNow()}>
          {busy ? 'Подождите…' : 'Сделать копию сейчас'}
        </button>
        <FormMessage message={message} />
      </div>
      {loaded.state === 'error' && <p className="error-text">{loaded.error.message}</p>}
      {loaded.state === 'ready' && (
        <>
          <p className="muted small">Папка: {loaded.value.folder}</p>
          {loaded.value.items.length === 0 ? (
            <p className="muted">Копий пока нет.</p>
          ) : (
            <table className="grid" data-testid="backups-table">
              <thead>
                <tr>
                  <th scope="col">Дата</th>
                  <th scope="col">Размер</th>
                  <th scope="col">Причина</th>
                  <th scope="col">Состояние</th>
                  <th scope="col">
                    <span className="visually-hidden">Действия</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {loaded.value.items.map((item) => (
                  <tr key={item.name} data-testid={`backup-row-${item.name}`}>
                    <td title={item.name}>{formatWhen(item)}</td>
                    <td>{formatMb(item.sizeBytes)}</td>
                    <td>{REASONS[item.reason]}</td>
                    <td>
                      {item.verified ? 'проверена' : <span className="error-text">повреждена: {item.problem}</span>}
                    </td>
                    <td className="nowrap">
                      <button
                        type="button"
                        className="link-button"
                        disabled={busy || !item.verified}
                        onClick={() => {
                          setMessage(null);
                          setConfirming(item);
                        }}
                      >
                        Восстановить из копии
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {confirming && (
        <div className="notice" role="alertdialog" aria-labelledby="restore-confirm-text" data-testid="restore-confirm">
          <p id="restore-confirm-text">
            Восстановить базу из копии от {formatWhen(confirming)} ({REASONS[confirming.reason]})? Копия будет
            проверена, текущая база сначала сохранится как копия «перед восстановлением». Все пользователи выйдут из
            программы и войдут заново; изменения, сделанные после этой копии, в базе не останутся.
          </p>
          <div className="form-actions">
            <button type="button" disabled={busy} onClick={() => void restore(confirming)}>
              {busy ? 'Восстановление…' : 'Да, восстановить'}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setConfirming(null)}>
              Отмена
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
