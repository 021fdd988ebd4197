/**
 * Stairwell notices (measure 6) of a small building of our own (notice-building.ts: every flat's charges and
 * payments written by hand), real SQLite through the real migrations:
 * - the flats listed are exactly those whose measure-6 evaluation passes on the account card, and the ones worked
 *   out by hand; a flat with 1 month of arrears, a paused and a closed account are not listed; a month not yet
 *   due counts for nobody (a flat with 9 999,99 overdue and 4 000 not yet due is not listed);
 * - flats with a debt left out are counted by reason, on screen and in the batch;
 * - the four-flat entrance gets only its total and the number of flats in debt, never flat by flat;
 * - the PDF read back: the lines, ≥ 14 pt from the content streams, conditional consequences, «не содержит
 *   персональных данных» only on the totals-only notice, no resident's name, initials or phone anywhere;
 * - a new version of the rule book changes who is listed.
 * Page images go to test-results/notice-*.png to be looked at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { incline } from 'lvovich';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { currentRuleBook, saveRuleBook } from '../../electron/core/rules/rule-book-repo';
import type { NoticeBuildingsView, NoticeGenerateResult, NoticePreview } from '../../shared/api/contract-documents';
import type { AccountNextStep } from '../../shared/api/contract-work';
import type { AccountCard } from '../../shared/registry/registry-types';
import { call, pageImage, pdfPages, pdfText } from '../claims/documents-district';
import { accountId, ADDRESS, buildingId, openBuildingCore, OTHER_ADDRESS, RESIDENTS } from './notice-building';
import { pdfTextSizes } from './pdf-text-sizes';

const SCREENSHOTS = path.resolve('test-results');
const FLATS = Object.keys(RESIDENTS).map(Number);

/** Worked out by hand from the charges and payments in notice-building.ts. */
const EXPECTED_LIST = [
  { apartment: '3', debtKopecks: 12_000_00 },
  { apartment: '5', debtKopecks: 40_000_00 },
  { apartment: '8', debtKopecks: 20_000_00 },
  { apartment: '9', debtKopecks: 10_000_00 },
];
const EXPECTED_LISTED_FLATS = [3, 5, 8, 9, 15, 16];
/** Overdue debt and months in arrears of each flat, by hand (November 2026, not yet due, is not in them). */
const EXPECTED_DEBT: Record<number, [number, number]> = {
  1: [0, 0],
  2: [4_000_00, 1],
  3: [12_000_00, 3],
  4: [12_000_00, 1],
  5: [40_000_00, 10],
  6: [40_000_00, 10],
  7: [40_000_00, 10],
  8: [20_000_00, 10],
  9: [10_000_00, 3],
  10: [9_999_99, 3],
  11: [0, 0],
  12: [0, 0],
  13: [0, 0],
  14: [0, 0],
  15: [40_000_00, 10],
  16: [12_000_00, 3],
  17: [0, 0],
  18: [4_000_00, 1],
};

let core: Core;
let building: number;
let preview: NoticePreview;
let result: NoticeGenerateResult;
let printFile: string;

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');
const measure6 = (step: AccountNextStep) => step.measures.find((m) => m.measure === 6);

beforeAll(async () => {
  core = await openBuildingCore();
  building = buildingId(core);
  // Flat 6 is in a dispute: work paused until the end of the year.
  await call(core, 'account.pause', {
    accountId: accountId(core, 6),
    untilDate: '2026-12-31',
    reason: 'dispute',
    comment: 'спор о начислениях',
  });
  preview = await call<NoticePreview>(core, 'notices.preview', { buildingIds: [building] });
  result = await call<NoticeGenerateResult>(core, 'notices.generate', { buildingIds: [building] });
  printFile = path.join(core.ctx.dataDir, result.printFile);
}, 240_000);

afterAll(async () => {
  await core.close();
  fs.rmSync(core.ctx.dataDir, { recursive: true, force: true });
});

