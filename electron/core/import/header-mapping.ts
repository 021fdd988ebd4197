/**
 * @file Header row → layout and column binding.
 *
 * A field is bound to a column by (1) the caller's saved mapping `{ fieldKey: 'Header as in file' }` — exact
 * text first, then folded; '' means «deliberately not imported» — else (2) the canonical header, else (3) a
 * synonym, all compared folded (see text-normalize.ts). When several columns fit one field the best-ranked
 * one wins (canonical before earlier synonyms before later ones, then the leftmost) and the others are
 * reported in `warnings`. Kind detection: every layout whose required fields are all bound is a candidate;
 * the one binding most columns wins, then the one with most canonical headers; a remaining tie is refused
 * rather than guessed.
 */

import { LAYOUTS, type ImportKind, type Layout, type LayoutField } from '../../../shared/import/layouts';
import { foldText } from './text-normalize';

export interface ColumnBinding {
  field: LayoutField;
  /** 0-based position of the column in the header row. */
  index: number;
  /** Header text as written in the file. */
  header: string;
}

export interface HeaderResolution {
  layout: Layout;
  columns: ColumnBinding[];
  /** fieldKey → header as written in the file (what a caller can save and pass back as `mapping`). */
  mapping: Record<string, string>;
  /** Non-empty headers bound to no field. */
  unmappedHeaders: string[];
  warnings: string[];
}

export type HeaderOutcome =
  | { ok: true; resolution: HeaderResolution }
  | {
      ok: false;
      message: string;
      /** true when not a single header of any layout was recognised */ recognisedNothing: boolean;
      matched: number;
    };

export interface HeaderOptions {
  kind?: ImportKind | undefined;
  mapping?: Readonly<Record<string, string>> | undefined;
}

interface Candidate {
  field: LayoutField;
  rank: number; // 0 = canonical header, 1.. = synonyms in layout order
}

/** Folded header/synonym → field, per layout, computed once. */
const LOOKUPS = new Map<Layout, Map<string, Candidate>>(
  Object.values(LAYOUTS).map((layout) => {
    const lookup = new Map<string, Candidate>();
    for (const field of layout.fields) {
      [field.header, ...field.synonyms].forEach((name, rank) => {
        const folded = foldText(name);
        if (!lookup.has(folded)) lookup.set(folded, { field, rank });
      });
    }
    return [layout, lookup] as const;
  }),
);

interface LayoutMatch {
  layout: Layout;
  columns: ColumnBinding[];
  canonical: number;
  missing: LayoutField[];
  unmappedHeaders: string[];
  warnings: string[];
}

/** Binds the header row to one layout (no kind detection). */
export function matchLayout(
  headers: readonly string[],
  layout: Layout,
  mapping?: Readonly<Record<string, string>>,
): LayoutMatch {
  const lookup = LOOKUPS.get(layout) ?? new Map<string, Candidate>();
  const folded = headers.map((h) => foldText(h));
  const trimmed = headers.map((h) => h.trim());
  const bound = new Map<LayoutField, { index: number; rank: number }>();
  const skipped = new Set<LayoutField>();
  const used = new Set<number>();
  const warnings: string[] = [];

  for (const field of layout.fields) {
    const wanted = mapping?.[field.key];
    if (wanted === undefined) continue;
    if (wanted.trim() === '') {
      skipped.add(field);
      continue;
    }
    let index = trimmed.findIndex((h, i) => h === wanted.trim() && !used.has(i));
    if (index < 0) index = folded.findIndex((h, i) => h === foldText(wanted) && !used.has(i));
    if (index < 0) {
      warnings.push(`Столбец «${wanted}» из сохранённого сопоставления для поля «${field.header}» в файле не найден.`);
      continue;
    }
    bound.set(field, { index, rank: -1 });
    used.add(index);
  }

  folded.forEach((name, index) => {
    if (used.has(index) || name === '') return;
    const candidate = lookup.get(name);
    if (candidate === undefined || skipped.has(candidate.field)) return;
    const current = bound.get(candidate.field);
    if (current === undefined || candidate.rank < current.rank) {
      if (current !== undefined) warnings.push(duplicateWarning(headers, candidate.field, index, current.index));
      bound.set(candidate.field, { index, rank: candidate.rank });
    } else {
      warnings.push(duplicateWarning(headers, candidate.field, current.index, index));
    }
  });

  const columns: ColumnBinding[] = [];
  let canonical = 0;
  for (const field of layout.fields) {
    const b = bound.get(field);
    if (b === undefined) continue;
    columns.push({ field, index: b.index, header: trimmed[b.index] ?? '' });
    if (b.rank <= 0) canonical++;
  }
  const boundIndexes = new Set(columns.map((c) => c.index));
  const unmappedHeaders = trimmed.filter((h, i) => h !== '' && !boundIndexes.has(i));
  const missing = layout.fields.filter((f) => f.required && !bound.has(f));
  return { layout, columns, canonical, missing, unmappedHeaders, warnings };
}

