/**
 * The court documents rendered to PDF and read back as a clerk's tools read them (poppler's pdftotext, pdfinfo,
 * pdffonts): every document of the hand-made cases is an A4 text PDF in PT Sans at ≥ 11 pt with a 20 mm left
 * margin, and its sums are the ones a lawyer wrote by hand from the fixture (test/court/case-facts-fixture.ts).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/app-error';
import {
  COURT_TEMPLATE_VERSION,
  renderCourtDocument,
  renderCourtRegister,
} from '../../electron/core/court/render-court-document';
import type { CaseFacts, CourtDocumentKind } from '../../shared/court/court-case-facts';
import { pageFontSizes, pageWords, pdfFonts } from '../claims/documents-district';
import { ownerCourtOrderFacts, ownerLawsuitFacts, registerFacts, tenantCourtOrderFacts } from './case-facts-fixture';

let dir: string;
const files = new Map<string, string>();

/** pdftotext's text with no-break spaces as plain spaces and lines joined, so a wrapped sentence still matches. */
function textOf(name: string, layout = false): string {
  const file = files.get(name);
  if (!file) throw new Error(`не отрисован: ${name}`);
  const raw = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
  const plain = raw.replace(/[\u00a0\u202f]/g, ' ');
  return layout ? plain : plain.replace(/\s*\n\s*/g, ' ').replace(/ {2,}/g, ' ');
}

function info(name: string): { pages: number; size: string } {
  const out = execFileSync('pdfinfo', [files.get(name) as string], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1]), size: /Page size:\s+(.*)/.exec(out)?.[1] ?? '' };
}

const CASES: Array<[string, () => CaseFacts, CourtDocumentKind[]]> = [
  [
    'order',
    ownerCourtOrderFacts,
    ['application', 'debt_calculation', 'penalty_calculation', 'attachments', 'cover_letter'],
  ],
  [
    'lawsuit',
    ownerLawsuitFacts,
    ['application', 'debt_calculation', 'penalty_calculation', 'attachments', 'cover_letter', 'duty_offset_petition'],
  ],
  ['tenant', tenantCourtOrderFacts, ['application', 'debt_calculation', 'penalty_calculation']],
];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-court-docs-'));
  for (const [name, facts, kinds] of CASES) {
    for (const kind of kinds) {
      const file = path.join(dir, `${name}-${kind}.pdf`);
      fs.writeFileSync(file, await renderCourtDocument(kind, facts()));
      files.set(`${name}-${kind}`, file);
    }
  }
  const register = path.join(dir, 'register.pdf');
  fs.writeFileSync(register, await renderCourtRegister(registerFacts()));
  files.set('register', register);
}, 120_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('every court document', () => {
  it('is an A4 text PDF in embedded PT Sans, ≥ 11 pt, with a 20 mm left margin', async () => {
    expect(COURT_TEMPLATE_VERSION).toBe('court-1');
    const landscape = new Set([
      'order-penalty_calculation',
      'lawsuit-penalty_calculation',
      'tenant-penalty_calculation',
      'register',
    ]);
    for (const [name, file] of files) {
      expect(fs.readFileSync(file).subarray(0, 5).toString(), name).toBe('%PDF-');
      const { pages, size } = info(name);
      expect(size, name).toBe(landscape.has(name) ? '841.89 x 595.28 pts (A4)' : '595.28 x 841.89 pts (A4)');
      expect(textOf(name).length, name).toBeGreaterThan(200);
      const fonts = pdfFonts(file);
      expect(fonts.length, name).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f.name, name).toMatch(/PTSans/);
        expect(f.embedded, `${name}: ${f.name}`).toBe(true);
      }
      const leftMargin = (20 * 72) / 25.4;
      for (let page = 1; page <= pages; page += 1) {
        const sizes = await pageFontSizes(file, page);
        expect(sizes.length, `${name} p.${page}`).toBeGreaterThan(0);
        expect(Math.min(...sizes), `${name} p.${page}`).toBeGreaterThanOrEqual(11);
        const words = pageWords(file, page);
        expect(Math.min(...words.map((w) => w.xMin)), `${name} p.${page}`).toBeGreaterThanOrEqual(leftMargin - 0.5);
      }
    }
  });
});

