/**
 * @file A debtor's full name in the genitive case («взыскать с Иванова Ивана Ивановича»), as court applications
 * name whom the sum is recovered from: the claims' declension (../claim/dative-name.ts `declinedFullName` — lvovich,
 * the sex decided once, the same corrections) in the genitive; and the short form with initials.
 */
import { declinedFullName, splitFullName } from '../claim/dative-name';

/** «Иванова Мария Петровна» → «Ивановой Марии Петровны». */
export function genitiveFullName(fullName: string): string {
  return declinedFullName(fullName, 'genitive');
}

/** «Иванов Иван Иванович» → «Иванов И. И.» (the signature's and the register's short form). */
export function shortFullName(fullName: string): string {
  const parts = splitFullName(fullName);
  if (!parts.first) return fullName.trim();
  const initials = [parts.first, parts.middle].filter((p): p is string => !!p).map((p) => `${p.charAt(0)}.`);
  return `${parts.last} ${initials.join('\u00a0')}`;
}
