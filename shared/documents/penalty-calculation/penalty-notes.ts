/**
 * @file What a penalty calculation must say besides its lines (shared, pure): the legal basis, each rate date
 * with the rate on it and its source, and the moratoria that took days out — all in Russian, from the same
 * legal tables the engine used, so the card and the PDF print exactly one wording.
 */
import { formatRuDate, type IsoDate } from '../../dates/iso-date';
import { penaltyRateOn, type PenaltyTables } from '../../rules/penalty/legal-tables';
import type { PenaltyReason, PenaltyResult, RateDateRule } from '../../rules/penalty/penalty-types';
import { formatBasisPoints } from '../../rules/penalty/rational';
import { russianMoratoriumScope, russianRegimeRule, russianSource } from '../../rules/penalty/russian-labels';
import type { PenaltyMoratoriumNote, PenaltyRateDateNote } from '../../api/contract-penalty';

export interface PenaltyNotes {
  rateDates: PenaltyRateDateNote[];
  moratoria: PenaltyMoratoriumNote[];
  legalBasis: string[];
  /** The engine's reasons with the tables' English source notes put into Russian. */
  reasons: PenaltyReason[];
}

const BASIS_HOUSING =
  'ч. 14 ст. 155 Жилищного кодекса РФ — пени за несвоевременную и (или) неполную плату за жилое помещение и коммунальные услуги';
const BASIS_CAPITAL =
  'ч. 14.1 ст. 155 Жилищного кодекса РФ — пени за несвоевременную и (или) неполную уплату взносов на капитальный ремонт';

const RULE_TEXT: Record<RateDateRule, string> = {
  'payment-day':
    'Ставка: для оплаченной части долга — действующая на день оплаты, для неоплаченного остатка — на день расчёта (ч. 14 ст. 155 ЖК РФ; Обзор судебной практики Верховного Суда РФ № 3 (2016), ответ на вопрос 3).',
  'calculation-day':
    'Ставка: действующая на день расчёта — для всей задолженности (Обзор судебной практики Верховного Суда РФ № 3 (2016), ответ на вопрос 3).',
};

export function penaltyNotes(result: PenaltyResult, tables: PenaltyTables, rule: RateDateRule): PenaltyNotes {
  const dates = [...new Set(result.lines.flatMap((l) => l.rateDates))].sort();
  const rateDates = dates.map((date): PenaltyRateDateNote => {
    const rate = penaltyRateOn(tables, date);
    return { date, rateBasisPoints: rate.basisPoints, text: rateNoteText(date, tables) };
  });

  const usedMoratoria = new Set(result.lines.filter((l) => l.moratorium).map((l) => l.moratoriumId));
  const moratoria = tables.moratoria
    .filter((m) => usedMoratoria.has(m.id))
    .map((m): PenaltyMoratoriumNote => ({
      id: m.id,
      validFrom: m.validFrom,
      validTo: m.validTo,
      text: `${russianSource(m.source)}: с ${formatRuDate(m.validFrom)} по ${formatRuDate(m.validTo)} ${russianMoratoriumScope(m)}`,
    }));

  const kinds = new Set(result.obligations.map((o) => o.kind));
  const legalBasis: string[] = [];
  if (kinds.has('housing') || kinds.size === 0) legalBasis.push(BASIS_HOUSING);
  if (kinds.has('capital_repair')) legalBasis.push(BASIS_CAPITAL);
  for (const id of new Set(result.lines.map((l) => l.scaleId))) {
    const scale = tables.scales.find((s) => s.id === id);
    if (scale) legalBasis.push(`${scale.source}: ${scale.note}.`);
  }
  legalBasis.push(RULE_TEXT[rule]);

  return {
    rateDates,
    moratoria,
    legalBasis,
    reasons: result.reasons.map((r) => ({ ...r, text: russianReasonText(r.text, tables) })),
  };
}

/** «9,5 % — постановление Правительства РФ от 18.03.2025 № 329 …: ставка 9,5 % вместо ключевой; ключевая ставка 21 % (с 28.10.2024)». */
function rateNoteText(date: IsoDate, tables: PenaltyTables): string {
  const rate = penaltyRateOn(tables, date);
  const keyName = date < '2016-01-01' ? 'ставка рефинансирования' : 'ключевая ставка';
  const key = `${keyName} ${formatBasisPoints(rate.keyRate.basisPoints)} (с ${formatRuDate(rate.keyRate.validFrom)})`;
  const r = rate.regime;
  if (!r) return `${formatBasisPoints(rate.basisPoints)} — ${key}`;
  return `${formatBasisPoints(rate.basisPoints)} — ${russianSource(r.source)}: ${russianRegimeRule(r)}; ${key}`;
}

/**
 * The engine quotes the tables' source columns verbatim (English remarks of the seed files, kept there for
 * traceability); a clerk and a court read Russian, so the known phrases are replaced with the tables' Russian
 * wording. Text without such phrases passes unchanged.
 */
function russianReasonText(text: string, tables: PenaltyTables): string {
  let out = text;
  for (const r of tables.rateRegimes)
    out = out.split(`${r.source}: «${r.ruleText}»`).join(`${russianSource(r.source)}: «${russianRegimeRule(r)}»`);
  for (const m of tables.moratoria) out = out.split(m.source).join(russianSource(m.source));
  return out;
}
