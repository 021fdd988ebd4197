/**
 * @file The SMS preview (measure 1): the template rendered for one of today's recipients — the first of the
 * worklist (the largest debt, the batch's first message) or the one the clerk picked — by the same function the
 * batch uses, so the screen shows the very text that account will get. It used to show a made-up 45 320,50 ₽ on
 * the screen and the district's largest debt in the API, whether or not that account was a recipient at all.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import { smsSize } from '../../../shared/rules/contact/sms-segments';
import { smsTextFor, unknownPlaceholders } from '../../../shared/rules/contact/sms-template';
import type { SmsPreview } from '../../../shared/api/contract-work';
import { smsWorklist, withAddresses } from './sms-worklist';

export function smsPreview(
  sqlite: Database.Database,
  input: { template: string; accountId: number | null },
  today: string,
): SmsPreview {
  const { recipients } = smsWorklist(sqlite, today);
  const chosen = input.accountId === null ? recipients[0] : recipients.find((r) => r.accountId === input.accountId);
  if (input.accountId !== null && !chosen) {
    throw new AppError('NOT_FOUND', 'Этого лицевого счёта нет среди сегодняшних получателей SMS.');
  }
  const recipient = chosen ? (withAddresses(sqlite, [chosen])[0] ?? null) : null;
  const text = recipient ? smsTextFor(input.template, recipient, today) : input.template;
  return { recipient, date: today, text, ...smsSize(text), unknownPlaceholders: unknownPlaceholders(input.template) };
}