describe('who a notice lists: the rule book, as on the account card', () => {
  it('the cards show the debt and months worked out by hand', async () => {
    for (const flat of FLATS) {
      const card = await call<AccountCard>(core, 'account.card', { accountId: accountId(core, flat) });
      expect([card.totals.debtKopecks, card.totals.monthsInArrears], `кв. ${flat}`).toEqual(EXPECTED_DEBT[flat]);
      // November's charge is due on 15.12.2026: not yet due, never on a notice.
      expect(card.totals.notYetDueKopecks, `кв. ${flat}`).toBe(4_000_00);
    }
  });

  it('lists exactly the flats whose measure-6 evaluation passes on the card, and those are the ones worked out by hand', async () => {
    const listedOnNotice = new Set<number>([
      ...preview.entrances.flatMap((e) => e.rows.map((r) => Number(r.apartment))),
      // The small entrance prints no numbers; its count is checked below against the same cards.
    ]);
    const passing: number[] = [];
    for (const flat of FLATS) {
      const step = await call<AccountNextStep>(core, 'account.evaluate', { accountId: accountId(core, flat) });
      const verdict = measure6(step);
      expect(verdict, `кв. ${flat}`).toBeDefined();
      if (verdict?.available) passing.push(flat);
      if (flat <= 14) expect(listedOnNotice.has(flat), `кв. ${flat}: ${verdict?.reason}`).toBe(verdict?.available);
    }
    expect(passing).toEqual(EXPECTED_LISTED_FLATS);
    const small = preview.entrances.find((e) => e.entrance === 2);
    expect(small?.debtorFlats).toBe(passing.filter((f) => f > 14).length);
  });

  it('does not list a flat with one month of arrears; its card says why', async () => {
    const step = await call<AccountNextStep>(core, 'account.evaluate', { accountId: accountId(core, 4) });
    expect(measure6(step)?.available).toBe(false);
    expect(measure6(step)?.reason).toBe('1 месяц просрочки — меньше 3');
    expect(preview.entrances.flatMap((e) => e.rows).some((r) => r.apartment === '4')).toBe(false);
  });

  it('lists the large entrance flat by flat with the card’s amounts, and the small one by its totals only', () => {
    expect(preview.entrances.map((e) => [e.buildingId, e.entrance, e.flats, e.mode])).toEqual([
      [building, 1, 14, 'list'],
      [building, 2, 4, 'totals'],
    ]);
    const [large, small] = preview.entrances;
    expect(large?.rows).toEqual(EXPECTED_LIST);
    expect(large?.totalKopecks).toBe(82_000_00);
    expect(small).toMatchObject({ rows: [], debtorFlats: 2, totalKopecks: 52_000_00 });
    expect(preview.notes).toHaveLength(1);
    expect(plain(preview.notes[0] ?? '')).toContain(
      'подъезд 2: всего 4 кв. (не больше 12) — в объявлении только общая сумма',
    );
  });

  it('counts the flats with a debt it leaves out, by reason, on screen and in the batch', async () => {
    expect(preview.leftOut.map((r) => ({ ...r, reason: plain(r.reason) }))).toEqual([
      { reason: 'не выполнено условие «долг не меньше 10 000 ₽»', flats: 3 },
      { reason: 'не выполнено условие «не меньше 3 месяцев просрочки»', flats: 1 },
      { reason: 'работа приостановлена', flats: 1 },
      { reason: 'счёт закрыт', flats: 1 },
    ]);
    expect(preview.withoutDebtFlats).toBe(6);
    expect(result.leftOut).toEqual(preview.leftOut);
    expect(result.listedFlats).toBe(4);
    expect(result.totalsOnlyEntrances).toBe(1);
    const batch = core.ctx.sqlite
      .prepare('SELECT summary, params_json AS params FROM document_batches WHERE id = ?')
      .get(result.batchId) as {
      summary: string;
      params: string;
    };
    expect(plain(batch.summary)).toContain(
      'не включены 6 кв. с долгом: не выполнено условие «долг не меньше 10 000 ₽» — 3; не выполнено условие «не меньше 3 месяцев просрочки» — 1; работа приостановлена — 1; счёт закрыт — 1',
    );
    expect(batch.summary).toContain('в списках 4 кв.');
    expect(batch.summary).toContain('1 подъезд не больше 12 кв. — только итог (2 кв.)');
    expect(JSON.parse(batch.params)).toMatchObject({ ruleVersion: '2026-01-01/0', fewFlatsLimit: 12 });
  });

  it('shows the rule book’s conditions, not a threshold of its own, and counts listed flats per building', async () => {
    const view = await call<NoticeBuildingsView>(core, 'notices.buildings', {});
    expect(view.conditions.map(plain)).toEqual(['долг не меньше 10 000 ₽', 'не меньше 3 месяцев просрочки']);
    expect(view.allConditions.map(plain)).toEqual([
      'счёт открыт',
      'без паузы',
      'долг не меньше 10 000 ₽',
      'не меньше 3 месяцев просрочки',
    ]);
    expect(view.asOfDate).toBe('2026-11-26');
    const mine = view.buildings.find((b) => b.id === building);
    expect(mine).toMatchObject({ address: ADDRESS, flats: 18, listedFlats: 6 });
    expect(view.buildings.find((b) => b.address === OTHER_ADDRESS)).toMatchObject({ flats: 1, listedFlats: 1 });
  });
});

