/**
 * @file The trace of a penalty calculation (shared, pure): the Russian sentences saying why a rate, a scale or a
 * moratorium was used for an obligation, so the clerk and the court can follow every line.
 */
import { formatRuDate, type IsoDate } from '../../dates/iso-date';
import { obligationHeading, type AllocObligation } from './allocate-payments';
import { countText } from '../../text/plural';
import { russianMoratoriumScope } from './russian-labels';
import { fromDayNumber } from './day-count';
import { moratoriumApplies, type PenaltyRate, type PenaltyTables } from './legal-tables';
import type { PenaltyLine, PenaltyReason } from './penalty-types';
import { formatBasisPoints, formatFraction } from './rational';

/** The days of delay a part bears up to, as day numbers, are all the trace needs of it. */
interface PieceEnd {
  lastDay: number;
}

/** '9,5 % — <decree>: «<rule>»; ключевая ставка 16 % (с 18.12.2023)': the rate and where it came from. */
export function rateText(rate: PenaltyRate, date: IsoDate): string {
  const key = `${date < '2016-01-01' ? 'ставка рефинансирования' : 'ключевая ставка'} ${formatBasisPoints(rate.keyRate.basisPoints)} (с ${formatRuDate(rate.keyRate.validFrom)})`;
  const r = rate.regime;
  if (!r) return `${formatBasisPoints(rate.basisPoints)} — ${key}`;
  return `${formatBasisPoints(rate.basisPoints)} — ${r.source}: «${r.ruleText}»; ${key}`;
}

/** Why the days fell as they did: the scales used, and each moratorium counted or not applicable. */
export function traceDays(
  o: AllocObligation,
  own: readonly PenaltyLine[],
  pieces: readonly PieceEnd[],
  tables: PenaltyTables,
): PenaltyReason[] {
  if (own.length === 0) return [];
  const tag = { period: o.period, kind: o.kind };
  const out: PenaltyReason[] = [];
  const first = own[0]?.from ?? o.lastPayDay;
  const last = fromDayNumber(Math.max(...pieces.map((p) => p.lastDay)));
  for (const id of new Set(own.map((l) => l.scaleId))) {
    const scale = tables.scales.find((s) => s.id === id);
    const bands = scale?.bands.map((b) => `с ${b.fromDelayDay}-го дня ${formatFraction(b.fraction)}`).join(', ') ?? '';
    out.push({
      ...tag,
      code: 'SCALE',
      text: `${obligationHeading(o.period, o.kind)}: дни просрочки по правилу «${id}» (${bands}) — ${scale?.source ?? ''}`,
    });
  }
  for (const m of tables.moratoria) {
    if (m.validTo < first || m.validFrom > last) continue;
    const span = `${formatRuDate(m.validFrom)}–${formatRuDate(m.validTo)}`;
    if (moratoriumApplies(m, o.period)) {
      // Keyed by the run's first day: parts at different rates print one line each for the same days.
      const runs = new Map(own.filter((l) => l.moratoriumId === m.id).map((l) => [l.from, l.days]));
      const count = [...runs.values()].reduce((s, d) => s + d, 0);
      out.push({
        ...tag,
        code: 'MORATORIUM',
        text: `${obligationHeading(o.period, o.kind)}: мораторий ${m.id} (${span}) — ${countText(count, ['день', 'дня', 'дней'])} без пени, счёт дней просрочки продолжается; ${m.source}`,
      });
    } else {
      out.push({
        ...tag,
        code: 'MORATORIUM_NOT_APPLICABLE',
        text: `${obligationHeading(o.period, o.kind)}: мораторий ${m.id} (${span}) не распространяется — ${russianMoratoriumScope(m)}`,
      });
    }
  }
  return out;
}
