/**
 * @file Handlers of the clerks' daily work (shared/api/contract-work.ts): users, rules, next steps and pauses, the
 * call queue and call outcomes, promises, SMS batches, the plan cockpit. Administrator-only changes check the
 * acting user's role. Seeds the plan's targets on a database that has none (users come from the first
 * administrator, or the demo district).
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import type { workApiInputs, RulesView } from '../../../shared/api/contract-work';
import { AppError } from '../app-error';
import { localMoment } from '../../../shared/rules/contact/local-time';
import { FACT_SPECS } from '../../../shared/rules/eligibility/facts';
import { listUsers, saveUser } from '../users/users-repo';
import { journalActor, type Actor } from '../auth/actor';
import { blockContacts } from '../contacts/block-contacts';
import { currentRuleBook, listRuleBookVersions, saveRuleBook } from '../rules/rule-book-repo';
import { accountNextStep } from '../rules/account-next-step';
import { pauseAccount, resumeAccount } from '../contacts/account-pause';
import { buildCallQueue, readQueueSummary } from '../calls/build-call-queue';
import { readMyQueue } from '../calls/my-queue';
import { readCallCard } from '../calls/call-card';
import { recordCall } from '../calls/record-call';
import { exportCallList, importCallResults } from '../calls/call-list-xlsx';
import { checkPromises, listPromises } from '../calls/check-promises';
import { smsWorklist, withAddresses } from '../sms/sms-worklist';
import { createSmsBatch, exportSmsBatch, importSmsReport, listBatches } from '../sms/sms-batch';
import { ensurePlanTargets, readCockpit, setPlanTarget } from '../cockpit/cockpit';
import { resolveUpload } from '../billing/upload-store';
import { sendBatchOverHttp } from '../sms/http-gateway';
import { gatewayStatus, setGatewayConfig } from '../sms/gateway-settings';

/** The call queue is a person's: the command line has none. */
function ownQueueUser(actor: Actor): number {
  if (actor.userId === null) {
    throw new AppError('CONFLICT', 'Очередь звонков есть только у пользователя, вошедшего в программу.');
  }
  return actor.userId;
}

