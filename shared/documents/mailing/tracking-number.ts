/**
 * @file Russian Post domestic tracking number (ШПИ, 14 digits: index 6, month counter 2, serial 5, check 1) and
 * its check digit: S = 3·(odd positions) + (even positions) over the first 13; K = (10 − S mod 10) mod 10.
 */
export function trackingCheckDigit(first13: string): number {
  let s = 0;
  for (let i = 0; i < 13; i++) s += Number(first13[i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (s % 10)) % 10;
}

export function isValidTrackingNumber(text: string): boolean {
  return /^\d{14}$/.test(text) && trackingCheckDigit(text.slice(0, 13)) === Number(text[13]);
}
