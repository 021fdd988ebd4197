/**
 * The identifiers gate (ГПК ст.124) and the check digits, with numbers checked by hand.
 */
import { describe, expect, it } from 'vitest';
import { identifierGaps } from './identifiers';
import { normalizePassport, normalizeSeriesNumber, personInnProblem, snilsProblem } from './identifier-checks';

const person = {
  fullName: 'Иванов Иван Иванович',
  birthDate: '1970-03-01',
  birthPlace: 'г. Красногорск',
  snils: null,
  inn: null,
  passport: null,
  driverLicence: null,
  vehicleCertificate: null,
};

describe('identifierGaps', () => {
  it('asks for one identifier when only the name, birth date and place are known', () => {
    expect(identifierGaps(person)).toHaveLength(1);
    expect(identifierGaps(person)[0]).toMatch(/СНИЛС/);
  });
  it('any one identifier is enough (a vehicle certificate too)', () => {
    expect(identifierGaps({ ...person, vehicleCertificate: '50 ХА 123456' })).toEqual([]);
  });
  it('names every gap', () => {
    const gaps = identifierGaps({
      ...person,
      fullName: 'Иванов',
      birthDate: null,
      birthPlace: ' ',
      inn: '500100732259',
    });
    expect(gaps).toHaveLength(3);
    expect(gaps[1]).toBe('дата рождения');
    expect(gaps[2]).toBe('место рождения');
  });
});

describe('check digits', () => {
  it('СНИЛС 112-233-445 95: 1·9+1·8+2·7+2·6+3·5+3·4+4·3+4·2+5·1 = 95', () => {
    expect(snilsProblem('112-233-445 95')).toBeNull();
    expect(snilsProblem('112-233-445 94')).toMatch(/контрольное число/);
    expect(snilsProblem('11223344')).toMatch(/11 цифр/);
  });
  it('ИНН 500100732259: Σ(7 2 4 10 3 5 9 4 6 8) = 148, 148 mod 11 = 5; Σ(3 7 2 4 10 3 5 9 4 6 8) = 141, mod 11 = 9', () => {
    expect(personInnProblem('500100732259')).toBeNull();
    expect(personInnProblem('500100732258')).toMatch(/контрольные цифры/);
    expect(personInnProblem('5001007322')).toMatch(/12 цифр/);
  });
  it('passport and licences are normalised', () => {
    expect(normalizePassport('4510 123456')).toBe('45 10 123456');
    expect(normalizePassport('4510 12345')).toBeNull();
    expect(normalizeSeriesNumber('50 ха 123456')).toBe('50 ХА 123456');
    expect(normalizeSeriesNumber('9912345678')).toBe('99 12 345678');
  });
});
