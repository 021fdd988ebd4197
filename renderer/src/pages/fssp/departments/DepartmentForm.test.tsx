// @vitest-environment jsdom
/**
 * The department form through the directory frame it shares with the court form: a house number with a letter is
 * refused before anything is sent; a good form saves the department, then its territory (house numbers as numbers,
 * blank rows dropped), then closes; a territory the core refuses is reported after the department was saved.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../api/client', () => ({ api: { call, hostLabel: 'тест' } }));

import { DepartmentForm } from './DepartmentForm';

afterEach(() => {
  cleanup();
  call.mockReset();
});

const type = (label: string | RegExp, value: string, index = 0) =>
  fireEvent.change(screen.getAllByLabelText(label)[index]!, { target: { value } });

function fillNewDepartment(): void {
  type('Наименование отдела', 'Красногорский РОСП');
  type('Код отдела (5 цифр)', '50012');
  type('Адрес', '143400, г. Красногорск, ул. Речная, д. 1');
  fireEvent.click(screen.getByRole('button', { name: 'Добавить диапазон' }));
  fireEvent.click(screen.getByRole('button', { name: 'Добавить диапазон' }));
  type('Улица', 'ул. Ленина', 0);
  type('Дом с', '1', 0);
  type('Дом по', '35', 0);
  fireEvent.change(screen.getAllByLabelText('Чётность')[0]!, { target: { value: 'odd' } });
  // The second row stays blank: it is dropped, not sent.
}

describe('DepartmentForm', () => {
  it('refuses a house number with a letter before sending anything', async () => {
    const onDone = vi.fn();
    render(<DepartmentForm department={null} onDone={onDone} />);
    fillNewDepartment();
    type('Дом по', '35А', 0);
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByText('Диапазон 1: номера домов — целые числа без букв (12, а не 12А).')).toBeTruthy();
    expect(call).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('saves the department, then its territory, then closes', async () => {
    const onDone = vi.fn();
    call.mockResolvedValueOnce({ ok: true, value: { id: 7 } }).mockResolvedValueOnce({ ok: true, value: { id: 7 } });
    render(<DepartmentForm department={null} onDone={onDone} />);
    fillNewDepartment();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Сведения сверены с сайтом ФССП' }));
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    expect(call.mock.calls).toEqual([
      [
        'departments.save',
        {
          name: 'Красногорский РОСП',
          code: '50012',
          address: '143400, г. Красногорск, ул. Речная, д. 1',
          phone: null,
          email: null,
          seniorBailiff: null,
          active: true,
          confirmed: true,
          note: '',
        },
      ],
      [
        'departments.saveTerritories',
        { departmentId: 7, territories: [{ street: 'ул. Ленина', houseFrom: 1, houseTo: 35, parity: 'odd' }] },
      ],
    ]);
  });

  it('says the department was saved but not its territory when the core refuses the ranges', async () => {
    const onDone = vi.fn();
    call
      .mockResolvedValueOnce({ ok: true, value: { id: 7 } })
      .mockResolvedValueOnce({ ok: false, error: { code: 'VALIDATION', message: 'Диапазон 1: укажите улицу.' } });
    render(<DepartmentForm department={null} onDone={onDone} />);
    fillNewDepartment();
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByText('Отдел сохранён, но территория — нет: Диапазон 1: укажите улицу.')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });
});
