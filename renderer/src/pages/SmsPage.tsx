/**
 * @file Measure 1, SMS to debtors over the threshold: today's worklist and why others are left out, a template with
 * placeholders and a live segment count (GSM-7 160/153, Cyrillic 70/67), batches, the gateway file (CSV
 * `phone;text`, UTF-8) and the import of the delivery report. The preview is the message one of today's recipients
 * will get (the first by default, any of the first 20 on choice), rendered by the batch's own function with that
 * account's number, debt and address and the worklist's date — never a sample with made-up figures.
 */
import { useState } from 'react';
import type { SmsBatchView } from '../../../shared/api/contract-work';
import { smsSize } from '../../../shared/rules/contact/sms-segments';
import {
  DEFAULT_SMS_TEMPLATE,
  SMS_PLACEHOLDERS,
  smsTextFor,
  unknownPlaceholders,
} from '../../../shared/rules/contact/sms-template';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { uploadFile } from '../api/upload';
import { downloadBase64 } from '../components/download-file';
import { useSession } from '../session/session-context';
import { SmsGatewayPanel } from '../components/SmsGatewayPanel';
import { formatCount, formatDate, formatRub } from '../format';
import '../work.css';
import { FormMessage } from '../components/FormMessage';
import { countText, plural } from '../../../shared/text/plural';

const RECIPIENTS = ['получатель', 'получателя', 'получателей'] as const;
const SEGMENTS = ['сегмент', 'сегмента', 'сегментов'] as const;
const MESSAGES = ['сообщение', 'сообщения', 'сообщений'] as const;

/** What became of a batch's messages, apart: in a file, taken by the gateway, delivered, not delivered. */
function deliveryText(b: SmsBatchView): string {
  if (b.status === 'prepared' && b.sent + b.delivered + b.failed === 0) return '—';
  const parts = [
    b.exported > 0 ? `в файле ${formatCount(b.exported)} — ждут отчёта` : null,
    b.sent > 0 ? `отправлено ${formatCount(b.sent)} — ждут отчёта` : null,
    `доставлено ${formatCount(b.delivered)}`,
    `не доставлено ${formatCount(b.failed)}`,
  ];
  return parts.filter((p) => p !== null).join('; ');
}

