// @vitest-environment jsdom
/**
 * The import screen against a stubbed core: a picked file is uploaded and previewed, «Загрузить» starts the job,
 * its progress is polled, and a failed job shows its reason, that nothing was written, and the row errors.
 * An unrecognised file gets the mapping editor, and the hand mapping travels with `import.start`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ImportPreview } from '../../../shared/import/import-types';
import type { JobStatus } from '../../../shared/jobs/job-types';

const call = vi.hoisted(() => vi.fn());
const uploadFile = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { call, hostLabel: 'тест' } }));
vi.mock('../api/upload', () => ({ uploadFile }));

import { ImportPage } from './ImportPage';

const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

const PREVIEW: ImportPreview = {
  uploadId: 'u1',
  fileName: 'charges.csv',
  kind: 'charges',
  format: 'csv',
  encoding: 'windows-1251',
  headers: ['Лицевой счёт', 'Период', 'Услуга', 'Начислено, руб.'],
  mapping: { accountNumber: 'Лицевой счёт', period: 'Период', service: 'Услуга', amountKopecks: 'Начислено, руб.' },
  missingRequired: [],
  unmappedHeaders: [],
  sampleRows: [{ 'Лицевой счёт': '5000000001', Период: '01.2026', Услуга: 'Отопление', 'Начислено, руб.': '1 200,00' }],
  sampleErrors: [],
  alreadyImported: null,
  savedMappingName: null,
  fileError: null,
};

const JOB: JobStatus = {
  id: 'j1',
  kind: 'import',
  title: 'Загрузка файлов',
  state: 'running',
  stage: 'Проверка строк: charges.csv',
  fraction: 0.4,
  startedAtMs: 1_000,
  finishedAtMs: null,
  elapsedMs: 500,
  batchId: null,
  summary: null,
  error: null,
};

const FAILED: JobStatus = {
  ...JOB,
  state: 'failed',
  finishedAtMs: 3_000,
  error: {
    message: 'В файле charges.csv найдены ошибки, загрузка отменена.',
    errorCount: 1234,
    rowErrors: [
      { file: 'charges.csv', line: 17, column: 'Период', message: 'Период «13.2026» не распознан.' },
      { file: 'charges.csv', line: 18, column: 'Начислено, руб.', message: 'Сумма «абв» не распознана.' },
    ],
  },
};

function stubCore(preview: (input: Record<string, unknown>) => ImportPreview) {
  let polls = 0;
  call.mockImplementation((method: string, input: Record<string, unknown>) => {
    const ok = (value: unknown) => Promise.resolve({ ok: true, value });
    switch (method) {
      case 'import.history':
        return ok([]);
      case 'jobs.list':
        return ok([]);
      case 'import.preview':
        return ok(preview(input));
      case 'import.start':
        return ok({ jobId: 'j1' });
      case 'jobs.get':
        polls += 1;
        return ok(polls === 1 ? JOB : FAILED);
      default:
        return Promise.resolve({ ok: false, error: { code: 'X', message: `не ожидалось: ${method}` } });
    }
  });
  uploadFile.mockImplementation((file: File) =>
    Promise.resolve({ ok: true, value: { uploadId: 'u1', fileName: file.name, sizeBytes: file.size } }),
  );
}

function pick(name: string): void {
  const file = new File(['Лицевой счёт;Период\n'], name, { type: 'text/csv' });
  fireEvent.change(screen.getByTestId('import-file-input'), { target: { files: [file] } });
}

afterEach(() => {
  cleanup();
  call.mockReset();
  uploadFile.mockReset();
});

describe('ImportPage', () => {
  it('previews a file, runs the import and shows the row errors of the failed job', async () => {
    stubCore(() => PREVIEW);
    render(<ImportPage />);
    pick('charges.csv');
    expect(await screen.findByText('Начисления')).toBeTruthy();
    expect(screen.getByText(/кодировка windows-1251/)).toBeTruthy();

    const start = screen.getByTestId('import-start') as HTMLButtonElement;
    await waitFor(() => expect(start.disabled).toBe(false));
    fireEvent.click(start);
    expect(await screen.findByTestId('job-progress')).toBeTruthy();
    await waitFor(() => expect(call).toHaveBeenCalledWith('import.start', { files: [{ uploadId: 'u1' }] }));

    const error = await screen.findByTestId('job-error', {}, { timeout: 3000 });
    expect(error.textContent).toContain('В файле charges.csv найдены ошибки, загрузка отменена.');
    expect(error.textContent).toContain('Из файла «charges.csv» в базу ничего не записано');
    const rowErrors = within(error).getByTestId('row-errors');
    expect(plain(rowErrors.textContent)).toContain('всего ошибок: 1 234 (показаны первые 2)');
    const cells = within(rowErrors)
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent));
    expect(cells).toEqual([
      ['Файл', 'Строка', 'Столбец', 'Ошибка'],
      ['charges.csv', '17', 'Период', 'Период «13.2026» не распознан.'],
      ['charges.csv', '18', 'Начислено, руб.', 'Сумма «абв» не распознана.'],
    ]);
    // The history is asked again once the job has ended.
    await waitFor(() => expect(call.mock.calls.filter(([m]) => m === 'import.history')).toHaveLength(2));
  });

  it('offers the mapping editor for an unrecognised file and sends the hand mapping with the import', async () => {
    const headers = ['ЛС абонента', 'Месяц начисления', 'Вид', 'Сумма к оплате'];
    stubCore((input) =>
      input.kind
        ? { ...PREVIEW, headers, mapping: input.mapping as Record<string, string> }
        : {
            ...PREVIEW,
            headers,
            kind: null,
            mapping: {},
            missingRequired: [],
            unmappedHeaders: headers,
            // The core explains an unrecognised header as a file error; the columns can still be mapped.
            fileError: 'Файл не похож на таблицу начислений, оплат, лицевых счетов или управляющих компаний.',
          },
    );
    render(<ImportPage />);
    pick('eirc.xlsx');
    expect(await screen.findByText('вид данных не распознан')).toBeTruthy();
    expect((screen.getByTestId('import-start') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(screen.getByRole('combobox', { name: 'Вид данных в файле' }), { target: { value: 'charges' } });
    const choose = (field: string, header: string): void => {
      fireEvent.change(screen.getByRole('combobox', { name: new RegExp(`^${field}`) }), { target: { value: header } });
    };
    choose('Лицевой счёт', 'ЛС абонента');
    choose('Период', 'Месяц начисления');
    choose('Услуга', 'Вид');
    choose('Начислено, руб.', 'Сумма к оплате');
    fireEvent.click(screen.getByRole('button', { name: 'Применить сопоставление' }));

    const mapping = {
      accountNumber: 'ЛС абонента',
      period: 'Месяц начисления',
      service: 'Вид',
      amountKopecks: 'Сумма к оплате',
    };
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('import.preview', { uploadId: 'u1', kind: 'charges', mapping }),
    );
    const start = screen.getByTestId('import-start') as HTMLButtonElement;
    await waitFor(() => expect(start.disabled).toBe(false));
    fireEvent.click(start);
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('import.start', { files: [{ uploadId: 'u1', kind: 'charges', mapping }] }),
    );
  });

  it('after a reload shows the running import from the core’s list and its outcome', async () => {
    let polls = 0;
    call.mockImplementation((method: string) => {
      const ok = (value: unknown) => Promise.resolve({ ok: true, value });
      if (method === 'import.history') return ok([]);
      if (method === 'jobs.list') return ok([JOB]);
      if (method === 'jobs.get') {
        polls += 1;
        return ok(polls === 1 ? JOB : FAILED);
      }
      return Promise.resolve({ ok: false, error: { code: 'X', message: `не ожидалось: ${method}` } });
    });
    render(<ImportPage />);
    expect((await screen.findByText(/40 %/)).textContent).toContain('Проверка строк: charges.csv');
    expect((screen.getByTestId('import-file-input') as HTMLInputElement).disabled).toBe(true);
    const error = await screen.findByTestId('job-error', {}, { timeout: 3000 });
    expect(error.textContent).toContain('загрузка отменена');
    await waitFor(() => expect((screen.getByTestId('import-file-input') as HTMLInputElement).disabled).toBe(false));
  });
});
