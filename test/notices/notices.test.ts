/**
 * Stairwell notices (measure 6) for a whole building of the demo district: the flats listed per entrance are
 * exactly those whose measure-6 evaluation passes on their account cards; the PDF read back as text lists each of
 * them with its amount, and no name, surname, initials or phone number of any resident of the building appears
 * anywhere in it; when the few-flats limit (data) covers the entrances, they get their totals only — there is
 * nothing to confirm that would print them flat by flat; the posting journal records who put which notice up,
 * where and when (measure 6 in the actions journal).
 */
import path from 'node:path';
import { incline } from 'lvovich';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import type {
  NoticeBuildingView,
  NoticeBuildingsView,
  NoticeGenerateResult,
  NoticePostingView,
  NoticePreview,
} from '../../shared/api/contract-documents';
import type { AccountNextStep } from '../../shared/api/contract-work';
import { call, closeDocumentsCore, openDocumentsCore, pdfPages, pdfText, TODAY } from '../claims/documents-district';

let core: Core;
let building: NoticeBuildingView;
let result: NoticeGenerateResult;
let preview: NoticePreview;
/** The journal's last id before the notices of `beforeAll` were generated, and after. */
let journalBefore: number;
let journalAfter: number;
const lastActionId = (): number =>
  core.ctx.sqlite.prepare('SELECT coalesce(max(id), 0) FROM actions').pluck().get() as number;

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');
/** «12 345,06» as a notice prints an amount, written here by hand: whole rubles in groups of three, two kopeck digits. */
const money = (kopecks: number): string =>
  `${String(Math.floor(kopecks / 100)).replace(/\B(?=(\d{3})+$)/g, ' ')},${String(kopecks % 100).padStart(2, '0')}`;

beforeAll(async () => {
  core = await openDocumentsCore(200);
  const view = await call<NoticeBuildingsView>(core, 'notices.buildings', {});
  building = [...view.buildings].sort((a, b) => b.listedFlats - a.listedFlats)[0] as NoticeBuildingView;
  expect(building.listedFlats).toBeGreaterThan(2);
  preview = await call<NoticePreview>(core, 'notices.preview', { buildingIds: [building.id] });
  journalBefore = lastActionId();
  result = await call<NoticeGenerateResult>(core, 'notices.generate', { buildingIds: [building.id] });
  journalAfter = lastActionId();
}, 240_000);

afterAll(async () => {
  await closeDocumentsCore(core);
});

function noticeText(): string {
  const file = path.join(core.ctx.dataDir, result.printFile);
  return plain(pdfText(file));
}

