/**
 * @file The reconciliation report («Акт сверки исполнительных производств») as display strings (shared, pure): the
 * header (who, which department, the list's date, the file), the counts, a section per difference kind with both
 * sides in words and money, and the signature block of both sides. Used by the PDF template and the XLSX writer, so
 * the two say the same.
 */
import type { ReconciliationDetail, ReconciliationDifferenceView } from '../../api/contract-fssp-reconciliation';
import { formatRuDate } from '../../dates/iso-date';
import { DIFFERENCE_KINDS, DIFFERENCE_LABELS, type DifferenceKind } from '../../fssp/fssp-terms';

export interface ReconciliationReportSection {
  kind: DifferenceKind;
  title: string;
  /** What to do about this kind, one line. */
  hint: string;
  columns: string[];
  widths: number[];
  rows: string[][];
}

export interface ReconciliationReportView {
  sender: string;
  title: string;
  subtitle: string;
  facts: Array<{ label: string; value: string }>;
  counts: Array<{ label: string; value: string }>;
  sections: ReconciliationReportSection[];
  skippedNote: string | null;
  signatures: { ours: { caption: string; name: string }; theirs: { caption: string; name: string } };
  date: string;
}

const HINTS: Record<DifferenceKind, string> = {
  ours_not_theirs:
    'Документ направлен, но в списке отдела его нет: уточнить получение; если утерян — получить дубликат (ГПК ст.430) и направить повторно.',
  theirs_not_ours:
    'Производство есть у отдела, у нас направленного документа нет: уточнить взыскателя и внести документ.',
  sum_differs: 'Сумма по производству отличается от суммы документа: сверить с постановлением о возбуждении.',
  status_differs:
    'Состояние производства у сторон разное: внести постановление (окончание, приостановление, прекращение) или уточнить у отдела.',
  collected_differs: 'Взысканное отличается от поступившего нам: сверить платёжные поручения отдела с поступлениями.',
};

const COLUMNS = [
  '№',
  'Должник',
  'Исполнительный документ',
  'Производство',
  'Строка списка',
  'У нас',
  'У отдела',
  'Разобрано',
];
const WIDTHS = [4, 15, 11, 13, 6, 19, 19, 13];

function sectionRow(d: ReconciliationDifferenceView, i: number): string[] {
  return [
    String(i + 1),
    d.debtorName || '—',
    d.writNumber ?? '—',
    d.proceedingNumber ?? '—',
    d.rowNumber === null ? '—' : String(d.rowNumber),
    d.ours,
    d.theirs,
    d.resolutionNote ?? '',
  ];
}

export function buildReconciliationReportView(
  detail: ReconciliationDetail,
  facts: { sender: string; responsiblePerson: string; today: string },
): ReconciliationReportView {
  const s = detail.summary;
  const byNumber = detail.rows.filter((r) => r.matchedBy === 'writ_number').length;
  const byPerson = detail.rows.filter((r) => r.matchedBy === 'name_birth_sum').length;
  const department = s.departmentName ?? 'отдел судебных приставов (все отделы)';
  const sections = DIFFERENCE_KINDS.map((kind) => {
    const items = detail.differences.filter((d) => d.kind === kind);
    return {
      kind,
      title: `${DIFFERENCE_LABELS[kind][0]!.toUpperCase()}${DIFFERENCE_LABELS[kind].slice(1)}: ${items.length}`,
      hint: HINTS[kind],
      columns: COLUMNS,
      widths: WIDTHS,
      rows: items.map(sectionRow),
    };
  });
  return {
    sender: facts.sender,
    title: 'АКТ СВЕРКИ ИСПОЛНИТЕЛЬНЫХ ПРОИЗВОДСТВ',
    subtitle: `взыскателя со списком: ${department}, список на ${formatRuDate(s.listDate)}`,
    facts: [
      { label: 'Отдел', value: department },
      { label: 'Дата списка', value: formatRuDate(s.listDate) },
      { label: 'Файл списка', value: s.fileName },
      { label: 'Сверка', value: `№ ${s.id} от ${formatRuDate(facts.today)}, провёл(а) ${s.createdBy}` },
    ],
    counts: [
      { label: 'Строк в списке отдела', value: String(s.rowsCount) },
      {
        label: 'Сопоставлено с нашими документами',
        value: `${s.matchedCount} (по номеру ИД — ${byNumber}, по ФИО, дате рождения и сумме — ${byPerson})`,
      },
      {
        label: 'Расхождений всего',
        value: `${s.differencesCount} (разобрано ${s.resolvedCount}, не разобрано ${s.openCount})`,
      },
      ...DIFFERENCE_KINDS.map((k) => ({ label: DIFFERENCE_LABELS[k], value: String(s.byKind[k]) })),
    ],
    sections,
    skippedNote:
      s.skippedRows.length === 0
        ? null
        : `Не прочитаны и в сверку не вошли строки списка: ${s.skippedRows.map((r) => r.line).join(', ')}. Их сверить вручную.`,
    signatures: {
      ours: { caption: `От взыскателя (${facts.sender})`, name: facts.responsiblePerson },
      theirs: { caption: `От отдела судебных приставов (${department})`, name: '' },
    },
    date: formatRuDate(facts.today),
  };
}
