/**
 * @file Handlers — the bailiffs' work: enforcement proceedings, collections, petitions and answers, complaints
 * (measure 11). Thin: each calls a service in electron/core/fssp/ and reads the card or the row back.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import type { fsspProceedingsApiInputs } from '../../../shared/api/contract-fssp-proceedings';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import { journalActor, type Actor } from '../auth/actor';
import { departmentOptions, listProceedings, openableWrits, readProceedingView } from '../fssp/proceedings-repo';
import { editProceeding, openProceeding } from '../fssp/proceedings-open';
import { setProceedingStatus } from '../fssp/proceedings-status';
import { addCollection, linkFsspPayments, linkPayment } from '../fssp/collections';
import { listPetitions, readPetitionRow } from '../fssp/petitions-repo';
import { answerPetition, createPetition, petitionAnswerFile, type PetitionEnv } from '../fssp/petitions';
import { makeComplaint } from '../fssp/complaint';

type FsspProceedingsMethod = keyof typeof fsspProceedingsApiInputs;

export function createFsspProceedingsHandlers(ctx: CoreContext): Pick<ApiHandlers, FsspProceedingsMethod> {
  const today = () => isoDateInZone(ctx.clock());
  const view = (id: number) => readProceedingView(ctx.sqlite, id, today());
  const env = (actor: Actor): PetitionEnv => ({
    sqlite: ctx.sqlite,
    dataDir: ctx.dataDir,
    today: today(),
    by: journalActor(actor),
    nowMs: ctx.clock(),
  });
  return {
    'proceedings.list': (input) => ({
      ...listProceedings(ctx.sqlite, input, today()),
      departments: departmentOptions(ctx.sqlite),
    }),
    'proceedings.get': ({ proceedingId }) => view(proceedingId),
    'proceedings.openableWrits': ({ search }) => ({
      rows: openableWrits(ctx.sqlite, search),
      departments: departmentOptions(ctx.sqlite),
    }),
    'proceedings.open': (input, { actor }) =>
      view(openProceeding(ctx.sqlite, input, today(), journalActor(actor), ctx.clock())),
    'proceedings.edit': (input, { actor }) => {
      editProceeding(ctx.sqlite, input, journalActor(actor), ctx.clock());
      return view(input.proceedingId);
    },
    'proceedings.setStatus': (input, { actor }) => {
      const r = setProceedingStatus(ctx.sqlite, input, today(), journalActor(actor), ctx.clock());
      return { view: view(input.proceedingId), ...r };
    },
    'proceedings.addCollection': (input, { actor }) => {
      addCollection(ctx.sqlite, input, today(), journalActor(actor), ctx.clock());
      return view(input.proceedingId);
    },
    'proceedings.linkPayments': ({ proceedingId }, { actor }) => {
      const r = linkFsspPayments(ctx.sqlite, proceedingId, journalActor(actor), ctx.clock());
      return {
        view: view(proceedingId),
        linked: r.linked,
        message:
          r.linked === 0
            ? 'Новых платежей через ФССП по лицевому счёту нет.'
            : `Связано платежей через ФССП: ${r.linked} на ${rublesKopecksText(r.kopecks)}.`,
      };
    },
    'proceedings.linkPayment': ({ proceedingId, paymentId }, { actor }) => {
      linkPayment(ctx.sqlite, proceedingId, paymentId, journalActor(actor), ctx.clock());
      return view(proceedingId);
    },
    'petitions.list': (input) => listPetitions(ctx.sqlite, input, today()),
    'petitions.create': async (input, { actor }) => {
      const r = await createPetition(env(actor), input);
      return { petition: readPetitionRow(ctx.sqlite, r.petitionId, today()), message: r.message };
    },
    'petitions.answer': (input, { actor }) => {
      answerPetition(env(actor), input);
      return readPetitionRow(ctx.sqlite, input.petitionId, today());
    },
    'petitions.answerFile': ({ petitionId }) => petitionAnswerFile(ctx.dataDir, ctx.sqlite, petitionId),
    'petitions.complaint': async (input, { actor }) => {
      const r = await makeComplaint(env(actor), input);
      return { petition: readPetitionRow(ctx.sqlite, input.petitionId, today()), ...r };
    },
  };
}
