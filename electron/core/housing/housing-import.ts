/**
 * @file The import of the municipal housing stock register (measure 12) from a CSV or XLSX file: a preview with
 * every bad row named (row, column, what is wrong, in Russian), then the apply — all rows or none.
 *
 * A dwelling is known by its address key (settlement, address and flat folded): a row of a known dwelling updates
 * it, any other row adds one. A dwelling reserved for an eviction case keeps its reservation whatever the file says
 * (the household's match must not vanish because a clerk loaded last month's list): the preview and the result say
 * so for each such row, and the reservation is released only from the case. Journal: one 'housing.imported' with
 * the counts.
 */
import type Database from 'better-sqlite3';
import type {
  HousingApplyResult,
  HousingPreview,
  HousingPreviewRow,
  HousingRowError,
} from '../../../shared/api/contract-housing-stock';
import { ADDRESS_MAX, NAME_MAX, TEXT_MAX } from '../../../shared/import/text-limits';
import {
  DWELLING_STATUS_LABELS,
  dwellingAddressKey,
  parseDwellingStatus,
} from '../../../shared/housing/dwelling-status';
import { parseAreaCentiM2 } from '../../../shared/housing/dwelling-fit';
import { settlementOf } from '../../../shared/housing/settlement-of';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { writeJournal } from '../journal/journal-writer';
import { cellText, readHousingFile, type HousingCell, type HousingSourceRow } from './housing-file';
import { housingLabel, mapHousingHeader, REQUIRED_HOUSING_FIELDS, type HousingField } from './housing-columns';
import {
  dwellingsByKey,
  dwellingTitle,
  insertDwelling,
  updateDwelling,
  type DwellingRow,
  type DwellingValues,
} from './housing-repo';

const APARTMENT_MAX = 20;
/** 10 000 m² of living area in one dwelling is a typo, not a flat. */
const MAX_AREA_CENTI = 1_000_000;
const MAX_ROOMS = 50;

interface PlannedRow {
  row: HousingPreviewRow;
  values: DwellingValues;
  existing: DwellingRow | undefined;
}

interface CheckedFile {
  preview: HousingPreview;
  planned: PlannedRow[];
}

const q = (t: string) => `„${t}“`;

/** Area of a cell: an XLSX number or a typed text; 'bad' for anything else. */
function areaOf(c: HousingCell, formula: boolean): number | null | 'bad' {
  if (formula) return 'bad';
  if (typeof c === 'number') {
    const centi = Math.round(c * 100);
    return Number.isFinite(c) && Math.abs(c * 100 - centi) < 1e-6 ? centi : 'bad';
  }
  return parseAreaCentiM2(cellText(c));
}

