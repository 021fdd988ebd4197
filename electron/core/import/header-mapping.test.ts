/**
 * @file Tests of header folding, layout detection, synonyms and saved mappings.
 */
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../../shared/import/layouts';
import { resolveHeaders } from './header-mapping';
import { foldText } from './text-normalize';

describe('foldText', () => {
  it.each<[string, string]>([
    ['Лицевой счёт', 'лицевойсчет'],
    ['  ЛИЦЕВОЙ   СЧЕТ ', 'лицевойсчет'],
    ['Начислено, руб', 'начисленоруб'],
    ['Начислено, руб.', 'начисленоруб'],
    ['Л/С', 'лс'],
  ])('%j → %s', (header, folded) => {
    expect(foldText(header)).toBe(folded);
  });

  it.each(Object.values(LAYOUTS).map((l) => [l.kind, l] as const))(
    'no two fields of %s fold to the same header',
    (_kind, layout) => {
      const owner = new Map<string, string>();
      for (const field of layout.fields) {
        for (const name of [field.header, ...field.synonyms]) {
          const folded = foldText(name);
          const previous = owner.get(folded);
          expect(
            previous === undefined || previous === field.key,
            `${name} of ${field.key} clashes with ${previous ?? ''}`,
          ).toBe(true);
          owner.set(folded, field.key);
        }
      }
    },
  );
});

describe('resolveHeaders', () => {
  it.each(Object.values(LAYOUTS).map((l) => [l.kind, l] as const))(
    'detects %s from its canonical headers',
    (kind, layout) => {
      const outcome = resolveHeaders(layout.fields.map((f) => f.header));
      expect(outcome.ok && outcome.resolution.layout.kind).toBe(kind);
    },
  );

  it('detects charges from synonyms, case and punctuation differences', () => {
    const outcome = resolveHeaders(['ЛС', 'РАСЧЕТНЫЙ ПЕРИОД', 'Наименование услуги', 'начислено руб', 'Примечание']);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.resolution.layout.kind).toBe('charges');
    expect(outcome.resolution.mapping).toEqual({
      accountNumber: 'ЛС',
      period: 'РАСЧЕТНЫЙ ПЕРИОД',
      service: 'Наименование услуги',
      amountKopecks: 'начислено руб',
    });
    expect(outcome.resolution.unmappedHeaders).toEqual(['Примечание']);
  });

  it('prefers the layout whose canonical headers match when synonyms fit two layouts', () => {
    const outcome = resolveHeaders(['Лицевой счёт', 'Период', 'Услуга', 'Сумма', 'Дата']);
    expect(outcome.ok && outcome.resolution.layout.kind).toBe('charges');
  });

  it('uses a saved mapping for headers it would not recognise', () => {
    const mapping = {
      accountNumber: 'Код абонента',
      period: 'Мес/год',
      service: 'Что начислено',
      amountKopecks: 'Итого к оплате',
    };
    const outcome = resolveHeaders(['Код абонента', 'Мес/год', 'Что начислено', 'Итого к оплате'], { mapping });
    expect(outcome.ok && outcome.resolution.layout.kind).toBe('charges');
    expect(outcome.ok && outcome.resolution.mapping).toEqual(mapping);
  });

  it('prefers the canonical header when a synonym column is also present, and warns', () => {
    const outcome = resolveHeaders(['ЛС', 'Лицевой счёт', 'Период', 'Услуга', 'Начислено, руб.']);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.resolution.mapping['accountNumber']).toBe('Лицевой счёт');
    expect(outcome.resolution.unmappedHeaders).toEqual(['ЛС']);
    expect(outcome.resolution.warnings.join(' ')).toMatch(/используется «Лицевой счёт»/);
  });

  it('names the missing required columns in Russian', () => {
    const outcome = resolveHeaders(['Лицевой счёт', 'Период', 'Начислено, руб.'], { kind: 'charges' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toBe(
      'В файле нет обязательных столбцов для вида «Начисления»: «Услуга»; найдены столбцы: «Лицевой счёт», «Период», «Начислено, руб.».',
    );
  });

  it('says when nothing at all was recognised', () => {
    const outcome = resolveHeaders(['foo', 'bar']);
    expect(outcome.ok || outcome.recognisedNothing).toBe(true);
    expect(outcome.ok ? '' : outcome.message).toMatch(/не распознан ни один заголовок/);
  });
});