/** Finds the layout of a header row (or checks it against the given kind) and binds its columns. */
export function resolveHeaders(headers: readonly string[], options: HeaderOptions = {}): HeaderOutcome {
  const layouts = options.kind !== undefined ? [LAYOUTS[options.kind]] : Object.values(LAYOUTS);
  const matches = layouts.map((layout) => matchLayout(headers, layout, options.mapping));
  const complete = matches
    .filter((m) => m.missing.length === 0)
    .sort((a, b) => b.columns.length - a.columns.length || b.canonical - a.canonical);
  const [best, second] = complete;
  if (best !== undefined) {
    if (second !== undefined && second.columns.length === best.columns.length && second.canonical === best.canonical) {
      return {
        ok: false,
        recognisedNothing: false,
        matched: best.columns.length,
        message: `Не удалось однозначно определить вид файла: заголовки подходят и для «${best.layout.title}», и для «${second.layout.title}». Укажите вид файла явно.`,
      };
    }
    const mapping: Record<string, string> = {};
    for (const c of best.columns) mapping[c.field.key] = c.header;
    return {
      ok: true,
      resolution: {
        layout: best.layout,
        columns: best.columns,
        mapping,
        unmappedHeaders: best.unmappedHeaders,
        warnings: best.warnings,
      },
    };
  }
  const closest = [...matches].sort((a, b) => b.columns.length - a.columns.length)[0];
  const matched = closest?.columns.length ?? 0;
  const found = headers.map((h) => h.trim()).filter((h) => h !== '');
  const foundText =
    found.length === 0
      ? 'заголовков нет'
      : `найдены столбцы: ${quoteList(found.slice(0, 20))}${found.length > 20 ? ' …' : ''}`;
  if (closest === undefined || matched === 0) {
    const what =
      options.kind !== undefined
        ? `таблицу «${LAYOUTS[options.kind].title}»`
        : 'таблицу начислений, оплат, лицевых счетов или управляющих компаний';
    return {
      ok: false,
      recognisedNothing: true,
      matched: 0,
      message: `Файл не похож на ${what}: не распознан ни один заголовок столбца (${foundText}).`,
    };
  }
  const missingText = quoteList(closest.missing.map((f) => f.header));
  const message =
    options.kind !== undefined
      ? `В файле нет обязательных столбцов для вида «${closest.layout.title}»: ${missingText}; ${foundText}.`
      : `Не удалось определить вид файла по заголовкам. Ближе всего — «${closest.layout.title}», но нет обязательных столбцов: ${missingText}; ${foundText}.`;
  return { ok: false, recognisedNothing: false, matched, message };
}

function duplicateWarning(
  headers: readonly string[],
  field: LayoutField,
  usedIndex: number,
  ignoredIndex: number,
): string {
  return `Для поля «${field.header}» подходят столбцы «${headers[usedIndex]?.trim() ?? ''}» и «${headers[ignoredIndex]?.trim() ?? ''}»; используется «${headers[usedIndex]?.trim() ?? ''}».`;
}

function quoteList(items: readonly string[]): string {
  return items.map((s) => `«${s}»`).join(', ');
}
