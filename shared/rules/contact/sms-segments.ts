/**
 * @file How many SMS segments a text takes: GSM-7 160 characters alone or 153 per part, UCS-2 (any Cyrillic
 * letter) 70 alone or 67 per part; GSM extension characters ({ } [ ] ~ \ | ^ €) take two places. Counted by
 * Twilio's sms-segments-calculator, the same counting the gateways bill by.
 */
import { SegmentedMessage } from 'sms-segments-calculator';

export interface SmsSize {
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  /** Characters as the gateway counts them (extension characters count twice in GSM-7). */
  characters: number;
  /** Characters one segment holds for this text: 160/153 or 70/67. */
  perSegment: number;
}

export function smsSize(text: string): SmsSize {
  const m = new SegmentedMessage(text);
  const encoding = m.encodingName === 'GSM-7' ? 'GSM-7' : 'UCS-2';
  const segments = text.length === 0 ? 0 : m.segmentsCount;
  const single = encoding === 'GSM-7' ? 160 : 70;
  const multi = encoding === 'GSM-7' ? 153 : 67;
  return { encoding, segments, characters: m.numberOfCharacters, perSegment: segments > 1 ? multi : single };
}
