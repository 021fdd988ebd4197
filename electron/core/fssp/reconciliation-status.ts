/**
 * @file The department's status text in our words (PROCEEDING_STATUSES), pure. Departments write the status in free
 * text; it is folded (lower case, ё → е, letters and digits only: «Окончено, ст. 47 ч.1 п.1» → «оконченост47ч1п1»)
 * and read by these rules, in this order:
 *
 * | their text contains                                            | ours             |
 * |----------------------------------------------------------------|------------------|
 * | «прекращ…»                                                     | terminated       |
 * | «приостанов…»                                                  | suspended        |
 * | «фактическ…» (фактическое исполнение), «ст.47 (ч.1) п.1»        | ended_performed  |
 * | «невозможн…», «возвращ…», «ст.46», «ст.47 (ч.1) п.3/п.4»        | ended_impossible |
 * | «исполнено», «окончено … исполнением»                          | ended_performed  |
 * | «ведётся», «возбуждено», «на исполнении», «в работе», «действующее» | opened       |
 *
 * «Окончено» with no ground is not guessed (null): such a row is not compared by status and the preview names the
 * texts it could not read. ст.47 ч.1 п.3 ends the proceedings by returning the writ on the grounds of ст.46 — for the
 * creditor that is «невозможно взыскать», as ст.46 itself.
 */
import type { ProceedingStatus } from '../../../shared/fssp/fssp-terms';

const fold = (text: string): string =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '');

export function theirStatus(text: string | null): ProceedingStatus | null {
  if (text === null) return null;
  const t = fold(text);
  if (t === '') return null;
  if (t.includes('прекращ')) return 'terminated';
  if (t.includes('приостанов')) return 'suspended';
  if (t.includes('фактическ') || /47(ч1)?п1(?!\d)/.test(t)) return 'ended_performed';
  if (t.includes('невозможн') || t.includes('возвращ') || /46(?!\d)/.test(t) || /47(ч1)?п[34](?!\d)/.test(t))
    return 'ended_impossible';
  if (t.startsWith('исполнено') || (t.includes('оконч') && t.includes('исполнен'))) return 'ended_performed';
  if (t.includes('оконч') || t.includes('заверш')) return null;
  if (
    t.includes('ведет') ||
    t.includes('возбужд') ||
    t.includes('наисполнении') ||
    t.includes('вработе') ||
    t.includes('действ')
  ) {
    return 'opened';
  }
  return null;
}
