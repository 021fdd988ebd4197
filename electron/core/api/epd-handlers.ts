/**
 * @file Handlers of the monthly penalty run and the ЕПД export (shared/api/contract-epd.ts). The run is long
 * (150 000 accounts) and goes to the job manager; the request is checked here first, so a wrong month or УК is
 * answered in Russian at once instead of failing inside the job.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import type { epdApiInputs } from '../../../shared/api/contract-epd';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { checkRunRequest } from '../penalty/monthly-penalty-run';
import { listPenaltyRuns } from '../penalty/penalty-runs-repo';
import { exportEpd } from '../epd/epd-export';
import { epdCoverage } from '../epd/epd-coverage';
import {
  DEFAULT_EPD_TEMPLATE,
  EPD_PLACEHOLDERS,
  PLACEHOLDER_HINTS,
  getEpdTemplate,
  setEpdTemplate,
} from '../epd/epd-template';
import { getEpdLimit, setEpdLimit } from '../epd/epd-settings';
import { previewEpdTemplate } from '../epd/epd-preview';
import { periodWords } from '../../../shared/dates/period-words';
import { EPD_LIMIT_MAX, EPD_LIMIT_MIN, type EpdTemplateView } from '../../../shared/api/contract-epd';
import { journalActor } from '../auth/actor';
import { companyName } from '../repositories/companies-repo';

export function createEpdHandlers(ctx: CoreContext): Pick<ApiHandlers, keyof typeof epdApiInputs> {
  const templateView = (): EpdTemplateView => {
    const template = getEpdTemplate(ctx.sqlite);
    return {
      template,
      isDefault: JSON.stringify(template) === JSON.stringify(DEFAULT_EPD_TEMPLATE),
      defaults: DEFAULT_EPD_TEMPLATE,
      placeholders: EPD_PLACEHOLDERS.map((name) => ({ name, hint: PLACEHOLDER_HINTS[name] })),
      maxChars: getEpdLimit(ctx.sqlite),
      limitMin: EPD_LIMIT_MIN,
      limitMax: EPD_LIMIT_MAX,
    };
  };
  return {
    'penaltyRun.start': ({ period, companyId }, { actor }) => {
      checkRunRequest(ctx.sqlite, period, companyId, ctx.clock());
      // checkRunRequest has refused an unknown company, so a name is found for every id here.
      const company = companyId === null ? null : companyName(ctx.sqlite, companyId);
      const title = `Начисление пени за ${periodWords(period)}: ${company !== null ? `УК «${company}»` : 'все УК'}`;
      return {
        jobId: ctx.jobs.start('penalty-run', title, { task: 'penalty-run', period, companyId }, journalActor(actor)).id,
      };
    },
    'penaltyRun.recalculate': ({ periods }, { actor }) => {
      const sorted = [...new Set(periods)].sort();
      for (const period of sorted) checkRunRequest(ctx.sqlite, period, null, ctx.clock());
      const months =
        sorted.length <= 3
          ? sorted.map(periodWords).join(', ')
          : `${sorted.length} мес. (${periodWords(sorted[0] ?? '')} – ${periodWords(sorted[sorted.length - 1] ?? '')})`;
      const title = `Пересчёт пени за ${months}: все УК`;
      const task = { task: 'penalty-recalculation', periods: sorted } as const;
      return { jobId: ctx.jobs.start('penalty-recalculation', title, task, journalActor(actor)).id };
    },
    'penaltyRun.list': ({ period }) => listPenaltyRuns(ctx.sqlite, period),
    'epd.export': (input, { actor }) =>
      exportEpd({ ...input, sqlite: ctx.sqlite, dataDir: ctx.dataDir, by: journalActor(actor), nowMs: ctx.clock() }),
    'epd.coverage': ({ period }) => epdCoverage(ctx.sqlite, period),
    'epd.template.get': () => templateView(),
    'epd.template.set': ({ template }, { actor }) => {
      const nowMs = ctx.clock();
      setEpdTemplate(ctx.sqlite, template, getEpdLimit(ctx.sqlite), journalActor(actor), nowMs, isoDateInZone(nowMs));
      return templateView();
    },
    'epd.template.preview': ({ template }) => previewEpdTemplate(ctx.sqlite, template),
    'epd.limit.set': ({ maxChars }, { actor }) => {
      const nowMs = ctx.clock();
      setEpdLimit(ctx.sqlite, maxChars, journalActor(actor), nowMs, isoDateInZone(nowMs));
      return templateView();
    },
  };
}