describe('the notice on paper', () => {
  it('prints the large entrance’s flats with their amounts and nothing of the others', () => {
    expect(pdfPages(printFile)).toBe(2);
    const page1 = pdfText(printFile, { first: 1, last: 1 });
    expect(page1).toContain('г. Красногорск, ул. Проверочная, д. 3, подъезд 1');
    expect(page1).toContain('По состоянию на 26.11.2026');
    const flats = [...page1.matchAll(/кв\. (\d+)/g)].map((m) => Number(m[1]));
    expect(flats.sort((a, b) => a - b)).toEqual([3, 5, 8, 9]);
    for (const amount of ['12 000,00 ₽', '40 000,00 ₽', '20 000,00 ₽', '10 000,00 ₽']) expect(page1).toContain(amount);
    expect(page1).toContain('Всего квартир: 4, общая сумма долга 82 000 руб. 00 коп.');
    expect(page1).toContain('Учтены квартиры, где долг не меньше 10 000 ₽ и не меньше 3 месяцев просрочки.');
    expect(page1).not.toContain('Проверочная, д. 5');
  });

  it('gives the four-flat entrance only its total and number of flats in debt', () => {
    const page2 = pdfText(printFile, { first: 2, last: 2 });
    expect(page2).toContain('подъезд 2');
    expect(page2).not.toMatch(/кв\.\s*\d/);
    expect(page2).not.toMatch(/\b1[56]\b/);
    expect(page2).toContain('Квартир с долгом: 2');
    expect(page2).toContain('Общая сумма долга: 52 000 руб. 00 коп.');
  });

  it('says «не содержит персональных данных» only on the totals-only notice', () => {
    const [page1, page2] = [1, 2].map((p) => plain(pdfText(printFile, { first: p, last: p })).replace(/\s+/g, ' '));
    expect(page1).not.toContain('не содержит персональных данных');
    expect(page1).toContain('только номера квартир и суммы долга, без фамилий, имён и других сведений о жильцах');
    expect(page2).toContain(
      'Объявление не содержит персональных данных: только общая сумма долга подъезда и число квартир с долгом',
    );
  });

  it('states consequences as what may happen and who decides, never as certain', () => {
    const text = plain(pdfText(printFile)).replace(/\s+/g, ' ');
    expect(text).toContain(
      'управляющая организация вправе обратиться в суд; суд может взыскать долг, пени и судебные расходы',
    );
    expect(text).toContain('может быть ограничено предоставление коммунальных услуг в порядке Правил № 354');
    expect(text).toContain('только после отдельного письменного предупреждения');
    for (const certain of [
      'будут взысканы',
      'взыскиваются',
      'будет ограничен',
      'будут ограничены',
      'будет отключ',
      'начнётся',
      'выселен',
    ]) {
      expect(text).not.toContain(certain);
    }
  });

  it('sets every line at 14 pt or more (read from the PDF’s content streams)', async () => {
    const pages = await pdfTextSizes(printFile);
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(page.sizes.length).toBeGreaterThan(10);
      expect(Math.min(...page.sizes)).toBeGreaterThanOrEqual(14);
      expect(page.scaledMatrices).toEqual([]);
    }
  });

  it('never shows a resident’s name, surname, initials or phone number', () => {
    const files = [printFile, ...result.documents.map((d) => path.join(core.ctx.dataDir, d.filePath))];
    for (const file of files) {
      const text = plain(pdfText(file));
      const words = new Set(
        text
          .toLowerCase()
          .replace(/ё/g, 'е')
          .split(/[^а-яa-z]+/),
      );
      const digits = text.replace(/\D/g, '');
      for (const [flat, fullName] of Object.entries(RESIDENTS)) {
        const [last = '', first = '', middle = ''] = fullName.split(' ');
        const forms = new Set<string>([last, first, middle]);
        for (const c of ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const) {
          const d = incline({ last, first, middle }, c);
          for (const x of [d.last, d.first, d.middle]) if (x) forms.add(x);
        }
        for (const form of forms)
          expect(words.has(form.toLowerCase().replace(/ё/g, 'е')), `${fullName}: «${form}»`).toBe(false);
        expect(text).not.toContain(`${first[0]}. ${middle[0]}.`);
        expect(text).not.toContain(`${first[0]}.${middle[0]}.`);
        expect(text).not.toContain(`${last} ${first[0]}.`);
        const f = Number(flat);
        expect(digits).not.toContain(`916555${String(f).padStart(2, '0')}${String(f * 3).padStart(2, '0')}`);
      }
    }
  });

  it('renders each notice to an image for a person to look at', () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    for (const page of [1, 2]) {
      const image = pageImage(printFile, page, 100);
      fs.copyFileSync(image.pngPath, path.join(SCREENSHOTS, `notice-rules-page-${page}.png`));
      fs.rmSync(image.pngPath, { force: true });
      expect(image.width).toBeGreaterThan(800);
    }
  });
});