describe('stairwell notices for a whole building', () => {
  it('lists, entrance by entrance, exactly the flats whose measure-6 evaluation passes on the card', async () => {
    const accounts = core.ctx.sqlite
      .prepare(
        `SELECT a.id, p.entrance, p.apartment FROM accounts a JOIN premises p ON p.id = a.premises_id WHERE p.building_id = ? ORDER BY a.id`,
      )
      .all(building.id) as Array<{ id: number; entrance: number | null; apartment: string }>;
    const passing = new Map<string, Set<string>>();
    for (const a of accounts) {
      const step = await call<AccountNextStep>(core, 'account.evaluate', { accountId: a.id });
      if (!step.measures.find((m) => m.measure === 6)?.available) continue;
      const key = String(a.entrance);
      passing.set(key, (passing.get(key) ?? new Set()).add(a.apartment));
    }
    expect([...passing.values()].reduce((n, s) => n + s.size, 0)).toBe(building.listedFlats);
    expect(preview.entrances.map((e) => String(e.entrance)).sort()).toEqual([...passing.keys()].sort());
    for (const e of preview.entrances) {
      const expected = [...(passing.get(String(e.entrance)) ?? [])].sort();
      expect(e.debtorFlats).toBe(expected.length);
      if (e.mode === 'list') expect(e.rows.map((r) => r.apartment).sort()).toEqual(expected);
      else expect(e.rows).toEqual([]);
    }
  });

  it('prints each listed flat of each entrance with its amount, as of the date', () => {
    expect(money(1_234_506)).toBe('12 345,06');
    const text = noticeText();
    expect(pdfPages(path.join(core.ctx.dataDir, result.printFile))).toBeGreaterThanOrEqual(preview.entrances.length);
    expect(text).toContain('ОБЪЯВЛЕНИЕ');
    expect(text).toContain('По состоянию на 26.11.2026');
    for (const e of preview.entrances) {
      if (e.entrance !== null) expect(text).toContain(`подъезд ${e.entrance}`);
      for (const r of e.rows) {
        expect(text).toContain(`кв. ${r.apartment}`);
        expect(text).toContain(`${money(r.debtKopecks)} ₽`);
      }
    }
  });

  it('never shows a resident’s name, surname, initials or phone number', () => {
    const text = noticeText();
    const folded = text.toLowerCase().replace(/ё/g, 'е');
    const people = core.ctx.sqlite
      .prepare(
        `SELECT DISTINCT pe.full_name AS fullName, pe.phone FROM persons pe
           JOIN account_persons ap ON ap.person_id = pe.id JOIN accounts a ON a.id = ap.account_id
           JOIN premises p ON p.id = a.premises_id WHERE p.building_id = ?`,
      )
      .all(building.id) as Array<{ fullName: string; phone: string | null }>;
    expect(people.length).toBeGreaterThan(0);
    // Words that are also in the building's address or the УК's name are not a resident's (a «Лесная» street).
    const context = `${building.address} ${preview.entrances.map((e) => e.buildingAddress).join(' ')} ${
      core.ctx.sqlite
        .prepare(
          'SELECT c.name FROM buildings b JOIN management_companies c ON c.id = b.management_company_id WHERE b.id = ?',
        )
        .pluck()
        .get(building.id) as string
    }`
      .toLowerCase()
      .replace(/ё/g, 'е');
    const words = (s: string) =>
      s
        .toLowerCase()
        .replace(/ё/g, 'е')
        .split(/[^а-яa-z]+/)
        .filter((w) => w.length >= 3);
    const textWords = new Set(words(folded));
    const contextWords = new Set(words(context));
    for (const person of people) {
      const parts = person.fullName.split(/\s+/);
      // Every case form of the name (lvovich declines it), as whole words: «Иванов», «Иванову», «Ивановым»…
      const [l = '', f = '', m = ''] = parts;
      const forms = new Set<string>(words(person.fullName));
      for (const c of ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const) {
        const d = incline({ last: l, first: f, ...(m ? { middle: m } : {}) }, c);
        for (const x of [d.last, d.first, d.middle]) if (x) for (const w of words(x)) forms.add(w);
      }
      for (const w of forms) {
        if (contextWords.has(w)) continue;
        expect(textWords.has(w), `«${person.fullName}» (${w}) в объявлении`).toBe(false);
      }
      const [last, first, middle] = parts;
      if (first && middle) expect(text).not.toContain(`${first[0]}. ${middle[0]}.`);
      if (first && middle) expect(text).not.toContain(`${first[0]}.${middle[0]}.`);
      if (last && first) expect(text).not.toContain(`${last} ${first[0]}.`);
      if (person.phone) {
        const digits = person.phone.replace(/\D/g, '').slice(-7);
        expect(text.replace(/\D/g, '')).not.toContain(digits);
      }
    }
  });

  it('gives entrances within the few-flats limit their totals only, with nothing to confirm', async () => {
    const largest = Math.max(...preview.entrances.map((e) => e.flats));
    // The limit is data: an administrator raises it from a date on; the entrances then get totals only.
    core.ctx.sqlite
      .prepare(
        `INSERT INTO document_rules (key, valid_from_date, value_int, note) VALUES ('notice_few_flats', '2026-11-01', ?, 'тест')`,
      )
      .run(largest);
    try {
      const small = await call<NoticePreview>(core, 'notices.preview', { buildingIds: [building.id] });
      expect(small.entrances.every((e) => e.mode === 'totals' && e.rows.length === 0)).toBe(true);
      expect(small.notes[0]).toMatch(/только общая сумма/);
      const printed = await call<NoticeGenerateResult>(core, 'notices.generate', { buildingIds: [building.id] });
      const text = plain(pdfText(path.join(core.ctx.dataDir, printed.printFile)));
      expect(text).not.toMatch(/кв\.\s*\d/);
      expect(text).toContain('Квартир с долгом:');
    } finally {
      // The limit goes back, so no other test sees it, whatever the order.
      core.ctx.sqlite
        .prepare(`DELETE FROM document_rules WHERE key = 'notice_few_flats' AND valid_from_date = '2026-11-01'`)
        .run();
    }
  });

  it('journals where and when a notice was posted, by whom (measure 6)', async () => {
    const doc = result.documents[0] as NoticeGenerateResult['documents'][number];
    const beforePosting = lastActionId();
    const posted = await call<NoticePostingView>(core, 'notices.recordPosting', {
      documentId: doc.documentId,
      entrance: doc.entrances[0] ?? null,
      postedDate: TODAY,
      place: 'доска объявлений у лифта',
    });
    expect(posted.userName).toBe('Проверка (начальник отдела)');
    const list = await call<NoticePostingView[]>(core, 'notices.postings', {});
    expect(list[0]).toMatchObject({ documentId: doc.documentId, place: 'доска объявлений у лифта', postedDate: TODAY });
    // Only this test's posting and the generation of `beforeAll` are looked at: other tests may generate more.
    const journal = (from: number, to: number) =>
      core.ctx.sqlite
        .prepare(`SELECT kind, measure, summary FROM actions WHERE id > ? AND id <= ? ORDER BY id`)
        .all(from, to) as Array<{ kind: string; measure: number; summary: string }>;
    expect(journal(journalBefore, journalAfter).map((j) => [j.kind, j.measure])).toEqual([['notice.generated', 6]]);
    const posting = journal(beforePosting, lastActionId());
    expect(posting.map((j) => [j.kind, j.measure])).toEqual([['notice.posted', 6]]);
    expect(posting[0]?.summary).toContain('доска объявлений у лифта');
  });
});
