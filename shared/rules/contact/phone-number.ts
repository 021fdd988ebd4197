/**
 * @file Russian phone numbers as billing files write them («8 (916) 123-45-67», «+7916…», «916-123-4567»):
 * normalised to +7XXXXXXXXXX, and told apart mobile (code 9XX, can receive SMS) from landline.
 */

export interface NormalisedPhone {
  /** +7XXXXXXXXXX */
  e164: string;
  mobile: boolean;
}

export function normalisePhone(raw: string | null | undefined): NormalisedPhone | null {
  if (!raw) return null;
  let digits = raw.replace(/\D/g, '');
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) digits = digits.slice(1);
  // Seven digits is a local number without the area code: it cannot be dialled from elsewhere nor texted.
  if (digits.length !== 10) return null;
  return { e164: `+7${digits}`, mobile: digits.startsWith('9') };
}

/** A valid Russian mobile number in +7 form, or null (landline, too short, garbage). */
export function normaliseMobile(raw: string | null | undefined): string | null {
  const phone = normalisePhone(raw);
  return phone?.mobile ? phone.e164 : null;
}
