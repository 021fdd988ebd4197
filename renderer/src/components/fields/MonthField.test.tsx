// @vitest-environment jsdom
/**
 * The Russian month box: «мм.гггг» with the dot added as the clerk types, the month in words beside it once it is
 * one, «13.2026» refused beside the field, a pasted 'YYYY-MM' turned round, ↑/↓ a month (Shift: a year).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MonthField } from './MonthField';

afterEach(cleanup);

function renderField(value = '') {
  const onChange = vi.fn();
  render(
    <label>
      Месяц
      <MonthField value={value} onChange={onChange} />
    </label>,
  );
  return { input: screen.getByLabelText(/Месяц/) as HTMLInputElement, onChange };
}

describe('MonthField', () => {
  it('shows мм.гггг, adds the dot as the clerk types and says the month in words', () => {
    const { input, onChange } = renderField();
    expect(input.placeholder).toBe('мм.гггг');
    for (const ch of '122026') fireEvent.change(input, { target: { value: input.value + ch } });
    expect(input.value).toBe('12.2026');
    expect(onChange).toHaveBeenLastCalledWith('2026-12');
    expect(screen.getByText('декабрь 2026')).toBeTruthy();
  });

  it('refuses a thirteenth month beside the field and does not send it', () => {
    const { input, onChange } = renderField();
    fireEvent.change(input, { target: { value: '13.2026' } });
    fireEvent.blur(input);
    expect(screen.getByRole('alert').textContent).toBe('Такого месяца нет: месяцы — от 01 до 12.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('takes a pasted 2027-01 and steps with ↑/↓', () => {
    const { input, onChange } = renderField('2026-12');
    expect(input.value).toBe('12.2026');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.value).toBe('01.2027');
    expect(onChange).toHaveBeenLastCalledWith('2027-01');
    fireEvent.keyDown(input, { key: 'ArrowDown', shiftKey: true });
    expect(input.value).toBe('01.2026');
    fireEvent.change(input, { target: { value: '2027-03' } });
    expect(input.value).toBe('03.2027');
    expect(onChange).toHaveBeenLastCalledWith('2027-03');
    expect(screen.getByText('март 2027')).toBeTruthy();
  });
});
