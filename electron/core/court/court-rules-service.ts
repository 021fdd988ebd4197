/**
 * @file The administrator's court rules and state-duty scale editions: what is in force today, the history, a new
 * dated rule row (never edited in place) and a new scale edition (validated: the first band starts at 0, the bands
 * ascend, the minimum does not exceed the maximum). Journaled as 'court.rules' with before and after.
 */
import type Database from 'better-sqlite3';
import { and, desc, eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { courtRules, dutyScales } from '../../../shared/db/schema-court';
import type { CourtRuleRow, CourtRulesView, DutyScaleView } from '../../../shared/api/contract-court-directory';
import { COURT_RULE_KEYS, type CourtRuleKey } from '../../../shared/court/court-rules';
import { scaleOn, type DutyBand } from '../../../shared/court/state-duty';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { rublesText } from '../../../shared/documents/money-text';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';

const KEYS = Object.keys(COURT_RULE_KEYS) as CourtRuleKey[];

export function courtRulesView(sqlite: Database.Database, today: string): CourtRulesView {
  const db = drizzleOf(sqlite);
  const history: CourtRuleRow[] = db
    .select()
    .from(courtRules)
    .orderBy(desc(courtRules.validFromDate), desc(courtRules.createdAtMs))
    .all()
    .filter((r): r is typeof r & { key: CourtRuleKey } => r.key in COURT_RULE_KEYS)
    .map((r) => ({ ...r, name: COURT_RULE_KEYS[r.key] }));
  const inForce = KEYS.map(
    (key) =>
      history.find((r) => r.key === key && r.validFromDate <= today) ?? {
        key,
        name: COURT_RULE_KEYS[key],
        validFromDate: null,
      },
  );
  const rows = db.select().from(dutyScales).orderBy(desc(dutyScales.validFromDate)).all();
  const scales: DutyScaleView[] = rows.map((r) => ({
    validFrom: r.validFromDate,
    bands: JSON.parse(r.bandsJson) as DutyBand[],
    minKopecks: r.minKopecks,
    maxKopecks: r.maxKopecks,
    courtOrderPercent: r.courtOrderPercent,
    courtOrderMinKopecks: r.courtOrderMinKopecks,
    source: r.source,
    userName: r.userName,
    createdAtMs: r.createdAtMs,
    inForce: false,
  }));
  const current = scaleOn(scales, today);
  for (const s of scales) s.inForce = s === current;
  return { today, inForce, history, dutyScales: scales };
}

export function saveCourtRule(
  sqlite: Database.Database,
  input: { key: CourtRuleKey; validFromDate: string; valueInt: number; note: string },
  by: JournalActor,
  nowMs: number,
  today: string,
): CourtRulesView {
  if (input.key === 'batch_approval_required' && input.valueInt !== 0 && input.valueInt !== 1)
    throw new AppError('VALIDATION', 'Утверждение пакета: 1 — утверждает начальник, 0 — не требуется.');
  if (
    (input.key === 'court_order_max_kopecks' || input.key === 'magistrate_lawsuit_max_kopecks') &&
    input.valueInt < 100
  )
    throw new AppError('VALIDATION', 'Порог — сумма в копейках, не меньше 1 рубля.');
  return sqlite.transaction(() => {
    const db = drizzleOf(sqlite);
    const same = db
      .select()
      .from(courtRules)
      .where(and(eq(courtRules.key, input.key), eq(courtRules.validFromDate, input.validFromDate)))
      .get();
    if (same)
      throw new AppError(
        'CONFLICT',
        `Правило «${COURT_RULE_KEYS[input.key]}» с ${formatRuDate(input.validFromDate)} уже есть: записи не правятся, укажите другую дату начала.`,
      );
    const before = db
      .select()
      .from(courtRules)
      .where(eq(courtRules.key, input.key))
      .orderBy(desc(courtRules.validFromDate))
      .all()
      .find((r) => r.validFromDate <= input.validFromDate);
    db.insert(courtRules)
      .values({ ...input, note: input.note.trim(), userName: by.name, createdAtMs: nowMs })
      .run();
    writeJournal(sqlite, by, nowMs, {
      kind: 'court.rules',
      summary: `Правило «${COURT_RULE_KEYS[input.key]}»: ${input.valueInt} с ${formatRuDate(input.validFromDate)}${before ? ` (было ${before.valueInt})` : ''}.`,
      object: { type: 'rules', id: `court_rules/${input.key}` },
      before: before ? { validFromDate: before.validFromDate, valueInt: before.valueInt, note: before.note } : null,
      after: { validFromDate: input.validFromDate, valueInt: input.valueInt, note: input.note.trim() },
    });
    return courtRulesView(sqlite, today);
  })();
}

export interface DutyScaleInput {
  validFrom: string;
  bands: DutyBand[];
  minKopecks: number;
  maxKopecks: number | null;
  courtOrderPercent: number;
  courtOrderMinKopecks: number;
  source: string;
}

export function dutyScaleProblems(s: DutyScaleInput): string[] {
  const out: string[] = [];
  if (s.bands[0]?.overKopecks !== 0) out.push('Первая полоса шкалы начинается с 0 ₽.');
  s.bands.forEach((b, i) => {
    const prev = s.bands[i - 1];
    if (prev && b.overKopecks <= prev.overKopecks)
      out.push(
        `Полоса ${i + 1}: граница ${rublesText(b.overKopecks)} ₽ не больше предыдущей (${rublesText(prev.overKopecks)} ₽) — полосы идут по возрастанию.`,
      );
  });
  if (s.maxKopecks !== null && s.maxKopecks < s.minKopecks)
    out.push(`Максимум ${rublesText(s.maxKopecks)} ₽ меньше минимума ${rublesText(s.minKopecks)} ₽.`);
  return out;
}

export function addDutyScale(
  sqlite: Database.Database,
  input: DutyScaleInput,
  by: JournalActor,
  nowMs: number,
  today: string,
): CourtRulesView {
  const problems = dutyScaleProblems(input);
  if (problems.length > 0) throw new AppError('VALIDATION', problems.join(' '));
  return sqlite.transaction(() => {
    const db = drizzleOf(sqlite);
    if (db.select().from(dutyScales).where(eq(dutyScales.validFromDate, input.validFrom)).get())
      throw new AppError(
        'CONFLICT',
        `Редакция шкалы с ${formatRuDate(input.validFrom)} уже есть: редакции не правятся, укажите другую дату начала.`,
      );
    const before = courtRulesView(sqlite, input.validFrom).dutyScales.find((s) => s.inForce) ?? null;
    db.insert(dutyScales)
      .values({
        validFromDate: input.validFrom,
        bandsJson: JSON.stringify(input.bands),
        minKopecks: input.minKopecks,
        maxKopecks: input.maxKopecks,
        courtOrderPercent: input.courtOrderPercent,
        courtOrderMinKopecks: input.courtOrderMinKopecks,
        source: input.source.trim(),
        userName: by.name,
        createdAtMs: nowMs,
      })
      .run();
    writeJournal(sqlite, by, nowMs, {
      kind: 'court.rules',
      summary: `Шкала госпошлины: новая редакция с ${formatRuDate(input.validFrom)} (${input.source.trim()}).`,
      object: { type: 'rules', id: `duty_scales/${input.validFrom}` },
      before,
      after: input,
    });
    return courtRulesView(sqlite, today);
  })();
}
