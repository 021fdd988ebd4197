/**
 * @file What a template being edited prints (nothing saved): the «Пояснение» of sample accounts — one of each case
 * of the month, worked by hand, and the largest debtor of the newest month with a penalty run — with its length
 * against the limit, the fixed length of each part and the problems that would refuse the save. The template
 * editor calls it as the clerk types, so it reads at most a handful of rows.
 */
import type Database from 'better-sqlite3';
import { and, desc, eq, max } from 'drizzle-orm';
import { accountSummaries, penaltyAccruals, penaltyRuns } from '../../../shared/db/schema';
import { drizzleOf } from '../db/drizzle-of';
import {
  EPD_TEMPLATE_PARTS,
  type EpdPenaltyTemplate,
  type EpdTemplatePart,
  type EpdTemplatePreview,
  type EpdTemplatePreviewSample,
} from '../../../shared/api/contract-epd';
import type { MonthPenaltyLine } from '../penalty/monthly-penalty-compute';
import { mandatoryMaxLength, templateProblems } from './epd-template';
import { getEpdLimit } from './epd-settings';
import { epdExplanation, type EpdRowFigures } from './epd-text';

const line = (
  period: string,
  from: string,
  to: string,
  days: number,
  baseKopecks: number,
  fraction: string,
  penaltyKopecks: number,
  moratoriumId: string | null = null,
): MonthPenaltyLine => ({
  period,
  kind: 'housing',
  from,
  to,
  days,
  baseKopecks,
  rateBasisPoints: 950,
  fraction,
  moratoriumId,
  penaltyKopecks,
});

/**
 * September 2026, rate 9,5 %: 3 000,00 for May (due 15.06) is on its days 78–90 at 1/300 on 01–13.09 (12,35) and
 * from day 91 at 1/130 on 14–30.09 (37,27); 1 500,00 for July (due 15.08) is free to 14.09 and at 1/300 on
 * 15–30.09 (7,60); 2 000,00 for August (due 15.09) is in its free days. 57,22 in the month, 101,87 in all.
 */
export const SAMPLE_CHARGED: EpdRowFigures = {
  period: '2026-09',
  calculationDate: '2026-09-30',
  accruedKopecks: 5722,
  totalKopecks: 10187,
  lines: [
    line('2026-05', '2026-09-01', '2026-09-13', 13, 300000, '1/300', 1235),
    line('2026-05', '2026-09-14', '2026-09-30', 17, 300000, '1/130', 3727),
    line('2026-07', '2026-09-01', '2026-09-14', 14, 150000, '0', 0),
    line('2026-07', '2026-09-15', '2026-09-30', 16, 150000, '1/300', 760),
    line('2026-08', '2026-09-16', '2026-09-30', 15, 200000, '0', 0),
  ],
};

const SAMPLES: Array<{ title: string; figures: EpdRowFigures }> = [
  { title: 'Пример: пени начислены (долги за май и июль 2026)', figures: SAMPLE_CHARGED },
  {
    title: 'Пример: первые 30 дней просрочки',
    figures: {
      period: '2026-09',
      calculationDate: '2026-09-30',
      accruedKopecks: 0,
      totalKopecks: 0,
      lines: [line('2026-08', '2026-09-16', '2026-09-30', 15, 200000, '0', 0)],
    },
  },
  {
    title: 'Пример: мораторий (июнь 2022)',
    figures: {
      period: '2022-06',
      calculationDate: '2022-06-30',
      accruedKopecks: 0,
      totalKopecks: 123456,
      lines: [line('2022-01', '2022-06-01', '2022-06-30', 30, 250000, '1/130', 0, 'ПП-497')],
    },
  },
  {
    title: 'Пример: просроченной задолженности нет',
    figures: { period: '2026-09', calculationDate: '2026-09-30', accruedKopecks: 0, totalKopecks: 0, lines: [] },
  },
];

/** The largest debtor of the newest month with current runs (its history is the longest to explain). */
function largestDebtor(sqlite: Database.Database): { title: string; figures: EpdRowFigures } | null {
  const db = drizzleOf(sqlite);
  const latest = db
    .select({ period: max(penaltyRuns.period) })
    .from(penaltyRuns)
    .where(eq(penaltyRuns.status, 'current'))
    .get();
  if (!latest?.period) return null;
  const top5 = db
    .select({ accountId: accountSummaries.accountId, number: accountSummaries.number })
    .from(accountSummaries)
    .orderBy(desc(accountSummaries.debtKopecks))
    .limit(5)
    .as('s');
  const rows = db
    .select({
      number: top5.number,
      accrued: penaltyAccruals.accruedKopecks,
      total: penaltyAccruals.totalPenaltyKopecks,
      linesJson: penaltyAccruals.linesJson,
      calculationDate: penaltyRuns.calculationDate,
    })
    .from(top5)
    .innerJoin(penaltyAccruals, eq(penaltyAccruals.accountId, top5.accountId))
    .innerJoin(
      penaltyRuns,
      and(
        eq(penaltyRuns.id, penaltyAccruals.runId),
        eq(penaltyRuns.period, latest.period),
        eq(penaltyRuns.status, 'current'),
      ),
    )
    .all();
  const top = rows.sort((a, b) => b.linesJson.length - a.linesJson.length)[0];
  if (!top) return null;
  return {
    title: `Лицевой счёт ${top.number} — один из крупнейших долгов`,
    figures: {
      period: latest.period,
      calculationDate: top.calculationDate,
      accruedKopecks: top.accrued,
      totalKopecks: top.total,
      lines: JSON.parse(top.linesJson) as MonthPenaltyLine[],
    },
  };
}

export function previewEpdTemplate(sqlite: Database.Database, template: EpdPenaltyTemplate): EpdTemplatePreview {
  const maxChars = getEpdLimit(sqlite);
  const problems = templateProblems(template, maxChars);
  const mandatoryLength = {} as Record<EpdTemplatePart, number>;
  for (const part of EPD_TEMPLATE_PARTS) {
    try {
      mandatoryLength[part] = mandatoryMaxLength(template[part]);
    } catch {
      mandatoryLength[part] = template[part].length;
    }
  }
  const samples: EpdTemplatePreviewSample[] = [];
  if (problems.length === 0) {
    const real = largestDebtor(sqlite);
    for (const s of real ? [SAMPLES[0], real, ...SAMPLES.slice(1)] : SAMPLES) {
      if (!s) continue;
      const e = epdExplanation(template, maxChars, s.figures);
      samples.push({ title: s.title, text: e.text, length: e.text.length, level: e.level });
    }
  }
  return { maxChars, mandatoryLength, problems, samples };
}