describe('the court order application', () => {
  it('reads as the lawyer wrote it: parties, identifiers, sums in figures and words, the prayer, the attachments', () => {
    const t = textOf('order-application');
    expect(t).toContain('Мировому судье судебного участка № 123 Красногорского судебного района Московской области');
    expect(t).toContain(
      'ЗАЯВЛЕНИЕ о вынесении судебного приказа о взыскании задолженности по оплате жилого помещения и коммунальных услуг',
    );
    expect(t).toContain('ИНН 5024123456, КПП 502401001');
    expect(t).toContain('ОГРН 1115024000123');
    expect(t).toContain('р/с 40702810938000012345 в ПАО Сбербанк');
    expect(t).toContain('дата рождения: 12.04.1975');
    expect(t).toContain('СНИЛС 123-456-789 01, паспорт 4510 123456');
    expect(t).toContain('16 846 руб. 90 коп.');
    expect(t).toContain('5 615 руб. 63 коп.');
    expect(t).toContain('12 107 руб. 35 коп.');
    expect(t).toContain('4 035 руб. 78 коп.');
    expect(t).toContain('Всего 9 651 руб. 41 коп.');
    expect(t).toContain('(Девять тысяч шестьсот пятьдесят один рубль 41 копейка)');
    expect(t).toContain('ПРОШУ:');
    expect(t).toContain('о взыскании с Ивановой Марии Петровны в пользу ООО «УК Красногорье»');
    expect(t).toContain('а также расходов по уплате государственной пошлины в сумме 2 000 руб. 00 коп.');
    expect(t).toContain('ст. 121–124 ГПК РФ');
    expect(t).toContain('Приложение: 1. Расчёт задолженности на 1 л. 2. Расчёт пени на 2 л.');
    expect(t).toContain('7. Копия доверенности представителя на 1 л.');
    expect(t).toContain('Юрисконсульт ООО «УК Красногорье» представитель по доверенности от 10.01.2026 № 5');
    expect(t).toContain('Соколов Дмитрий Андреевич 06.12.2026');
    expect(t).not.toContain('коп..');
    expect(t).not.toContain('исковой давности');
  });

  it('names a family member whose data are unknown as the law allows, jointly', () => {
    const t = textOf('tenant-application');
    expect(t).toContain(
      'Должник 2 (солидарно): Петров Сергей Викторович дата рождения: сведения неизвестны взыскателю место рождения: сведения неизвестны взыскателю',
    );
    expect(t).toContain('солидарно с Петровой Любови Николаевны, Петрова Сергея Викторовича');
    expect(t).toContain('всего 28 954 руб. 25 коп.');
    expect(t).toContain('(Двадцать восемь тысяч девятьсот пятьдесят четыре рубля 25 копеек)');
    expect(t).toContain('ст. 67, 69, 153, 155 ЖК РФ');
  });
});

describe('the lawsuit and the duty offset', () => {
  it('the claim names the cancelled order and offsets its duty', () => {
    const t = textOf('lawsuit-application');
    expect(t).toContain('ИСКОВОЕ ЗАЯВЛЕНИЕ о взыскании задолженности по оплате жилого помещения и коммунальных услуг');
    expect(t).toContain('Цена иска: 9 651 руб. 41 коп.');
    expect(t).toContain('Судебный приказ № 2-415/2025 от 20.02.2025 определением от 17.03.2025 отменён');
    expect(t).toContain(
      'В сумме 2 000 руб. 00 коп. подлежит зачёту госпошлина, уплаченная при подаче заявления о вынесении судебного приказа (пп. 13 п. 1 ст. 333.20 НК РФ)',
    );
    expect(t).toContain('расходы по уплате государственной пошлины в сумме 4 000 руб. 00 коп.');
  });

  it('the petition asks to offset 2 000,00 and lists the payment orders', () => {
    const t = textOf('lawsuit-duty_offset_petition');
    expect(t).toContain('ЗАЯВЛЕНИЕ о зачёте государственной пошлины');
    expect(t).toContain('п. 6 ст. 333.40 НК РФ');
    expect(t).toContain('в сумме 2 000 руб. 00 коп. (Две тысячи рублей 00 копеек)');
    expect(t).toContain('1. Платёжное поручение № 812 от 03.02.2025 на 2 000 руб. 00 коп.');
    expect(t).toContain('Копия определения от 17.03.2025 об отмене судебного приказа № 2-415/2025');
  });
});

