/**
 * @file How much of one measure was done over any span of days, in the plan's own unit — the one figure the cockpit
 * shows for today / week / month and each of its six months, and the plan report and the press summary show for
 * their period, so that all of them count alike (the counting itself: ./measure-counts.ts and ./media-meeting-counts.ts).
 *
 * Measures counted as a state rather than as actions (3 — the ЕПД coverage, 4 — the monthly penalty run) read the
 * state the span ends in: the latest ЕПД export made in the span (its coverage now when the span holds today, the
 * coverage it stated when made for a past span) and the УК with a run for the month before the span's last month.
 */
import type Database from 'better-sqlite3';
import type { CockpitUnit } from '../../../shared/api/contract-work';
import { amountText, percentText, unitOf } from '../../../shared/plan/plan-units';
import { plural } from '../../../shared/text/plural';
import { formatCount } from '../../../shared/text/format-count';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { periodWords } from '../../../shared/dates/period-words';
import { previousPeriod } from '../../../shared/dates/billing-period';
import {
  claimLetters,
  companiesWithRun,
  exportCoverage,
  fsspActions,
  journalAccounts,
  latestEpdExport,
  postedEntrances,
  restrictionSteps,
  runDetail,
  smsFigures,
  writsSent,
  writsWaiting,
  type Span,
} from './measure-counts';
import { mediaEvents, meetingsHeld } from './media-meeting-counts';

export interface MeasureActual {
  unit: CockpitUnit;
  /** The count in the measure's unit (null where the unit is a state and there is none: no ЕПД export in the span). */
  count: number | null;
  /** Of how many, where the unit says «N из M»: every УК charging penalty (4), writs sent and still waiting (10). */
  of: number | null;
  /** «412 л/с», «2 подъезда», «96 %», «1 из 2 УК», «3 мероприятия». */
  text: string;
  /** «на 2 л/с», «публикаций 1, рейдов 2 (адресов 9)», «домов 3; поручений просрочено 1», or null when nothing. */
  detail: string | null;
}

export interface MeasureActualOptions {
  /** The core's today: a span holding it reads the ЕПД coverage live and counts tasks overdue as of today at most. */
  today?: string;
}

export function measureActual(
  sqlite: Database.Database,
  measure: number,
  span: Span,
  options: MeasureActualOptions = {},
): MeasureActual {
  const unit = unitOf(measure);
  const done = (count: number | null, detail: string | null, of: number | null = null): MeasureActual => ({
    unit,
    count,
    of,
    text: amountText(unit, count, unit === 'companies' ? of : null),
    detail,
  });
  const holdsToday = options.today !== undefined && span.from <= options.today && options.today <= span.to;
  switch (unit) {
    case 'coverage': {
      const latest = latestEpdExport(sqlite, span);
      if (!latest) return done(null, null);
      if (holdsToday) {
        const now = exportCoverage(sqlite, latest);
        return done(now.percent, now.detail);
      }
      // A past span: the coverage the export stated when it was made (the file that went out).
      return done(
        latest.recordedPercent,
        latest.recordedPercent === null
          ? null
          : `Выгрузка ЕПД за ${periodWords(latest.period)} от ${formatRuDate(latest.actionDate)}: охват ${percentText(latest.recordedPercent)} на день выгрузки`,
      );
    }
    case 'companies': {
      const runFor = previousPeriod(span.to.slice(0, 7));
      const figure = companiesWithRun(sqlite, runFor);
      return done(figure.done, runDetail(runFor, figure), figure.of);
    }
    case 'writs': {
      const sent = writsSent(sqlite, span);
      const waiting = writsWaiting(sqlite);
      return done(
        sent,
        waiting === 0
          ? 'Все полученные исполнительные документы направлены'
          : `Ждут направления в ФССП: ${formatCount(waiting)} ${plural(waiting, ['документ', 'документа', 'документов'])}`,
        sent + waiting,
      );
    }
    case 'letters': {
      const c = claimLetters(sqlite, span);
      return done(c.letters, c.letters > 0 ? `на ${formatCount(c.accounts)} л/с` : null);
    }
    case 'entrances': {
      const c = postedEntrances(sqlite, span);
      return done(
        c.entrances,
        c.entrances > 0 ? `в ${formatCount(c.buildings)} ${plural(c.buildings, ['доме', 'домах', 'домах'])}` : null,
      );
    }
    case 'fssp_actions': {
      const c = fsspActions(sqlite, span);
      return done(
        c.total,
        c.total > 0
          ? `сверок ${formatCount(c.reconciliations)}, рейдов ${formatCount(c.raids)}, ходатайств ${formatCount(c.petitions)}`
          : null,
      );
    }
    case 'restriction_steps': {
      const c = restrictionSteps(sqlite, span);
      return done(
        c.total,
        c.total > 0
          ? `предупреждений доставлено ${formatCount(c.delivered)}, ограничено ${formatCount(c.restricted)}, восстановлено ${formatCount(c.restored)}`
          : null,
      );
    }
    case 'media_events': {
      const c = mediaEvents(sqlite, span);
      return done(
        c.total,
        c.total > 0
          ? `публикаций ${formatCount(c.publications)}, рейдов ${formatCount(c.raids)} (адресов ${formatCount(c.addresses)})`
          : null,
      );
    }
    case 'meetings': {
      // Tasks overdue as of the span's end, or today when the span runs past it.
      const asOf = options.today !== undefined && options.today < span.to ? options.today : span.to;
      const c = meetingsHeld(sqlite, span, asOf);
      return done(
        c.meetings,
        c.meetings > 0 || c.overdueTasks > 0
          ? `домов ${formatCount(c.buildings)}; поручений просрочено ${formatCount(c.overdueTasks)}`
          : null,
      );
    }
    case 'accounts': {
      if (measure !== 1) return done(journalAccounts(sqlite, measure, span), null);
      // SMS: what reached the phone counts; what went out in a file or to the gateway is said apart, so the row
      // never reads as met while «доставлено 0».
      const sms = smsFigures(sqlite, span);
      return done(
        sms.delivered,
        sms.exported + sms.sent > 0
          ? `выгружено ${formatCount(sms.exported)}, отправлено ${formatCount(sms.sent)}, доставлено ${formatCount(sms.delivered)}`
          : null,
      );
    }
  }
}
