/**
 * @file Настройки: the organisation's names printed in document headers (saved through `settings.update`; the core
 * validates and answers errors in Russian, shown next to the form), and the panels of the administration — users,
 * security, gateways, claim signers, legal tables — each shown to the roles that may use it.
 */
import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/api/contract';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ClaimSettingsPanel } from '../components/ClaimSettingsPanel';
import { LegalTablesPanel } from '../components/LegalTablesPanel';
import { CourtRulesPanel } from '../components/CourtRulesPanel';
import { RolesPanel } from '../components/RolesPanel';
import { FormMessage } from '../components/FormMessage';
import { UsersPanel } from '../components/UsersPanel';
import { SecurityPanel } from '../components/SecurityPanel';
import { UploadLimitsPanel } from '../components/UploadLimitsPanel';
import { SmsGatewayPanel } from '../components/SmsGatewayPanel';
import { LanPanel } from '../components/LanPanel';
import { PostalTariffsPanel } from '../components/PostalTariffsPanel';
import { RetentionPanel } from '../components/RetentionPanel';
import { BackupPanel } from '../components/BackupPanel';
import { useSession } from '../session/session-context';

export function SettingsPage() {
  const [loaded] = useApi('settings.get', {});
  const { canCall } = useSession();
  return (
    <section>
      <h1 tabIndex={-1}>Настройки</h1>
      {canCall('settings.update') && (
        <>
          {loaded.state === 'error' && <p className="error-text">{loaded.error.message}</p>}
          {loaded.state === 'ready' && <SettingsForm initial={loaded.value} />}
        </>
      )}
      {canCall('users.list') && <UsersPanel />}
      {/* The roles' permissions (RolesPanel, i11-roles) go here, for canCall('roles.get'). */}
      {canCall('security.get') && <SecurityPanel />}
      {canCall('sms.gateway.set') && (
        <section aria-labelledby="sms-gateway-title">
          <h2 id="sms-gateway-title">SMS-шлюз по HTTP</h2>
          <SmsGatewayPanel />
        </section>
      )}
      {canCall('mailing.saveTariff') && <PostalTariffsPanel />}
      {canCall('claims.settings') && <ClaimSettingsPanel />}
      <LegalTablesPanel />
      {canCall('courtRules.save') && <CourtRulesPanel />}
      <RolesPanel />
      {canCall('backups.list') && <BackupPanel />}
      {canCall('retention.get') && <RetentionPanel />}
      {canCall('uploadLimits.get') && <UploadLimitsPanel />}
      {canCall('lan.get') && <LanPanel />}
    </section>
  );
}

function SettingsForm({ initial }: { initial: Settings }) {
  const [form, setForm] = useState<Settings>(initial);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaving(true);
    const result = await api.call('settings.update', form);
    setSaving(false);
    if (result.ok) {
      setForm(result.value);
      setMessage({ kind: 'ok', text: 'Настройки сохранены.' });
    } else {
      setMessage({ kind: 'error', text: result.error.message });
    }
  };

  return (
    <form className="form" aria-label="Сведения об организации" onSubmit={(e) => void onSubmit(e)}>
      <label>
        Наименование организации
        <input
          name="organisationName"
          value={form.organisationName}
          onChange={(e) => setForm({ ...form, organisationName: e.target.value })}
        />
      </label>
      <label>
        Муниципальное образование
        <input
          name="districtName"
          value={form.districtName}
          onChange={(e) => setForm({ ...form, districtName: e.target.value })}
        />
      </label>
      <label>
        Ответственный исполнитель
        <input
          name="responsiblePerson"
          value={form.responsiblePerson}
          onChange={(e) => setForm({ ...form, responsiblePerson: e.target.value })}
        />
      </label>
      <div className="form-actions">
        <button type="submit" disabled={saving} data-primary-action data-testid="settings-save">
          {saving ? 'Сохранение…' : 'Сохранить'}
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
