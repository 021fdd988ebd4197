/**
 * @file What the press summary shows (shared, pure): the title with the district and the date, the key figures in
 * big type, the debt by УК (table and bar chart), by size of debt, the district's debt at six month ends, the
 * measures of the plan done in the period, a short neutral text a press officer can quote, the footnotes on merged
 * groups and the source line. Display strings, and the charts' numbers in kopecks.
 *
 * PERSONAL DATA: the facts carry no account, person or address below the УК, and groups of fewer than five debtors
 * are merged (shared/media/press-groups.ts); the finished view still goes through assertNoPersonalData.
 */
import { formatRuDate } from '../../dates/iso-date';
import { plural } from '../../text/plural';
import { formatCount } from '../../text/format-count';
import {
  PRESS_MIN_GROUP,
  groupBrackets,
  groupCompanies,
  type DebtPoint,
  type PressBracketInput,
  type PressCompanyInput,
} from '../../media/press-groups';
import { changePercent, changeText, moneyShortText, rublesRoundText } from '../../media/press-money';

export interface PressMeasureInput {
  number: number;
  title: string;
  /** The figure in the measure's unit: «412 л/с». */
  text: string;
  detail: string | null;
}

export interface PressSummaryFacts {
  districtName: string;
  organisationName: string;
  from: string;
  to: string;
  /** The day before `from`: the debt «at the start». */
  startDate: string;
  companies: readonly PressCompanyInput[];
  /** The district's debtors by bracket at `to`. */
  brackets: readonly PressBracketInput[];
  /** The district's debt at the six points of the monthly line. */
  months: ReadonlyArray<{ date: string } & DebtPoint>;
  /** Measures with a non-zero figure in the period, in plan order. */
  measures: readonly PressMeasureInput[];
  /** The day the summary was made. */
  madeDate: string;
}

export interface PressKeyFigure {
  label: string;
  value: string;
  note: string;
}

export interface PressCompanyLine {
  label: string;
  startDebt: string;
  endDebt: string;
  change: string;
  accounts: string;
  collected: string;
}

export interface PressSummaryView {
  title: string;
  period: string;
  keyFigures: PressKeyFigure[];
  companyColumns: string[];
  companies: PressCompanyLine[];
  companiesTotal: PressCompanyLine;
  /** The bar chart by УК: labels and the debt at the end, kopecks. */
  companyChart: { categories: string[]; debtKopecks: number[] };
  bracketColumns: string[];
  brackets: Array<{ label: string; accounts: string; debt: string; share: string }>;
  /** The line of the district's debt, kopecks, at six month ends. */
  monthChart: { categories: string[]; debtKopecks: number[] };
  monthRows: Array<{ date: string; debt: string; accounts: string }>;
  measures: string[];
  /** Paragraphs a press officer may quote as they are. */
  pressText: string[];
  footnotes: string[];
  source: string;
  privacyNote: string;
  fileStem: string;
}

export const PRESS_TEMPLATE_VERSION = 'media-press-summary-1';

const ACCOUNTS = ['лицевой счёт', 'лицевых счёта', 'лицевых счетов'] as const;
const COMPANIES = ['управляющая компания', 'управляющие компании', 'управляющих компаний'] as const;

const sum = (points: readonly DebtPoint[]): DebtPoint =>
  points.reduce((a, p) => ({ accounts: a.accounts + p.accounts, debtKopecks: a.debtKopecks + p.debtKopecks }), {
    accounts: 0,
    debtKopecks: 0,
  });

/** «+1,2 млн руб. (+3,0 %) к 31.10.2026»; «без изменений с 31.10.2026». */
function sinceText(change: string, startRu: string): string {
  return change === 'без изменений' ? `без изменений с ${startRu}` : `${change} к ${startRu}`;
}