export function SmsPage() {
  const [worklist, reloadWorklist] = useApi('sms.worklist', {});
  const [batches, reloadBatches] = useApi('sms.batches', {});
  const [gateway, reloadGateway] = useApi('sms.gateway.get', {});
  // The gateway's settings are the administrator's; one who cannot read them is offered the online send anyway
  // (the core answers if no gateway is set).
  const mayGateway = useSession().canCall('sms.gateway.get');
  const [template, setTemplate] = useState(DEFAULT_SMS_TEMPLATE);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  // A problem with the text itself: said beside the field, gone as soon as the clerk types.
  const [templateError, setTemplateError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [recipientIndex, setRecipientIndex] = useState(0);
  const recipients = worklist.state === 'ready' ? worklist.value.sample : [];
  const recipient = recipients[Math.min(recipientIndex, recipients.length - 1)] ?? null;
  const sample =
    recipient && worklist.state === 'ready' ? smsTextFor(template, recipient, worklist.value.date) : template;
  const size = smsSize(sample);
  const unknown = unknownPlaceholders(template);

  const act = async (what: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    await what();
    setBusy(false);
    reloadBatches();
    reloadWorklist();
  };
  const create = () => {
    if (template.trim().length < 5) {
      setTemplateError('Напишите текст сообщения: не короче 5 знаков.');
      return;
    }
    return act(async () => {
      const r = await api.call('sms.createBatch', { template });
      if (!r.ok && r.error.code === 'VALIDATION' && /текст|шаблон/i.test(r.error.message))
        return setTemplateError(r.error.message);
      setMessage(
        r.ok
          ? {
              kind: 'ok',
              text: `Пакет № ${r.value.id}: ${countText(r.value.recipients, RECIPIENTS)}, ${countText(r.value.segmentsTotal, SEGMENTS)}.`,
            }
          : { kind: 'error', text: r.error.message },
      );
    });
  };
  const exportBatch = (b: SmsBatchView) =>
    act(async () => {
      const r = await api.call('sms.exportBatch', { batchId: b.id });
      if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
      downloadBase64(r.value.base64, r.value.fileName, 'text/csv');
      setMessage({
        kind: 'ok',
        text: `Файл для шлюза «${r.value.fileName}»: ${countText(r.value.rows, MESSAGES)}, ${countText(r.value.segmentsTotal, SEGMENTS)}. Копия: ${r.value.savedPath}. Загрузите файл в шлюз, а потом его отчёт о доставке: выполнение плана считается по доставленным.`,
      });
    });
  const sendOnline = (b: SmsBatchView) =>
    act(async () => {
      const r = await api.call('sms.sendBatch', { batchId: b.id });
      if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
      const failed = r.value.failed
        .slice(0, 5)
        .map((f) => `${f.phone}: ${f.reason}`)
        .join('; ');
      setMessage({
        kind: r.value.failed.length > 0 ? 'error' : 'ok',
        text: `Через шлюз отправлено ${formatCount(r.value.sent)}, не отправлено ${formatCount(r.value.failed.length)}${failed ? ` (${failed})` : ''}.${r.value.failed.length > 0 ? ' Неотправленные можно выгрузить файлом.' : ''}`,
      });
    });
  const importReport = (b: SmsBatchView, file: File) =>
    act(async () => {
      const up = await uploadFile(file);
      if (!up.ok) return setMessage({ kind: 'error', text: up.error.message });
      const r = await api.call('sms.importReport', { batchId: b.id, uploadId: up.value.uploadId });
      setMessage(
        r.ok
          ? {
              kind: 'ok',
              text: `Отчёт: доставлено ${formatCount(r.value.delivered)}, не доставлено ${formatCount(r.value.failed)}, не распознано строк ${formatCount(r.value.unknown)}.`,
            }
          : { kind: 'error', text: r.error.message },
      );
    });

  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие 1 из 13</p>
      <h1 tabIndex={-1}>1. SMS-информирование должников</h1>
      {worklist.state === 'ready' && (
        <p data-testid="sms-worklist">
          На {formatDate(worklist.value.date)} получателей: <strong>{formatCount(worklist.value.eligible)}</strong>{' '}
          (долг более {formatRub(worklist.value.thresholdKopecks)}, мобильный номер без отказа от SMS, лимиты ФЗ-230, не
          чаще раза в 14 дней).{' '}
          {worklist.value.skipped.length > 0 && (
            <>Не подходят: {worklist.value.skipped.map((s) => `${s.reason} — ${s.count}`).join(', ')}.</>
          )}
        </p>
      )}
      {worklist.state === 'error' && <p className="error-text">{worklist.error.message}</p>}
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label>
          Текст сообщения (поля: {SMS_PLACEHOLDERS.map((p) => `${p.key} — ${p.label}`).join('; ')})
          <textarea
            data-testid="sms-template"
            rows={4}
            cols={80}
            value={template}
            aria-invalid={templateError !== null}
            aria-describedby={templateError ? 'sms-template-error' : undefined}
            onChange={(e) => {
              setTemplate(e.target.value);
              setTemplateError(null);
              if (message?.kind === 'error') setMessage(null);
            }}
          />
        </label>
        {templateError && (
          <p id="sms-template-error" role="alert" className="error-text field-error" data-testid="sms-template-error">
            {templateError}
          </p>
        )}
        {unknown.length > 0 && (
          <p className="error-text" role="alert">
            Неизвестные поля: {unknown.join(', ')}. Уберите их или возьмите поля из списка над текстом.
          </p>
        )}
        <p className="segment-meter" data-testid="sms-segments" aria-live="polite">
          Пример: {size.characters} знаков,{' '}
          {size.encoding === 'UCS-2' ? 'кириллица (70 / 67 в части)' : 'латиница GSM (160 / 153 в части)'} —{' '}
          <strong>{formatCount(size.segments)}</strong> {plural(size.segments, SEGMENTS)}
        </p>
        {recipient ? (
          <label>
            Пример — сообщение для л/с{' '}
            <select
              data-testid="sms-preview-account"
              value={Math.min(recipientIndex, recipients.length - 1)}
              onChange={(e) => setRecipientIndex(Number(e.target.value))}
            >
              {recipients.map((r, i) => (
                <option key={r.accountId} value={i}>
                  {r.number} — долг {formatRub(r.debtKopecks)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          worklist.state === 'ready' && (
            <p className="muted">Сегодня получателей нет — ниже текст шаблона без подстановки.</p>
          )
        )}
        <div className="sms-preview" data-testid="sms-preview">
          {sample}
        </div>
        <div className="form-actions">
          <button type="submit" disabled={busy || unknown.length > 0} data-testid="sms-create">
            Сформировать пакет
          </button>
          <FormMessage message={message} />
        </div>
      </form>
      <h2>Пакеты</h2>
      {batches.state === 'ready' && batches.value.length === 0 && <p className="muted">Пакетов ещё не было.</p>}
      {batches.state === 'ready' && batches.value.length > 0 && (
        <table className="grid" data-testid="sms-batches">
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">Дата</th>
              <th scope="col">Получателей</th>
              <th scope="col">Сегментов</th>
              <th scope="col">Статус</th>
              <th scope="col" className="sms-delivery-col">
                Доставка
              </th>
              <th scope="col">Действия</th>
            </tr>
          </thead>
          <tbody>
            {batches.value.map((b) => (
              <tr key={b.id}>
                <td>{b.id}</td>
                <td>{formatDate(b.createdDate)}</td>
                <td>{formatCount(b.recipients)}</td>
                <td>{formatCount(b.segmentsTotal)}</td>
                <td>{b.status === 'prepared' ? 'подготовлен' : 'передан шлюзу'}</td>
                <td data-testid="sms-batch-delivery">{deliveryText(b)}</td>
                <td>
                  {b.status === 'prepared' ? (
                    <>
                      <button type="button" disabled={busy} onClick={() => void exportBatch(b)}>
                        Выгрузить CSV для шлюза
                      </button>{' '}
                      {(!mayGateway || (gateway.state === 'ready' && gateway.value.configured)) && (
                        <button type="button" className="secondary" disabled={busy} onClick={() => void sendOnline(b)}>
                          Отправить через шлюз
                        </button>
                      )}
                    </>
                  ) : (
                    <label className="inline-field">
                      Отчёт о доставке{' '}
                      <input
                        type="file"
                        accept=".csv,.txt"
                        onChange={(e) => e.target.files?.[0] && void importReport(b, e.target.files[0])}
                      />
                    </label>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayGateway && (
        <details>
          <summary>SMS-шлюз по HTTP (необязательно)</summary>
          <SmsGatewayPanel onSaved={reloadGateway} />
        </details>
      )}
    </section>
  );
}
