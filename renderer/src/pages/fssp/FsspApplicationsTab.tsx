/**
 * @file The bailiffs' page, tab «Заявления и реестры» (measure 10): the writs to send with the applications and
 * petitions prepared for them, the prepared applications grouped by department (or bank) with «Сформировать
 * реестр», and the transfer registers with their files and the handing over (which presents the writs).
 */
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { formatRubles } from '../../format';
import { CandidatesSection } from './applications/CandidatesSection';
import { PreparedSection } from './applications/PreparedSection';
import { RegistersSection } from './applications/RegistersSection';
import './applications/applications.css';

export function FsspApplicationsTab() {
  const [candidates, reloadCandidates] = useApi('fsspApplications.candidates', {});
  const [prepared, reloadPrepared] = useApi('fsspApplications.list', { unregistered: true });
  const [registers, reloadRegisters] = useApi('fsspRegisters.list', {});
  const [message, setMessage] = useState<string | null>(null);
  const reload = () => {
    reloadCandidates();
    reloadPrepared();
    reloadRegisters();
  };

  return (
    <div className="fssp-apps">
      <p className="muted">
        Каждый полученный исполнительный документ направляется в отдел судебных приставов по адресу должника с
        заявлением о возбуждении исполнительного производства (229-ФЗ ст.30) или в банк должника (ст.8). Документ
        считается предъявленным в день передачи реестра — тогда срок предъявления перестаёт течь.
      </p>
      {message && (
        <p className="ok-text" role="status" data-testid="fssp-apps-message">
          {message}
        </p>
      )}

      <h2>Исполнительные документы к направлению</h2>
      {candidates.state === 'loading' && <p className="muted">Загрузка…</p>}
      {candidates.state === 'error' && (
        <p className="error-text" role="alert">
          {candidates.error.message}
        </p>
      )}
      {candidates.state === 'ready' && (
        <CandidatesSection
          data={candidates.value}
          onPrepared={(r) => {
            setMessage(r.summary);
            reload();
          }}
        />
      )}

      <h2>Подготовленные заявления</h2>
      {prepared.state === 'error' && (
        <p className="error-text" role="alert">
          {prepared.error.message}
        </p>
      )}
      {prepared.state === 'ready' && (
        <PreparedSection
          apps={prepared.value}
          onRegister={(r) => {
            setMessage(
              `Реестр № ${r.id} сформирован: ${r.recipientName}, заявлений ${r.applicationsCount} на ${formatRubles(r.totalKopecks)} ₽. Распечатайте его и отметьте передачу.`,
            );
            reload();
          }}
          onChanged={() => {
            setMessage('Заявление отозвано.');
            reload();
          }}
        />
      )}

      <h2>Реестры передачи</h2>
      {registers.state === 'error' && (
        <p className="error-text" role="alert">
          {registers.error.message}
        </p>
      )}
      {registers.state === 'ready' && (
        <RegistersSection
          registers={registers.value}
          onHanded={(m) => {
            setMessage(m.summary);
            reload();
          }}
        />
      )}
    </div>
  );
}