/** «Обзвон должников» → «обзвон должников»; «SMS-информирование» stays. */
function lowerFirst(text: string): string {
  return /^[А-ЯЁA-Z][а-яёa-z]/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function trendWords(start: number, end: number): string {
  if (end === start) return 'не изменилась';
  const pct = changePercent(start, end);
  const pctText = pct === null ? '' : ` (на ${String(Math.abs(pct)).replace('.', ',')}\u00a0%)`;
  return `${end < start ? 'уменьшилась' : 'выросла'} на ${moneyShortText(Math.abs(end - start))}${pctText}`;
}

export function buildPressSummaryView(f: PressSummaryFacts): PressSummaryView {
  const start = sum(f.companies.map((c) => c.start));
  const end = sum(f.companies.map((c) => c.end));
  const collected = f.companies.reduce((a, c) => a + c.collectedKopecks, 0);
  const startRu = formatRuDate(f.startDate);
  const toRu = formatRuDate(f.to);
  const period = `с ${formatRuDate(f.from)} по ${toRu}`;

  const groups = groupCompanies(f.companies);
  const line = (label: string, s: DebtPoint, e: DebtPoint, c: number): PressCompanyLine => ({
    label,
    startDebt: rublesRoundText(s.debtKopecks),
    endDebt: rublesRoundText(e.debtKopecks),
    change: changeText(s.debtKopecks, e.debtKopecks),
    accounts: formatCount(e.accounts),
    collected: rublesRoundText(c),
  });
  const companies = groups.map((g) =>
    line(g.merged ? `${g.label} (${g.companies})` : g.label, g.start, g.end, g.collectedKopecks),
  );
  const brackets = groupBrackets(f.brackets);
  const bracketTotal = brackets.reduce((a, b) => a + b.debtKopecks, 0);

  const footnotes: string[] = [];
  const other = groups.find((g) => g.merged);
  if (other)
    footnotes.push(
      `«${other.label}» — ${formatCount(other.companies)} ${plural(other.companies, COMPANIES)}, у каждой из которых ` +
        `меньше ${PRESS_MIN_GROUP} должников или которые объединены с ними: сведения о таких малых группах не публикуются.`,
    );
  if (brackets.some((b) => b.merged))
    footnotes.push(
      `Группы по размеру долга, в которых меньше ${PRESS_MIN_GROUP} должников, объединены с соседними: ` +
        brackets
          .filter((b) => b.merged)
          .map((b) => `«${b.label}»`)
          .join(', ') +
        '.',
    );
  footnotes.push(
    'Задолженность — просроченная: начисления, срок оплаты которых наступил и которые не оплачены (ст. 155 ЖК РФ). ' +
      'Должник — лицевой счёт с такой задолженностью.',
  );

  const measures = f.measures.map((m) => `${m.number}. ${m.title}: ${m.text}${m.detail ? ` (${m.detail})` : ''}`);
  const pressText = [
    `По данным на ${toRu} просроченная задолженность населения за жилищно-коммунальные услуги в муниципальном ` +
      `образовании «${f.districtName}» составляет ${moneyShortText(end.debtKopecks)}; задолженность имеют ` +
      `${formatCount(end.accounts)} ${plural(end.accounts, ACCOUNTS)}.`,
    `По сравнению с ${startRu} задолженность ${trendWords(start.debtKopecks, end.debtKopecks)}. ` +
      (collected > 0
        ? `За период ${period} от населения поступило ${moneyShortText(collected)} оплаты.`
        : `За период ${period} оплат от населения не поступало.`),
    measures.length > 0
      ? `В рамках плана мероприятий по снижению задолженности за период проведено: ${f.measures
          .map((m) => `${lowerFirst(m.title)}\u00a0— ${m.text}`)
          .join('; ')}.`
      : 'Работа по плану мероприятий по снижению задолженности продолжается.',
    'Оплатить задолженность или договориться о рассрочке можно в своей управляющей компании; при долге более двух ' +
      'месяцев начисляются пени (ч. 14 ст. 155 ЖК РФ), а долг может быть взыскан в судебном порядке.',
  ];

  return {
    title: `Задолженность за жилищно-коммунальные услуги в муниципальном образовании «${f.districtName}» на ${toRu}`,
    period: `Период: ${period}. Сравнение — с ${startRu}.`,
    keyFigures: [
      {
        label: 'Просроченная задолженность',
        value: moneyShortText(end.debtKopecks),
        note: sinceText(changeText(start.debtKopecks, end.debtKopecks), startRu),
      },
      {
        label: 'Должников (лицевых счетов)',
        value: formatCount(end.accounts),
        note: sinceText(changeText(start.accounts, end.accounts, true), startRu),
      },
      { label: 'Поступило оплат за период', value: moneyShortText(collected), note: period },
    ],
    companyColumns: [
      'Управляющая компания',
      `Долг на ${startRu}, руб.`,
      `Долг на ${toRu}, руб.`,
      'Изменение',
      'Должников',
      'Оплачено за период, руб.',
    ],
    companies,
    companiesTotal: line('Всего по округу', start, end, collected),
    companyChart: { categories: groups.map((g) => g.label), debtKopecks: groups.map((g) => g.end.debtKopecks) },
    bracketColumns: ['Размер долга', 'Должников', 'Долг, руб.', 'Доля долга'],
    brackets: brackets.map((b) => ({
      label: b.label,
      accounts: formatCount(b.accounts),
      debt: rublesRoundText(b.debtKopecks),
      share:
        bracketTotal > 0
          ? `${String(Math.round((b.debtKopecks / bracketTotal) * 1000) / 10).replace('.', ',')}\u00a0%`
          : '—',
    })),
    monthChart: {
      categories: f.months.map((m) => formatRuDate(m.date).slice(0, 5)),
      debtKopecks: f.months.map((m) => m.debtKopecks),
    },
    monthRows: f.months.map((m) => ({
      date: formatRuDate(m.date),
      debt: rublesRoundText(m.debtKopecks),
      accounts: formatCount(m.accounts),
    })),
    measures,
    pressText,
    footnotes,
    source:
      `Источник: ${f.organisationName}, данные начислений и оплат, переданные управляющими компаниями; ` +
      `сводка составлена ${formatRuDate(f.madeDate)}.`,
    privacyNote:
      'Сводка не содержит персональных данных: нет фамилий, адресов ниже уровня управляющей компании и номеров ' +
      `лицевых счетов; группы менее ${PRESS_MIN_GROUP} должников объединены.`,
    fileStem: `svodka-smi-${f.from}-${f.to}`,
  };
}