describe('the calculations', () => {
  it('debt: months with due dates, the barred months apart, 16 846,90 and the share 5 615,63', () => {
    const t = textOf('order-debt_calculation', true);
    expect(t).toMatch(/11\.2023\s+10\.12\.2023\s+4 800,00\s+1 000,00\s+3 800,00/);
    expect(t).toMatch(/02\.2024\s+10\.03\.2024\s+5 123,45\s+2 000,00\s+3 123,45/);
    expect(t).toMatch(/Итого\s+19 846,90\s+3 000,00\s+16 846,90/);
    expect(t).toMatch(/Доля 1\/3: 16 846,90 × 1\/3 =\s+5 615 руб\. 63 коп\./);
    expect(t).toContain('за пределами срока исковой давности');
    expect(t).toMatch(/09\.2023\s+10\.10\.2023\s+4 500,00\s+0,00\s+4 500,00/);
    expect(t).toContain('Петрова Анна Сергеевна');
    expect(t).toContain('Начальник отдела по работе с задолженностью');
  });

  it('penalty: the debtor on top, formulas, payments, the barred month apart, 12 107,35 and 4 035,78', () => {
    const t = textOf('order-penalty_calculation', true);
    const flat = textOf('order-penalty_calculation');
    expect(t).toMatch(/Должник:\s+Иванова Мария Петровна/);
    expect(t).toMatch(/Лицевой счёт:\s+№ 5001234/);
    expect(t).toMatch(/Адрес помещения:\s+Московская обл\., г\. Красногорск, ул\. Ленина, д\. 7, кв\. 12/);
    expect(t).toMatch(
      /11\.2023\s+10\.12\.2023\s+3 800,00\s+10\.01\.2024\s+09\.03\.2024\s+60\s+3 800,00 × 60 × 1\/300 × 9,5 %\s+72,20/,
    );
    expect(t).toMatch(
      /01\.2024\s+10\.02\.2024\s+5 123,45\s+11\.05\.2024\s+06\.12\.2026\s+940\s+5 123,45 × 940 × 1\/130 × 9,5 %\s+3 519,42/,
    );
    expect(t).toMatch(/Итого\s+12 107,35/);
    expect(t).toMatch(/05\.12\.2023\s+1 000,00\s+ноябрь 2023/);
    expect(t).toMatch(/05\.03\.2024\s+2 000,00\s+февраль 2024/);
    expect(flat).toContain('Месяцы за пределами срока исковой давности — не включены в расчёт пени');
    expect(t).toMatch(/4 500,00 × 60 × 1\/300 × 9,5 %\s+85,50/);
    expect(t).toMatch(/Доля 1\/3: 12 107,35 × 1\/3 =\s+4 035 руб\. 78 коп\./);
    expect(flat).toContain('Расчёт составил: Начальник отдела по работе с задолженностью');
  });
});

describe('letters and the register', () => {
  it('the cover letter and the list of attachments', () => {
    const c = textOf('order-cover_letter');
    expect(c).toContain('СОПРОВОДИТЕЛЬНОЕ ПИСЬМО');
    expect(c).toContain(
      'Сумма требований — 9 651 руб. 41 коп. (Девять тысяч шестьсот пятьдесят один рубль 41 копейка)',
    );
    expect(c).toContain(
      '1. Заявление о вынесении судебного приказа о взыскании с Ивановой Марии Петровны — 9 651 руб. 41 коп.',
    );
    const a = textOf('order-attachments');
    expect(a).toContain('ПЕРЕЧЕНЬ ПРИЛОЖЕНИЙ');
    expect(a).toContain('6. Копия договора управления многоквартирным домом на 12 л.');
  });

  it('the register: rows and totals agree with the applications', () => {
    const t = textOf('register', true);
    expect(textOf('register')).toContain(
      'РЕЕСТР ЗАЯВЛЕНИЙ направляемых в судебный участок № 123 Красногорского судебного района Московской области',
    );
    expect(t).toMatch(/5 615,63\s+4 035,78\s+9 651,41\s+2 000,00\s+9/);
    expect(t).toMatch(/16 846,90\s+12 107,35\s+28 954,25\s+2 000,00\s+10/);
    expect(t).toMatch(/Итого\s+22 462,53\s+16 143,13\s+38 605,66\s+4 000,00\s+19/);
    expect(t).toContain('Морозова Елена Викторовна');
  });
});

describe('facts a clerk would send back are refused', () => {
  it('a penalty total that is not the sum of its lines', async () => {
    const f = ownerCourtOrderFacts();
    f.accountPenaltyKopecks = 1210736;
    const err = await renderCourtDocument('application', f).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('CONFLICT');
    expect((err as AppError).message).toMatch(
      /сумма строк расчёта пени 12\s107\sруб\.\s35\sкоп\. не равна пени по счёту 12\s107\sруб\.\s36\sкоп\./,
    );
  });

  it('a debtor without the ГПК ст.124 data and no confirmation', async () => {
    const f = ownerCourtOrderFacts();
    const d = f.debtors[0];
    if (d) d.birthPlace = null;
    const err = await renderCourtDocument('application', f).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('COURT.IDENTIFIERS_MISSING');
  });
});
