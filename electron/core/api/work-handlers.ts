/**
 * @file Handlers of the clerks' daily work (shared/api/contract-work.ts): users, rules, next steps and pauses, the
 * call queue and call outcomes, promises, SMS batches, the plan cockpit. Administrator-only changes check the
 * acting user's role. Seeds demo users and the plan's targets on a database that has none.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import type { workApiInputs, RulesView } from '../../../shared/api/contract-work';
import { AppError } from '../app-error';
import { localMoment } from '../../../shared/rules/contact/local-time';
import { FACT_SPECS } from '../../../shared/rules/eligibility/facts';
import { ensureUsers, getUser, listUsers, requireAdmin, saveUser } from '../users/users-repo';
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
import { smsPreview } from '../sms/sms-preview';
import { createSmsBatch, exportSmsBatch, importSmsReport, listBatches } from '../sms/sms-batch';
import { ensurePlanTargets, readCockpit, setPlanTarget } from '../cockpit/cockpit';
import { resolveUpload } from '../billing/upload-store';
import { getGatewayConfig, sendBatchOverHttp, setGatewayConfig } from '../sms/http-gateway';

export function createWorkHandlers(ctx: CoreContext): Pick<ApiHandlers, keyof typeof workApiInputs> {
  ensureUsers(ctx.sqlite, ctx.clock());
  ensurePlanTargets(ctx.sqlite, ctx.clock());
  const today = () => localMoment(ctx.clock()).date;
  const rulesView = (): RulesView => ({
    book: currentRuleBook(ctx.sqlite),
    versions: listRuleBookVersions(ctx.sqlite),
    facts: Object.entries(FACT_SPECS).map(([key, spec]) => ({ key, label: spec.label, kind: spec.kind })),
  });
  return {
    'users.list': () => listUsers(ctx.sqlite),
    'users.save': ({ actingUserId, user }) => {
      requireAdmin(ctx.sqlite, actingUserId);
      return saveUser(ctx.sqlite, user, ctx.clock());
    },
    'rules.get': () => rulesView(),
    'rules.save': ({ actingUserId, book, note }) => {
      const admin = requireAdmin(ctx.sqlite, actingUserId);
      const known = new Set(Object.keys(FACT_SPECS));
      const unknown = [...book.commonConditions, ...book.measures.flatMap((m) => m.conditions)].find(
        (c) => !known.has(c.fact),
      );
      if (unknown) throw new AppError('VALIDATION', `Неизвестный факт в условии: «${unknown.fact}».`);
      saveRuleBook(ctx.sqlite, book as Parameters<typeof saveRuleBook>[1], note, admin.fullName, ctx.clock());
      return rulesView();
    },
    'rules.evaluateAll': () => ({
      jobId: ctx.jobs.start('rules-evaluate', 'Оценка правил по всем лицевым счетам', { task: 'rules-evaluate' }).id,
    }),
    'account.evaluate': ({ accountId }) => accountNextStep(ctx.sqlite, accountId, ctx.clock()),
    'account.pause': (input) => {
      pauseAccount(ctx.sqlite, input, ctx.userName, ctx.clock());
      return accountNextStep(ctx.sqlite, input.accountId, ctx.clock());
    },
    'account.resume': ({ accountId }) => {
      resumeAccount(ctx.sqlite, accountId, ctx.userName, ctx.clock());
      return accountNextStep(ctx.sqlite, accountId, ctx.clock());
    },
    'account.block': ({ accountId, category, note }) => {
      const nowMs = ctx.clock();
      ctx.sqlite.transaction(() => {
        ctx.sqlite
          .prepare('INSERT INTO contact_blocks (account_id, category, note, user_name, at_ms) VALUES (?, ?, ?, ?, ?)')
          .run(accountId, category, note || null, ctx.userName, nowMs);
        ctx.sqlite.prepare(`DELETE FROM call_queue_items WHERE account_id = ? AND status = 'pending'`).run(accountId);
        ctx.sqlite
          .prepare(
            `INSERT INTO actions (account_id, measure, kind, action_date, at_ms, user_name, summary, details_json)
             VALUES (?, NULL, 'contacts.blocked', ?, ?, ?, ?, ?)`,
          )
          .run(
            accountId,
            today(),
            nowMs,
            ctx.userName,
            `Контакты запрещены (ФЗ-230 ст.7 ч.1): ${category}`,
            JSON.stringify({ category, note }),
          );
      })();
      return accountNextStep(ctx.sqlite, accountId, nowMs);
    },
    'calls.buildQueue': () => buildCallQueue(ctx.sqlite, ctx.userName, ctx.clock()),
    'calls.summary': ({ date }) => readQueueSummary(ctx.sqlite, date ?? today()),
    'calls.myQueue': ({ userId, date }) => {
      const day = date ?? today();
      return { date: day, items: readMyQueue(ctx.sqlite, userId, day) };
    },
    'calls.card': ({ accountId }) => readCallCard(ctx.sqlite, accountId, ctx.clock()),
    'calls.record': (input) => {
      const user = getUser(ctx.sqlite, input.userId);
      return recordCall(
        ctx.sqlite,
        {
          accountId: input.accountId,
          userName: user.fullName,
          outcome: input.outcome,
          promiseDate: input.promiseDate,
          promiseKopecks: input.promiseKopecks,
          callbackAt: input.callbackAt,
          note: input.note,
        },
        ctx.clock(),
      );
    },
    'calls.exportXlsx': ({ date, userId }) => exportCallList(ctx.sqlite, ctx.dataDir, date ?? today(), userId),
    'calls.importXlsx': ({ uploadId, userId }) => {
      const user = getUser(ctx.sqlite, userId);
      return importCallResults(ctx.sqlite, resolveUpload(ctx.dataDir, uploadId).path, today(), user.fullName);
    },
    'promises.check': () => checkPromises(ctx.sqlite, ctx.userName, ctx.clock()),
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
    'sms.preview': (input) => smsPreview(ctx.sqlite, input, today()),
    'sms.createBatch': (input) => createSmsBatch(ctx.sqlite, input, ctx.userName, ctx.clock()),
    'sms.batches': () => listBatches(ctx.sqlite),
    'sms.exportBatch': ({ batchId }) => exportSmsBatch(ctx.sqlite, ctx.dataDir, batchId, ctx.userName, ctx.clock()),
    'sms.importReport': ({ batchId, uploadId }) =>
      importSmsReport(ctx.sqlite, batchId, resolveUpload(ctx.dataDir, uploadId).path, ctx.userName, ctx.clock()),
    'sms.gateway.get': () => {
      const c = getGatewayConfig(ctx.sqlite);
      return { configured: c !== null, url: c?.url ?? null };
    },
    'sms.gateway.set': ({ actingUserId, url, token }) => {
      requireAdmin(ctx.sqlite, actingUserId);
      setGatewayConfig(ctx.sqlite, { url, token }, ctx.clock());
      return { configured: true, url };
    },
    'sms.sendBatch': ({ batchId }) => sendBatchOverHttp(ctx.sqlite, batchId, ctx.userName, ctx.clock()),
    'cockpit.get': () => readCockpit(ctx.sqlite, ctx.clock()),
    'cockpit.setTarget': ({ actingUserId, ...input }) => {
      const admin = requireAdmin(ctx.sqlite, actingUserId);
      setPlanTarget(ctx.sqlite, input, admin.fullName, ctx.clock());
      return readCockpit(ctx.sqlite, ctx.clock());
    },
  };
}