/** Checks the rows of a file against the register; writes nothing. */
export function checkHousingRows(sqlite: Database.Database, rows: HousingSourceRow[], fileName: string): CheckedFile {
  const headerAt = rows.findIndex((r) => r.cells.some((c) => cellText(c) !== ''));
  if (headerAt < 0)
    throw new AppError('HOUSING.BAD_FILE', `В файле «${fileName}» нет ни одной строки. Реестр не изменён.`);
  const header = rows[headerAt]!;
  const columns = mapHousingHeader(header.cells.map(cellText));
  const missing = REQUIRED_HOUSING_FIELDS.filter((f) => !columns.has(f));
  if (missing.length > 0)
    throw new AppError(
      'HOUSING.BAD_FILE',
      `Строка ${header.line} (заголовки): не найдены столбцы ${missing.map((f) => `«${housingLabel(f)}»`).join(', ')}. ` +
        'Нужны: населённый пункт (или адрес, начинающийся с него), адрес, квартира, комнат, жилая площадь, статус. ' +
        'Реестр не изменён.',
    );
  const existing = dwellingsByKey(sqlite);
  const errors: HousingRowError[] = [];
  const planned: PlannedRow[] = [];
  const seen = new Map<string, { line: number; title: string }>();
  const counts = { new: 0, update: 0, unchanged: 0, keptReserved: 0 };

  for (const source of rows.slice(headerAt + 1)) {
    const { line } = source;
    const raw = (f: HousingField): HousingCell => {
      const i = columns.get(f);
      return i === undefined ? undefined : source.cells[i];
    };
    const isFormula = (f: HousingField) => {
      const i = columns.get(f);
      return i !== undefined && source.formulas.has(i);
    };
    const text = (f: HousingField) => cellText(raw(f));
    if ([...columns.values()].every((i) => cellText(source.cells[i]) === '')) continue;
    if (text('address').startsWith('#') || text('settlement').startsWith('#')) continue; // the template's example
    const bad: HousingRowError[] = [];
    const err = (f: HousingField | null, what: string) =>
      bad.push({
        line,
        column: f === null ? null : housingLabel(f),
        message: `Строка ${line}${f === null ? '' : `, столбец «${housingLabel(f)}»`}: ${what}.`,
      });
    const limited = (f: HousingField, max: number, name: string): string => {
      const t = text(f);
      if (t.length > max) err(f, `${name} длиннее ${max} знаков (${t.length})`);
      return t.slice(0, max);
    };

    const address = limited('address', ADDRESS_MAX, 'адрес');
    if (address === '') err('address', 'не указан адрес');
    let settlement = limited('settlement', NAME_MAX, 'населённый пункт');
    if (settlement === '') {
      const derived = settlementOf(address);
      if (derived !== null) settlement = derived;
      else if (address !== '')
        err(
          columns.has('settlement') ? 'settlement' : 'address',
          'не указан населённый пункт, и адрес не начинается с него',
        );
    }
    const apartmentText = limited('apartment', APARTMENT_MAX, 'номер квартиры');
    const apartment = apartmentText === '' ? null : apartmentText.replace(/^(кв\.?|квартира)\s*/i, '');

    const roomsText = text('rooms');
    const roomsRaw = raw('rooms');
    let rooms = 0;
    if (roomsText === '') err('rooms', 'не указано число комнат');
    else if (isFormula('rooms') || !/^\d{1,3}$/.test(typeof roomsRaw === 'number' ? String(roomsRaw) : roomsText))
      err(
        'rooms',
        `число комнат ${q(roomsText)} не целое число${isFormula('rooms') ? ' (формулы не вычисляются — впишите значение)' : ''}`,
      );
    else {
      rooms = Number(roomsText);
      if (rooms <= 0) err('rooms', 'число комнат должно быть больше нуля');
      else if (rooms > MAX_ROOMS) err('rooms', `${rooms} комнат — больше ${MAX_ROOMS}, проверьте значение`);
    }

    const area = (f: 'living' | 'total', name: string, required: boolean): number | null => {
      const value = areaOf(raw(f), isFormula(f));
      if (value === 'bad') {
        err(f, `${name} ${q(text(f))} не число${isFormula(f) ? ' (формулы не вычисляются — впишите значение)' : ''}`);
        return null;
      }
      if (value === null) {
        if (required) err(f, `не указана ${name}`);
        return null;
      }
      if (value <= 0) err(f, `${name} ${q(text(f))} должна быть больше нуля`);
      else if (value > MAX_AREA_CENTI) err(f, `${name} ${q(text(f))} больше 10 000 м², проверьте значение`);
      return value;
    };
    const living = area('living', 'жилая площадь', true);
    const total = area('total', 'общая площадь', false);
    if (living !== null && total !== null && living > 0 && total > 0 && total < living)
      err('total', `общая площадь ${q(text('total'))} меньше жилой ${q(text('living'))}`);

    const statusText = text('status');
    const status = parseDwellingStatus(statusText);
    if (statusText === '') err('status', 'не указан статус');
    else if (status === null)
      err('status', `статус ${q(statusText)} неизвестен: укажите «свободно», «зарезервировано» или «занято»`);

    const noteText = limited('note', TEXT_MAX, 'примечание');
    const note = noteText === '' ? null : noteText;

    const key = dwellingAddressKey(settlement, address, apartment);
    const title = dwellingTitle({ settlement, address, apartment });
    if (address !== '' && settlement !== '') {
      const first = seen.get(key);
      if (first) err('address', `адрес повторяет строку ${first.line} (${first.title})`);
      else seen.set(key, { line, title });
    }
    if (bad.length > 0 || status === null || living === null) {
      errors.push(...bad);
      continue;
    }

    const known = existing.get(key);
    let finalStatus = status;
    let reservedCaseId: number | null = null;
    let warning: string | null = null;
    if (known) {
      if (known.status === 'reserved' && known.reservedCaseId !== null) {
        finalStatus = 'reserved';
        reservedCaseId = known.reservedCaseId;
        if (status !== 'reserved') {
          warning =
            `Строка ${line}: ${title} зарезервировано для дела о выселении № ${known.reservedCaseId} — ` +
            `статус «${DWELLING_STATUS_LABELS[status]}» из файла не применён; резерв снимается в деле.`;
          counts.keptReserved++;
        }
      } else if (status !== 'free' && known.status === status) reservedCaseId = known.reservedCaseId;
    }
    const values: DwellingValues = {
      settlement,
      address,
      apartment,
      addressKey: key,
      rooms,
      livingAreaCentiM2: living,
      totalAreaCentiM2: total,
      status: finalStatus,
      reservedCaseId,
      note,
    };
    const same =
      known !== undefined && (Object.keys(values) as (keyof DwellingValues)[]).every((k) => values[k] === known[k]);
    const action = known === undefined ? 'new' : same ? 'unchanged' : 'update';
    counts[action]++;
    planned.push({
      row: {
        line,
        settlement,
        address,
        apartment,
        rooms,
        livingAreaCentiM2: living,
        totalAreaCentiM2: total,
        status: finalStatus,
        note,
        action,
        warning,
      },
      values,
      existing: known,
    });
  }
  return { preview: { fileName, rows: planned.map((p) => p.row), errors, counts }, planned };
}

