// @vitest-environment jsdom
/**
 * The first-run offer: the chosen size goes to `demo.load`, the job's progress is followed to its summary, the
 * page is told to reload its counts, and the registry is offered.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { JobStatus } from '../../../shared/jobs/job-types';

const call = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { call, hostLabel: 'тест' } }));

import { DemoDistrictOffer } from './DemoDistrictOffer';

const DONE: JobStatus = {
  id: 'd1',
  kind: 'demo',
  title: 'Демонстрационный район',
  state: 'done',
  stage: '',
  fraction: 1,
  startedAtMs: 0,
  finishedAtMs: 65_000,
  summary: 'Загружено 10 000 лицевых счетов.',
  error: null,
};

afterEach(() => {
  cleanup();
  call.mockReset();
});

describe('DemoDistrictOffer', () => {
  it('loads the demo district of the chosen size and offers the registry', async () => {
    call.mockImplementation((method: string) =>
      Promise.resolve({ ok: true, value: method === 'demo.load' ? { jobId: 'd1' } : DONE }),
    );
    const onLoaded = vi.fn();
    render(<DemoDistrictOffer onLoaded={onLoaded} />);
    expect((screen.getByTestId('demo-size') as HTMLSelectElement).value).toBe('3000');
    fireEvent.change(screen.getByTestId('demo-size'), { target: { value: '10000' } });
    fireEvent.click(screen.getByTestId('demo-load'));

    expect((await screen.findByTestId('job-summary')).textContent).toContain('Загружено 10 000 лицевых счетов.');
    expect(call).toHaveBeenCalledWith('demo.load', { accounts: 10_000 });
    expect(screen.getByText(/прошло 1 мин 05 с/)).toBeTruthy();
    expect(onLoaded).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Открыть реестр' }).getAttribute('href')).toBe('#/registry');
  });
});
