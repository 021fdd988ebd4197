/**
 * @file A rule book's version as a clerk reads it: '2026-01-01/0' → «от 1 января 2026 г.», '2026-11-27/2' →
 * «от 27 ноября 2026 г., редакция 2» (the date it applies from and, when not the seeded one, its stored number).
 * The same words on the card, the rules page, the queues and the CLI: «Правила от 1 января 2026 г.».
 */
import { dateWords } from '../../dates/date-words';

/** Ends a sentence after a text that may itself end with «г.»: no «г..». */
export function withFullStop(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

export function ruleVersionWords(version: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})\/(\d+)$/.exec(version);
  if (!m) return version ? `версии ${version}` : 'не указаны';
  const revision = Number(m[2]);
  return `от ${dateWords(m[1] as string)}${revision === 0 ? '' : `, редакция ${revision}`}`;
}
