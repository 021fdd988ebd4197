/**
 * @file «Подписант претензий» (the head of the office: permission documents.settings): who signs the claims — name, position, phone for enquiries — by
 * default and, where set, for a particular УК; the region printed in the address window; the payment term in days
 * from receipt; whether months past the limitation period are demanded. A batch for a УК without a signer is
 * refused, so this is where the clerk is sent.
 */
import { useState } from 'react';
import type { ClaimLetterSettings, ClaimSigner, ClaimSettingsView } from '../../../shared/api/contract-documents';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import { FormMessage } from './FormMessage';
import { NumberField } from './fields/NumberField';

const EMPTY: ClaimSigner = { fullName: '', position: '', phone: '' };

export function ClaimSettingsPanel() {
  const [loaded, reload] = useApi('claims.settings', {});
  const session = useSession();
  const [companyId, setCompanyId] = useState<number | null>(null);
  const [draft, setDraft] = useState<ClaimSigner | null>(null);
  const [letters, setLetters] = useState<ClaimLetterSettings | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  if (loaded.state !== 'ready') {
    return (
      <section aria-labelledby="claim-settings-title">
        <h2 id="claim-settings-title">Подписант претензий</h2>
        {loaded.state === 'error' && <p className="error-text">{loaded.error.message}</p>}
      </section>
    );
  }
  const view: ClaimSettingsView = loaded.value;
  // Signers and letter texts belong to whoever has «подписанты и тексты писем» (the head by default).
  const mayEdit = session.canCall('claims.saveSigner');
  const current =
    companyId === null
      ? view.signers.defaultSigner
      : (view.signers.companies.find((c) => c.companyId === companyId)?.signer ?? null);
  const signer = draft ?? current ?? EMPTY;
  const settings = letters ?? view.letters;
  const done = (text: string) => (r: { ok: true } | { ok: false; error: { message: string } }) => {
    if (r.ok) {
      setMessage({ kind: 'ok', text });
      setDraft(null);
      setLetters(null);
      reload();
    } else setMessage({ kind: 'error', text: r.error.message });
  };
  const saveSigner = async (remove: boolean) => {
    const r = await api.call('claims.saveSigner', { companyId, signer: remove ? null : signer });
    done(remove ? 'Подписант удалён.' : 'Подписант сохранён.')(r);
  };
  const saveLetters = async () => {
    const r = await api.call('claims.saveLetterSettings', { ...settings });
    done('Настройки писем сохранены.')(r);
  };
  const field = (key: keyof ClaimSigner, label: string) => (
    <label>
      {label}
      <input
        name={`signer-${key}`}
        value={signer[key]}
        disabled={!mayEdit}
        onChange={(e) => setDraft({ ...signer, [key]: e.target.value })}
      />
    </label>
  );
  return (
    <section aria-labelledby="claim-settings-title" data-testid="claim-settings">
      <h2 id="claim-settings-title">Подписант претензий</h2>
      <p className="muted">
        ФИО, должность и телефон для справок печатаются под каждой претензией. Подписант по умолчанию подписывает
        претензии всех УК, для которых не указан свой. Без подписанта пакет претензий не формируется. Изменять может
        начальник отдела (право «подписанты и тексты писем»).
      </p>
      <form
        className="form"
        aria-label="Подписант"
        onSubmit={(e) => {
          e.preventDefault();
          void saveSigner(false);
        }}
      >
        <label>
          Для кого
          <select
            name="signer-company"
            value={companyId ?? ''}
            onChange={(e) => {
              setCompanyId(e.target.value === '' ? null : Number(e.target.value));
              setDraft(null);
              setMessage(null);
            }}
          >
            <option value="">по умолчанию (все УК без своего подписанта)</option>
            {view.signers.companies.map((c) => (
              <option key={c.companyId} value={c.companyId}>
                {c.name}
                {c.signer ? ` — ${c.signer.fullName}` : ''}
              </option>
            ))}
          </select>
        </label>
        {field('fullName', 'ФИО')}
        {field('position', 'Должность')}
        {field('phone', 'Телефон для справок')}
        <div className="form-actions">
          <button type="submit" disabled={!mayEdit} data-testid="signer-save">
            Сохранить подписанта
          </button>
          {current && (
            <button type="button" className="link-button" disabled={!mayEdit} onClick={() => void saveSigner(true)}>
              Удалить
            </button>
          )}
          {!mayEdit && <span className="muted">Просмотр: изменять может начальник отдела.</span>}
        </div>
      </form>
      <form
        className="form"
        aria-label="Письма с претензией"
        onSubmit={(e) => {
          e.preventDefault();
          void saveLetters();
        }}
      >
        <label>
          Регион в адресе на конверте
          <input
            name="claim-region"
            value={settings.region}
            disabled={!mayEdit}
            onChange={(e) => setLetters({ ...settings, region: e.target.value })}
          />
        </label>
        <NumberField
          label="Срок оплаты, дней со дня получения претензии"
          name="Срок оплаты"
          min={1}
          max={90}
          required
          inputName="claim-payment-days"
          value={settings.paymentDays}
          disabled={!mayEdit}
          onChange={(v) => setLetters({ ...settings, paymentDays: v ?? 0 })}
        />
        <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', fontWeight: 400 }}>
          <input
            type="checkbox"
            name="claim-include-time-barred"
            checked={settings.includeTimeBarred}
            disabled={!mayEdit}
            onChange={(e) => setLetters({ ...settings, includeTimeBarred: e.target.checked })}
          />
          Включать в требование месяцы за пределами срока исковой давности (иначе они только отмечаются в выписке)
        </label>
        <div className="form-actions">
          <button type="submit" disabled={!mayEdit}>
            Сохранить настройки писем
          </button>
          <FormMessage message={message} />
        </div>
      </form>
    </section>
  );
}
