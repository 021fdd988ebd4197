/**
 * @file Fitting an ЕПД explanation into the bill's limit by leaving things out, never by cutting: a template part
 * (./epd-template) is filled with the values; an optional «[ … ]» segment with an empty placeholder is left out;
 * if the text is longer than the limit, the segment holding the shortenable placeholder takes its short value,
 * then goes; then the other optional segments go one by one from the right. What remains is the fixed text, which
 * holds {пени} and {итого} and was checked on save to fit with the longest values. Should real values still be
 * longer (a debt beyond any expected size), a built-in minimal sentence with both sums is used.
 */
import { fillTemplate, parseTemplatePart, tidy, type TemplatePiece } from './epd-template';

export interface FitInput {
  template: string;
  values: Readonly<Record<string, string>>;
  /** A placeholder with a shorter form to try before its segment is dropped, e.g. {расчёт}. */
  shortenable?: { name: string; short: string };
  maxChars: number;
  /** Used when even the fixed text does not fit; each must be complete sentences with the sums. */
  fallbacks: readonly string[];
}

export interface FitResult {
  text: string;
  /** 0 = everything printed; higher = more left out (the number of steps taken). */
  level: number;
}

function render(pieces: readonly TemplatePiece[], values: Readonly<Record<string, string>>): string {
  return tidy(pieces.map((p) => fillTemplate(p.text, values)).join(''));
}

// A district's export fills the same four template parts 150 000 times: each is parsed once.
const parsedParts = new Map<string, TemplatePiece[]>();
function parsed(template: string): TemplatePiece[] {
  let pieces = parsedParts.get(template);
  if (!pieces) {
    pieces = parseTemplatePart(template);
    if (parsedParts.size > 100) parsedParts.clear();
    parsedParts.set(template, pieces);
  }
  return pieces;
}

/** The texts to try, longest first (each step leaves out a little more); made one at a time. */
function* candidates(input: FitInput): Generator<string> {
  // A segment speaks only when all its placeholders have something to say.
  let pieces = parsed(input.template).filter(
    (p) => !p.optional || p.names.every((n) => (input.values[n] ?? '') !== ''),
  );
  let values = input.values;
  yield render(pieces, values);
  const s = input.shortenable;
  if (s && pieces.some((p) => p.optional && p.names.includes(s.name))) {
    if (s.short !== '' && s.short !== values[s.name]) {
      values = { ...values, [s.name]: s.short };
      yield render(pieces, values);
    }
    pieces = pieces.filter((p) => !(p.optional && p.names.includes(s.name)));
    yield render(pieces, values);
  }
  for (let i = pieces.length - 1; i >= 0; i--) {
    if (!pieces[i]?.optional) continue;
    pieces = pieces.filter((_, j) => j !== i);
    yield render(pieces, values);
  }
}

export function fitTemplate(input: FitInput): FitResult {
  let level = 0;
  for (const text of candidates(input)) {
    if (text.length <= input.maxChars) return { text, level };
    level++;
  }
  const fallback = input.fallbacks.find((f) => f.length <= input.maxChars) ?? input.fallbacks.at(-1) ?? '';
  return { text: fallback, level };
}
