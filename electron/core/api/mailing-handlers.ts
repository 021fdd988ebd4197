/**
 * @file Handlers of mailing claim letters (shared/api/contract-mailing.ts): the plan and files of a batch's
 * mailing lists, letters with tracking numbers and delivery, postal codes per building, the post's tariffs.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import type { mailingApiInputs, MailLetterView } from '../../../shared/api/contract-mailing';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { AppError } from '../app-error';
import { listBuildingPostalCodes, setBuildingPostalCode } from '../mailing/building-postal-codes';
import { setDeliveryOutcome } from '../mailing/delivery-outcome';
import { exportMailing } from '../mailing/mailing-export';
import { planMailing } from '../mailing/mailing-plan';
import { mailingPlanView } from '../mailing/mailing-plan-view';
import { mailItemsOf } from '../mailing/mail-items';
import { importPostalCodes } from '../mailing/postal-codes-import';
import { listTariffs, saveTariff } from '../mailing/postal-tariffs';
import { importTrackingNumbers } from '../mailing/tracking-import';
import { journalActor } from '../auth/actor';

export function createMailingHandlers(ctx: CoreContext): Pick<ApiHandlers, keyof typeof mailingApiInputs> {
  const today = () => isoDateInZone(ctx.clock());
  return {
    'mailing.plan': ({ batchId, handoverDate, notice }) =>
      mailingPlanView(planMailing(ctx.sqlite, batchId, today(), { handoverDate, notice })),
    'mailing.export': async ({ batchId, handoverDate, notice }, { actor }) => {
      const made = await exportMailing(
        { sqlite: ctx.sqlite, dataDir: ctx.dataDir, by: journalActor(actor), nowMs: ctx.clock(), today: today() },
        batchId,
        { handoverDate, notice },
      );
      return { ...mailingPlanView(made.plan), folder: made.folder, files: made.files };
    },
    'mailing.letters': ({ batchId }) =>
      mailItemsOf(ctx.sqlite, batchId, today())
        .slice(0, 2000)
        .map((m): MailLetterView => ({
          id: m.id,
          orderNumber: m.orderNumber,
          recipientName: m.recipientName,
          address: m.address,
          postalCode: m.postalCode,
          accountNumber: m.accountNumber,
          totalKopecks: m.totalKopecks,
          trackingNumber: m.trackingNumber,
          outcome: m.outcome,
          outcomeDate: m.outcomeDate,
        })),
    'mailing.importTracking': ({ batchId, text }) => importTrackingNumbers(ctx.sqlite, batchId, text),
    'mailing.setOutcome': (input, { actor }) => setDeliveryOutcome(ctx.sqlite, input, journalActor(actor), ctx.clock()),
    'mailing.postalCodes': (input) => listBuildingPostalCodes(ctx.sqlite, input),
    'mailing.setPostalCode': ({ buildingId, postalCode }) =>
      setBuildingPostalCode(ctx.sqlite, buildingId, postalCode === '' ? null : postalCode),
    'mailing.importPostalCodes': ({ base64 }) => {
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.length === 0) throw new AppError('MAILING.POSTAL_CODES_CSV', 'Файл индексов пуст. Ничего не записано.');
      return importPostalCodes(ctx.sqlite, bytes);
    },
    'mailing.tariffs': () => listTariffs(ctx.sqlite),
    'mailing.saveTariff': (tariff, { actor }) =>
      saveTariff(ctx.sqlite, tariff, journalActor(actor), ctx.clock(), today()),
  };
}
