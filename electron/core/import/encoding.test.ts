/**
 * @file Tests of encoding detection and the garbled-text heuristic.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createDecoder, decodeWindows1251, detectEncoding, looksGarbled } from './encoding';

const HEADER = 'Лицевой счёт;Период;Услуга;Начислено, руб.';

describe('detectEncoding', () => {
  it.each<[string, Buffer, 'utf-8' | 'windows-1251']>([
    ['UTF-8', Buffer.from(HEADER, 'utf-8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HEADER, 'utf-8')]), 'utf-8'],
    ['windows-1251', iconv.encode(HEADER, 'windows-1251'), 'windows-1251'],
    ['KOI8-R (decodes as windows-1251)', iconv.encode(HEADER, 'koi8-r'), 'windows-1251'],
    ['ASCII', Buffer.from('a;b;c'), 'utf-8'],
  ])('%s', (_name, buf, expected) => {
    expect(detectEncoding(buf)).toBe(expected);
  });

  it('accepts a character cut at the end of a prefix, not of a whole file', () => {
    const cut = Buffer.from(HEADER, 'utf-8').subarray(0, 3); // «Л» + half of «и»
    expect(detectEncoding(cut, true)).toBe('utf-8');
    expect(detectEncoding(cut)).toBe('windows-1251');
  });
});

describe('looksGarbled', () => {
  it.each([
    HEADER,
    'Лицевой счёт;ИНН УК;Адрес дома;Квартира;Форма собственности;Основание проживания',
    'ЛС;Дата;Сумма',
    'Account;Date;Amount',
  ])('real header %j is not garbled', (text) => {
    expect(looksGarbled(text)).toBe(false);
  });

  it.each([
    ['KOI8-R read as windows-1251', iconv.decode(iconv.encode(HEADER, 'koi8-r'), 'windows-1251')],
    ['CP866 read as windows-1251', iconv.decode(iconv.encode(HEADER, 'cp866'), 'windows-1251')],
    ['UTF-16LE read as UTF-8', iconv.decode(iconv.encode(HEADER, 'utf-16le'), 'utf-8')],
    ['replacement characters', 'Лицевой сч\ufffdт;Период'],
  ])('%s is garbled', (_name, text) => {
    expect(looksGarbled(text)).toBe(true);
  });
});

describe('windows-1251 decoding (native decoder)', () => {
  it("gives iconv-lite's text for every byte, 0x98 (unassigned) included as U+FFFD", () => {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    expect(decodeWindows1251(bytes)).toBe(iconv.decode(bytes, 'windows-1251'));
    expect(decodeWindows1251(Buffer.from([0x41, 0x98, 0xc0]))).toBe('A\ufffdА');
  });

  it('drops a UTF-8 BOM in front of windows-1251 text, only at the start', () => {
    const decoder = createDecoder('windows-1251');
    expect(decoder.write(Buffer.from([0xef, 0xbb, 0xbf, 0xcb, 0xf1]))).toBe('Лс');
    expect(decoder.write(Buffer.from([0xef, 0xbb, 0xbf]))).toBe('п»ї');
  });
});
