// @vitest-environment jsdom
/**
 * The SMS screen against a stubbed core: the preview is the message of one of today's recipients, with that
 * account's number, debt and the worklist's date — the screen used to show a made-up «45 320,50 руб.» next to
 * account 5934445809, whose debt is 725 749,10 ₽. Choosing another recipient shows that one's message.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SmsWorklist } from '../../../shared/api/contract-work';

const call = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { call, hostLabel: 'тест' } }));

import { SmsPage } from './SmsPage';
import { asUser } from '../session/test-session';

const WORKLIST: SmsWorklist = {
  date: '2026-11-25',
  eligible: 2,
  thresholdKopecks: 3_000_000,
  skipped: [],
  sample: [
    {
      accountId: 7,
      number: '5934445809',
      debtKopecks: 72_574_910,
      phone: '+79161234567',
      address: 'г. Красногорск, ул. Ленина, д. 5, кв. 12',
    },
    {
      accountId: 9,
      number: '5000000009',
      debtKopecks: 3_100_000,
      phone: '+79161234568',
      address: 'г. Красногорск, ул. Школьная, д. 1, кв. 3',
    },
  ],
};

function stub(worklist: SmsWorklist) {
  call.mockImplementation((method: string) => {
    if (method === 'sms.worklist') return Promise.resolve({ ok: true, value: worklist });
    if (method === 'sms.batches') return Promise.resolve({ ok: true, value: [] });
    if (method === 'sms.gateway.get')
      return Promise.resolve({
        ok: true,
        value: { configured: false, url: null, tokenMask: null, tokenEncrypted: false, encryptionAvailable: false },
      });
    return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: '—' } });
  });
}

afterEach(() => {
  cleanup();
  call.mockReset();
});

describe('SmsPage preview', () => {
  it('shows the first recipient’s own message: 725 749,10 руб. for л/с 5934445809, never a made-up sum', async () => {
    stub(WORKLIST);
    render(asUser(<SmsPage />, 'claims_clerk'));
    await screen.findByTestId('sms-preview-account');
    const text = screen.getByTestId('sms-preview').textContent;
    expect(text).toBe(
      'Долг за ЖКУ по л/с 5934445809 на 25.11.2026: 725 749,10 руб. Оплатите по ЕПД в банке или онлайн. Неоплата — пени и суд.',
    );
    expect(text).not.toContain('45 320,50');
  });

  it('follows the template and the chosen recipient', async () => {
    stub(WORKLIST);
    render(asUser(<SmsPage />, 'claims_clerk'));
    fireEvent.change(await screen.findByTestId('sms-preview-account'), { target: { value: '1' } });
    fireEvent.change(screen.getByTestId('sms-template'), { target: { value: '{счёт}: {сумма} руб., {адрес}' } });
    expect(screen.getByTestId('sms-preview').textContent).toBe(
      '5000000009: 31 000 руб., г. Красногорск, ул. Школьная, д. 1, кв. 3',
    );
  });

  it('with nobody to message today, says so and shows the template unfilled', async () => {
    stub({ ...WORKLIST, eligible: 0, sample: [] });
    render(asUser(<SmsPage />, 'claims_clerk'));
    expect(await screen.findByText('Сегодня получателей нет — ниже текст шаблона без подстановки.')).toBeTruthy();
    expect(screen.getByTestId('sms-preview').textContent).toContain('{сумма}');
  });
});

describe('SmsPage words and messages', () => {
  it('counts segments with the right plural: 1 сегмент, 2 сегмента, 5 сегментов — never «сегмента(ов)»', async () => {
    stub({ ...WORKLIST, eligible: 0, sample: [] });
    render(asUser(<SmsPage />, 'claims_clerk'));
    const template = await screen.findByTestId('sms-template');
    const meter = () => (screen.getByTestId('sms-segments').textContent ?? '').replace(/\s+/g, ' ');
    fireEvent.change(template, { target: { value: 'Долг за ЖКУ.' } });
    expect(meter()).toMatch(/— 1 сегмент$/);
    // Cyrillic: 70 in one part, 67 in each of several.
    fireEvent.change(template, { target: { value: 'д'.repeat(100) } });
    expect(meter()).toMatch(/— 2 сегмента$/);
    fireEvent.change(template, { target: { value: 'д'.repeat(300) } });
    expect(meter()).toMatch(/— 5 сегментов$/);
    expect(meter()).not.toContain('(ов)');
  });

  it('an empty text is said beside the field, and the message goes as soon as the clerk types', async () => {
    stub(WORKLIST);
    render(asUser(<SmsPage />, 'claims_clerk'));
    const template = await screen.findByTestId('sms-template');
    fireEvent.change(template, { target: { value: '   ' } });
    fireEvent.click(screen.getByTestId('sms-create'));
    const error = await screen.findByTestId('sms-template-error');
    expect(error.textContent).toBe('Напишите текст сообщения: не короче 5 знаков.');
    expect(template.getAttribute('aria-invalid')).toBe('true');
    expect(template.getAttribute('aria-describedby')).toBe(error.id);
    // Nothing was asked of the core.
    expect(call.mock.calls.some(([method]) => method === 'sms.createBatch')).toBe(false);
    fireEvent.change(template, { target: { value: 'Д' } });
    expect(screen.queryByTestId('sms-template-error')).toBeNull();
    expect(screen.queryByText(/Напишите текст сообщения/)).toBeNull();
    expect(template.getAttribute('aria-invalid')).toBe('false');
  });

  it('a batch exported shows what waits for the report apart from what was delivered', async () => {
    stub(WORKLIST);
    call.mockImplementation((method: string) => {
      if (method === 'sms.worklist') return Promise.resolve({ ok: true, value: WORKLIST });
      if (method === 'sms.batches')
        return Promise.resolve({
          ok: true,
          value: [
            {
              id: 3,
              createdDate: '2026-11-25',
              template: 't',
              recipients: 120,
              segmentsTotal: 240,
              status: 'exported',
              exported: 120,
              sent: 0,
              delivered: 0,
              failed: 0,
              userName: 'тест',
              atMs: 0,
            },
          ],
        });
      return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: '—' } });
    });
    render(asUser(<SmsPage />, 'claims_clerk'));
    const cell = await screen.findByTestId('sms-batch-delivery');
    expect(cell.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'в файле 120 — ждут отчёта; доставлено 0; не доставлено 0',
    );
  });
});

describe('SmsPage: making a batch', () => {
  /** The stub core, answering sms.createBatch with `reply` and everything else as `stub` does. */
  function stubCreate(reply: unknown) {
    stub(WORKLIST);
    const base = call.getMockImplementation() as (method: string, input: unknown) => Promise<unknown>;
    call.mockImplementation((method: string, input: unknown) =>
      method === 'sms.createBatch' ? Promise.resolve(reply) : base(method, input),
    );
  }
  const sent = (method: string) => call.mock.calls.filter(([m]) => m === method).map(([, input]) => input);

  it('sends the template as typed and says the batch’s size in words: 2 получателя, 4 сегмента', async () => {
    stubCreate({ ok: true, value: { id: 4, recipients: 2, segmentsTotal: 4 } });
    render(asUser(<SmsPage />, 'claims_clerk'));
    const template = await screen.findByTestId('sms-template');
    fireEvent.change(template, { target: { value: 'Долг {сумма} руб. по л/с {счёт}.' } });
    fireEvent.click(screen.getByTestId('sms-create'));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Пакет № 4: 2 получателя, 4 сегмента.');
    expect(sent('sms.createBatch')).toEqual([{ template: 'Долг {сумма} руб. по л/с {счёт}.' }]);
    // The worklist and the batches are read again: today's recipients are no longer eligible.
    await waitFor(() => expect(sent('sms.worklist')).toHaveLength(2));
    expect(sent('sms.batches')).toHaveLength(2);
  });

  it('shows the core’s refusal in its own words', async () => {
    stubCreate({
      ok: false,
      error: { code: 'CONFLICT', message: 'Сегодня некому отправлять: все получатели уже получили SMS.' },
    });
    render(asUser(<SmsPage />, 'claims_clerk'));
    fireEvent.click(await screen.findByTestId('sms-create'));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Сегодня некому отправлять: все получатели уже получили SMS.',
    );
  });

  it('names an unknown placeholder and will not make a batch with it', async () => {
    stubCreate({ ok: true, value: { id: 5, recipients: 2, segmentsTotal: 2 } });
    render(asUser(<SmsPage />, 'claims_clerk'));
    const template = await screen.findByTestId('sms-template');
    fireEvent.change(template, { target: { value: 'Долг {сума} руб.' } });
    expect(screen.getByText(/Неизвестные поля: \{сума\}\./)).toBeTruthy();
    expect((screen.getByTestId('sms-create') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('sms-create'));
    expect(sent('sms.createBatch')).toEqual([]);
  });
});
