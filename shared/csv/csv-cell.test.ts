/**
 * The one CSV cell writer: RFC 4180 quoting and the neutralising of formula-looking text (OWASP CSV injection),
 * with numbers — money printed as «-150,25» — left as numbers. Expected texts written by hand.
 */
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, csvText, looksLikeFormula } from './csv-cell';

describe('csvCell', () => {
  it('writes plain text as it is and quotes only when it has to', () => {
    expect(csvCell('Иванов Иван')).toBe('Иванов Иван');
    expect(csvCell('ул. Ленина; д. 5')).toBe('"ул. Ленина; д. 5"');
    expect(csvCell('ООО "Ромашка"')).toBe('"ООО ""Ромашка"""');
    expect(csvCell('строка 1\r\nстрока 2')).toBe('"строка 1\r\nстрока 2"');
    expect(csvCell('a,b')).toBe('a,b');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('')).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('puts an apostrophe in front of a text that begins with = + - @ tab or CR, inside quotes', () => {
    expect(csvCell(`=cmd|' /C calc'!A0`)).toBe(`"'=cmd|' /C calc'!A0"`);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1+1')).toBe(`"'+1+1"`);
    expect(csvCell('@SUM(1)')).toBe(`"'@SUM(1)"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('-cmd')).toBe(`"'-cmd"`);
    expect(csvCell('\t=1+1')).toBe(`"'\t=1+1"`);
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvCell('+7 (495) 123-45-67')).toBe(`"'+7 (495) 123-45-67"`);
  });

  it('leaves a cell that is wholly a number alone: money stays a number', () => {
    expect(csvCell('-150,25')).toBe('-150,25');
    expect(csvCell('-150.25')).toBe('-150.25');
    expect(csvCell('+7')).toBe('+7');
    expect(csvCell('0,00')).toBe('0,00');
    expect(csvCell(-150.25)).toBe('-150.25');
    expect(csvCell(-15025)).toBe('-15025');
    expect(csvCell(12)).toBe('12');
    // A comma-separated file: the comma of the decimal is quoted, the number not neutralised.
    expect(csvCell('-150,25', ',')).toBe('"-150,25"');
    // Not numbers: neutralised.
    expect(csvCell('-150,25,1')).toBe(`"'-150,25,1"`);
    expect(csvCell('-1e5')).toBe(`"'-1e5"`);
    expect(csvCell('- 150')).toBe(`"'- 150"`);
    expect(() => csvCell(Number.NaN)).toThrow();
  });

  it('a formula character not at the start is harmless', () => {
    expect(csvCell('Иванов =1+1')).toBe('Иванов =1+1');
    expect(csvCell('a@b.ru')).toBe('a@b.ru');
  });

  it('looksLikeFormula is what imports refuse', () => {
    expect(['=1', '+1', '-1', '@x', '\tx', '\rx'].map(looksLikeFormula)).toEqual([true, true, true, true, true, true]);
    expect(["'=1", ' =1', 'x=1'].map(looksLikeFormula)).toEqual([false, false, false]);
  });
});

describe('csvLine and csvText', () => {
  it('joins the cells with the separator, CRLF lines, the BOM on request', () => {
    expect(csvLine(['5000123', '=1+1', '-150,25', null, 7])).toBe(`5000123;"'=1+1";-150,25;;7`);
    expect(csvLine(['a;b', '@x'], ',')).toBe(`a;b,"'@x"`);
    expect(
      csvText([
        ['Счёт', 'Сумма'],
        ['1', '-2,50'],
      ]),
    ).toBe('Счёт;Сумма\r\n1;-2,50\r\n');
    expect(csvText([['x']], ';', { bom: true })).toBe('\ufeffx\r\n');
  });
});