export function createWorkHandlers(ctx: CoreContext): Pick<ApiHandlers, keyof typeof workApiInputs> {
  ensurePlanTargets(ctx.sqlite, ctx.clock());
  const today = () => localMoment(ctx.clock()).date;
  const rulesView = (): RulesView => ({
    book: currentRuleBook(ctx.sqlite),
    versions: listRuleBookVersions(ctx.sqlite),
    facts: Object.entries(FACT_SPECS).map(([key, spec]) => ({ key, label: spec.label, kind: spec.kind })),
  });
  return {
    'users.list': () => listUsers(ctx.db),
    'users.save': ({ user }, { actor }) => saveUser(ctx.db, user, journalActor(actor), ctx.clock()),
    'rules.get': () => rulesView(),
    'rules.save': ({ book, note }, { actor }) => {
      const known = new Set(Object.keys(FACT_SPECS));
      const unknown = [...book.commonConditions, ...book.measures.flatMap((m) => m.conditions)].find(
        (c) => !known.has(c.fact),
      );
      if (unknown) throw new AppError('VALIDATION', `Неизвестный факт в условии: «${unknown.fact}».`);
      saveRuleBook(ctx.sqlite, book as Parameters<typeof saveRuleBook>[1], note, journalActor(actor), ctx.clock());
      return rulesView();
    },
    'rules.evaluateAll': (_input, { actor }) => ({
      jobId: ctx.jobs.start(
        'rules-evaluate',
        'Оценка правил по всем лицевым счетам',
        { task: 'rules-evaluate' },
        journalActor(actor),
      ).id,
    }),
    'account.evaluate': ({ accountId }) => accountNextStep(ctx.sqlite, accountId, ctx.clock()),
    'account.pause': (input, { actor }) => {
      pauseAccount(ctx.sqlite, input, journalActor(actor), ctx.clock());
      return accountNextStep(ctx.sqlite, input.accountId, ctx.clock());
    },
    'account.resume': ({ accountId }, { actor }) => {
      resumeAccount(ctx.sqlite, accountId, journalActor(actor), ctx.clock());
      return accountNextStep(ctx.sqlite, accountId, ctx.clock());
    },
    'account.block': (input, { actor }) => {
      blockContacts(ctx.sqlite, input, journalActor(actor), ctx.clock());
      return accountNextStep(ctx.sqlite, input.accountId, ctx.clock());
    },
    'calls.buildQueue': (_input, { actor }) => buildCallQueue(ctx.sqlite, journalActor(actor), ctx.clock()),
    'calls.summary': ({ date }) => readQueueSummary(ctx.sqlite, date ?? today()),
    'calls.myQueue': ({ date }, { actor }) => {
      const day = date ?? today();
      return { date: day, items: readMyQueue(ctx.sqlite, ownQueueUser(actor), day) };
    },
    'calls.card': ({ accountId }) => readCallCard(ctx.sqlite, accountId, ctx.clock()),
    'calls.record': (input, { actor }) => {
      return recordCall(
        ctx.sqlite,
        {
          accountId: input.accountId,
          by: journalActor(actor),
          outcome: input.outcome,
          promiseDate: input.promiseDate,
          promiseKopecks: input.promiseKopecks,
          callbackAt: input.callbackAt,
          note: input.note,
        },
        ctx.clock(),
      );
    },
    'calls.exportXlsx': ({ date, operatorId }) => exportCallList(ctx.sqlite, ctx.dataDir, date ?? today(), operatorId),
    'calls.importXlsx': ({ uploadId }, { actor }) =>
      importCallResults(ctx.sqlite, resolveUpload(ctx.dataDir, uploadId).path, today(), journalActor(actor)),
    'promises.check': (_input, { actor }) => checkPromises(ctx.sqlite, journalActor(actor), ctx.clock()),
    'promises.list': ({ status }) => listPromises(ctx.sqlite, status),
    'sms.worklist': () => {
      const day = today();
      const { recipients, skipped, threshold } = smsWorklist(ctx.sqlite, day);
      return {
        date: day,
        eligible: recipients.length,
        thresholdKopecks: threshold,
        skipped: [...skipped.entries()].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
        sample: withAddresses(ctx.sqlite, recipients.slice(0, 20)),
      };
    },
    'sms.createBatch': (input, { actor }) => createSmsBatch(ctx.sqlite, input, journalActor(actor), ctx.clock()),
    'sms.batches': () => listBatches(ctx.sqlite),
    'sms.exportBatch': ({ batchId }, { actor }) =>
      exportSmsBatch(ctx.sqlite, ctx.dataDir, batchId, journalActor(actor), ctx.clock()),
    'sms.importReport': ({ batchId, uploadId }, { actor }) =>
      importSmsReport(ctx.sqlite, batchId, resolveUpload(ctx.dataDir, uploadId).path, journalActor(actor), ctx.clock()),
    'sms.gateway.get': () => gatewayStatus(ctx.sqlite, ctx.secrets),
    'sms.gateway.set': ({ url, token }, { actor }) =>
      setGatewayConfig(ctx.sqlite, { url, token }, journalActor(actor), ctx.clock(), ctx.secrets),
    'sms.sendBatch': ({ batchId }, { actor }) =>
      sendBatchOverHttp(ctx.sqlite, batchId, journalActor(actor), ctx.clock(), { secrets: ctx.secrets }),
    'cockpit.get': () => readCockpit(ctx.sqlite, ctx.clock()),
    'cockpit.setTarget': (input, { actor }) => {
      setPlanTarget(ctx.sqlite, input, journalActor(actor), ctx.clock());
      return readCockpit(ctx.sqlite, ctx.clock());
    },
  };
}