export async function previewHousingFile(
  sqlite: Database.Database,
  filePath: string,
  fileName: string,
): Promise<HousingPreview> {
  const rows = await readHousingFile(sqlite, filePath, fileName);
  return checkHousingRows(sqlite, rows, fileName).preview;
}

/** Applies the file in one transaction: refused whole while any row is bad; a failure leaves the register as it was. */
export async function applyHousingFile(
  sqlite: Database.Database,
  filePath: string,
  fileName: string,
  by: JournalActor,
  nowMs: number,
): Promise<HousingApplyResult> {
  const rows = await readHousingFile(sqlite, filePath, fileName);
  return applyHousingRows(sqlite, rows, fileName, by, nowMs);
}

/** The apply of rows already read (a file, or the demo's register): one transaction, all rows or none. */
export function applyHousingRows(
  sqlite: Database.Database,
  rows: HousingSourceRow[],
  fileName: string,
  by: JournalActor,
  nowMs: number,
): HousingApplyResult {
  return sqlite.transaction((): HousingApplyResult => {
    const { preview, planned } = checkHousingRows(sqlite, rows, fileName);
    if (preview.errors.length > 0) {
      const n = new Set(preview.errors.map((e) => e.line)).size;
      throw new AppError(
        'HOUSING.BAD_FILE',
        `В файле «${fileName}» строк с ошибками: ${n}. Исправьте их и загрузите файл снова; реестр не изменён.`,
        { errors: preview.errors.slice(0, 200) },
      );
    }
    if (planned.length === 0)
      throw new AppError('HOUSING.BAD_FILE', `В файле «${fileName}» нет строк с жильём. Реестр не изменён.`);
    for (const p of planned) {
      if (p.existing === undefined) insertDwelling(sqlite, p.values, nowMs);
      else if (p.row.action === 'update') updateDwelling(sqlite, p.existing.id, p.values, nowMs);
    }
    const { counts } = preview;
    const warnings = planned.map((p) => p.row.warning).filter((w): w is string => w !== null);
    const summary =
      `Реестр муниципального жилья загружен из «${fileName}»: добавлено ${counts.new}, обновлено ${counts.update}, ` +
      `без изменений ${counts.unchanged}` +
      (counts.keptReserved > 0 ? `; резерв для дел о выселении сохранён у ${counts.keptReserved}` : '') +
      '.';
    writeJournal(sqlite, by, nowMs, {
      kind: 'housing.imported',
      summary,
      details: { fileName, ...counts, warnings: warnings.slice(0, 50) },
    });
    return {
      added: counts.new,
      updated: counts.update,
      unchanged: counts.unchanged,
      keptReserved: counts.keptReserved,
      warnings,
      summary,
    };
  })();
}
