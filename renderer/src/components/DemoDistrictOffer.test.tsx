// @vitest-environment jsdom
/**
 * The first-run offer: the chosen size goes to `demo.load`, the job's progress is followed to its summary, the
 * page is told to reload its counts, and the registry is offered. After a reload the core's list of jobs brings the
 * running load back: its progress, not «База пуста». Each size says how long its load takes; a double click asks
 * for one district; a load started in another window shows up here without a reload.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { JobStatus } from '../../../shared/jobs/job-types';

const call = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { call, hostLabel: 'тест' } }));

import { DemoDistrictOffer } from './DemoDistrictOffer';
import { useScreenJob } from '../hooks/useScreenJob';

const DONE: JobStatus = {
  id: 'd1',
  kind: 'demo',
  title: 'Демонстрационный район',
  state: 'done',
  stage: '',
  fraction: 1,
  startedAtMs: 0,
  finishedAtMs: 65_000,
  elapsedMs: 65_000,
  batchId: null,
  summary: 'Загружено 10 000 лицевых счетов.',
  error: null,
};

const RUNNING: JobStatus = {
  ...DONE,
  state: 'running',
  stage: 'Запись начислений',
  fraction: 0.42,
  finishedAtMs: null,
  elapsedMs: 30_000,
  summary: null,
};

function HomeOffer({ onLoaded }: { onLoaded: () => void }) {
  const demo = useScreenJob(['demo']);
  return demo.checked ? <DemoDistrictOffer demo={demo} onLoaded={onLoaded} /> : null;
}

afterEach(() => {
  cleanup();
  call.mockReset();
});

describe('DemoDistrictOffer', () => {
  it('loads the demo district of the chosen size and offers the registry', async () => {
    call.mockImplementation((method: string) =>
      Promise.resolve({
        ok: true,
        value: method === 'jobs.list' ? [] : method === 'demo.load' ? { jobId: 'd1' } : DONE,
      }),
    );
    const onLoaded = vi.fn();
    render(<HomeOffer onLoaded={onLoaded} />);
    expect(((await screen.findByTestId('demo-size')) as HTMLSelectElement).value).toBe('3000');
    expect(screen.getByRole('heading').textContent).toBe('База пуста');
    fireEvent.change(screen.getByTestId('demo-size'), { target: { value: '10000' } });
    fireEvent.click(screen.getByTestId('demo-load'));

    expect((await screen.findByTestId('job-summary')).textContent).toContain('Загружено 10 000 лицевых счетов.');
    expect(call).toHaveBeenCalledWith('demo.load', { accounts: 10_000 });
    expect(screen.getByText(/прошло 1 мин 05 с/)).toBeTruthy();
    expect(onLoaded).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Открыть реестр' }).getAttribute('href')).toBe('#/registry');
  });

  it('after a reload finds the running load in the core’s list and follows it to the end', async () => {
    let polls = 0;
    call.mockImplementation((method: string, input: { jobId?: string }) => {
      if (method === 'jobs.list') return Promise.resolve({ ok: true, value: [RUNNING] });
      if (method === 'jobs.get' && input.jobId === 'd1') {
        polls += 1;
        return Promise.resolve({ ok: true, value: polls < 2 ? RUNNING : DONE });
      }
      return Promise.resolve({ ok: false, error: { code: 'X', message: `не ожидалось: ${method}` } });
    });
    const onLoaded = vi.fn();
    render(<HomeOffer onLoaded={onLoaded} />);
    expect((await screen.findByRole('heading')).textContent).toBe('Загружается демонстрационный район');
    expect(screen.queryByTestId('demo-load')).toBeNull();
    expect((await screen.findByText(/42 %/)).textContent).toContain('Запись начислений');
    expect((await screen.findByTestId('job-summary', {}, { timeout: 3000 })).textContent).toContain('Загружено 10 000');
    expect(screen.getByRole('heading').textContent).toBe('Демонстрационный район загружен');
    expect(onLoaded).toHaveBeenCalledTimes(1);
  });

  it('names each size with its history and how long it loads, 3 000 by default', async () => {
    call.mockImplementation((method: string) =>
      Promise.resolve({ ok: true, value: method === 'jobs.list' ? [] : DONE }),
    );
    render(<HomeOffer onLoaded={() => {}} />);
    const select = (await screen.findByTestId('demo-size')) as HTMLSelectElement;
    const options = [...select.options].map((o) => o.textContent?.replace(/[\u00a0\u202f]/g, ' '));
    expect(options).toEqual([
      '1 000 лицевых счетов, история 5 лет — загрузка ≈ 40 с',
      '3 000 лицевых счетов, история 5 лет — загрузка ≈ 2 мин',
      '10 000 лицевых счетов, история 5 лет — загрузка ≈ 4 мин',
      '50 000 лицевых счетов, история 2 года — загрузка ≈ 8 мин',
      '150 000 лицевых счетов, история 1 год — загрузка ≈ 15 мин',
    ]);
    expect(select.value).toBe('3000');
  });

  it('a double click starts one load: the button waits for the core’s answer', async () => {
    let answer: (v: unknown) => void = () => {};
    call.mockImplementation((method: string) => {
      if (method === 'jobs.list') return Promise.resolve({ ok: true, value: [] });
      if (method === 'demo.load') return new Promise((resolve) => (answer = resolve));
      return Promise.resolve({ ok: true, value: RUNNING });
    });
    render(<HomeOffer onLoaded={() => {}} />);
    const button = (await screen.findByTestId('demo-load')) as HTMLButtonElement;
    fireEvent.click(button);
    fireEvent.click(button);
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('Запускаю загрузку…');
    expect(call.mock.calls.filter(([m]) => m === 'demo.load')).toHaveLength(1);
    answer({ ok: true, value: { jobId: 'd1' } });
    expect((await screen.findByText(/Загрузка уже идёт/)).textContent).toContain('второй раз запускать не нужно');
    expect(screen.getByRole('heading').textContent).toBe('Загружается демонстрационный район');
    expect(screen.queryByTestId('demo-load')).toBeNull();
  });

  it('a load started in another window replaces «База пуста» within seconds, without a reload', async () => {
    let listed: JobStatus[] = [];
    call.mockImplementation((method: string) =>
      Promise.resolve({ ok: true, value: method === 'jobs.list' ? listed : RUNNING }),
    );
    render(<HomeOffer onLoaded={() => {}} />);
    expect((await screen.findByRole('heading')).textContent).toBe('База пуста');
    listed = [RUNNING];
    expect((await screen.findByText(/Загрузка уже идёт/, {}, { timeout: 5000 })).textContent).toMatch(/\S/);
    expect(screen.getByRole('heading').textContent).toBe('Загружается демонстрационный район');
    expect(screen.queryByTestId('demo-load')).toBeNull();
  }, 10_000);
});