describe('a new version of the rule book', () => {
  it('changes who is listed, with no setting of the notices’ own', async () => {
    const book = currentRuleBook(core.ctx.sqlite);
    const { version: _v, validFrom: _f, ...rest } = book;
    saveRuleBook(
      core.ctx.sqlite,
      {
        ...rest,
        measures: book.measures.map((m) =>
          m.measure === 6
            ? {
                ...m,
                conditions: [
                  { fact: 'debtKopecks', op: 'gte', value: 5_000_00 },
                  { fact: 'monthsInArrears', op: 'gte', value: 1 },
                ],
              }
            : m,
        ),
      },
      'тест: объявления от 5 000 ₽ и 1 месяца',
      { userId: null, name: 'Администратор' },
      Date.UTC(2026, 10, 26, 10),
    );
    const after = await call<NoticePreview>(core, 'notices.preview', { buildingIds: [building] });
    expect(after.conditions.map(plain)).toEqual(['долг не меньше 5 000 ₽', 'не меньше 1 месяца просрочки']);
    expect(after.entrances[0]?.rows.map((r) => r.apartment)).toEqual(['3', '4', '5', '8', '9', '10']);
    expect(after.entrances[1]).toMatchObject({ mode: 'totals', debtorFlats: 2, totalKopecks: 52_000_00 });
    const step = await call<AccountNextStep>(core, 'account.evaluate', { accountId: accountId(core, 4) });
    expect(measure6(step)?.available).toBe(true);
  });
});
