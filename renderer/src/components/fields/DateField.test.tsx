// @vitest-environment jsdom
/**
 * The Russian date box: dots added as the clerk types, a pasted ISO date turned round, an impossible or
 * out-of-range date named beside the field and never sent to the page, ↑/↓ a day (Shift: a month), Enter held
 * back on a refused date, and a value set by the page shown in the Russian order.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { DateField } from './DateField';

afterEach(cleanup);

/** Types as a keyboard does: one character at a time at the end of the text. */
function typeInto(input: HTMLInputElement, text: string) {
  for (const ch of text) fireEvent.change(input, { target: { value: input.value + ch } });
}

function renderField(props: { value?: string; min?: string; max?: string; required?: boolean } = {}) {
  const onChange = vi.fn();
  render(
    <label>
      Дата письма
      <DateField
        value={props.value ?? ''}
        onChange={onChange}
        min={props.min}
        max={props.max}
        required={props.required}
      />
    </label>,
  );
  return { input: screen.getByLabelText(/Дата письма/) as HTMLInputElement, onChange };
}

describe('DateField', () => {
  it('shows дд.мм.гггг, adds the dots as the clerk types and sends the ISO date', () => {
    const { input, onChange } = renderField();
    expect(input.type).toBe('text');
    expect(input.placeholder).toBe('дд.мм.гггг');
    typeInto(input, '1512');
    expect(input.value).toBe('15.12.');
    expect(onChange).not.toHaveBeenCalled();
    typeInto(input, '2026');
    expect(input.value).toBe('15.12.2026');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith('2026-12-15');
    typeInto(input, '7'); // a fifth digit of the year goes nowhere
    expect(input.value).toBe('15.12.2026');
  });

  it('lets Backspace take the dot away and reads a short day and month', () => {
    const { input, onChange } = renderField();
    typeInto(input, '15');
    expect(input.value).toBe('15.');
    fireEvent.change(input, { target: { value: '15' } });
    expect(input.value).toBe('15');
    fireEvent.change(input, { target: { value: '' } });
    typeInto(input, '5.1.2027');
    expect(input.value).toBe('5.1.2027');
    expect(onChange).toHaveBeenLastCalledWith('2027-01-05');
    fireEvent.blur(input);
    expect(input.value).toBe('05.01.2027');
  });

  it('takes a pasted ISO date or one written with slashes', () => {
    const { input, onChange } = renderField();
    fireEvent.change(input, { target: { value: '2026-12-15' } });
    expect(input.value).toBe('15.12.2026');
    expect(onChange).toHaveBeenLastCalledWith('2026-12-15');
    fireEvent.change(input, { target: { value: '01/02/2027' } });
    expect(input.value).toBe('01.02.2027');
    expect(onChange).toHaveBeenLastCalledWith('2027-02-01');
  });

  it('refuses 31.02.2026 beside the field and does not send it', () => {
    const { input, onChange } = renderField();
    typeInto(input, '31022026');
    expect(input.value).toBe('31.02.2026');
    expect(screen.queryByRole('alert')).toBeNull(); // not while typing
    fireEvent.blur(input);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Такой даты нет в календаре.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
    expect(input.validationMessage).toBe('Такой даты нет в календаре.');
    expect(onChange).not.toHaveBeenCalled();
    // The clerk corrects the day: the message goes at once and the date is sent.
    fireEvent.change(input, { target: { value: '28.02.2026' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(onChange).toHaveBeenLastCalledWith('2026-02-28');
    expect(input.validationMessage).toBe('');
  });

  it('names the limits: not after max, not before min', () => {
    const { input, onChange } = renderField({ min: '2026-12-01', max: '2026-12-07' });
    typeInto(input, '08122026');
    fireEvent.blur(input);
    expect(screen.getByRole('alert').textContent).toBe('Не позже 07.12.2026.');
    fireEvent.change(input, { target: { value: '30.11.2026' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe('Не раньше 01.12.2026.');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '07.12.2026' } });
    expect(onChange).toHaveBeenLastCalledWith('2026-12-07');
  });

  it('sends empty when a sent date is spoilt, so the page never keeps an old one', () => {
    const { input, onChange } = renderField({ value: '2026-12-15' });
    expect(input.value).toBe('15.12.2026');
    fireEvent.change(input, { target: { value: '15.12.202' } });
    expect(onChange).toHaveBeenLastCalledWith('');
    fireEvent.blur(input);
    expect(screen.getByRole('alert').textContent).toBe('Дату пишут так: дд.мм.гггг, например 15.12.2026.');
  });

  it('moves a day with ↑/↓ and a month with Shift, within the limits', () => {
    const { input, onChange } = renderField({ value: '2026-12-31', max: '2027-01-15' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.value).toBe('01.01.2027');
    expect(onChange).toHaveBeenLastCalledWith('2027-01-01');
    fireEvent.keyDown(input, { key: 'ArrowDown', shiftKey: true });
    expect(input.value).toBe('01.12.2026');
    fireEvent.change(input, { target: { value: '31.01.2026' } });
    fireEvent.keyDown(input, { key: 'ArrowUp', shiftKey: true });
    expect(input.value).toBe('28.02.2026'); // the day kept within February
    fireEvent.change(input, { target: { value: '15.01.2027' } });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.value).toBe('15.01.2027'); // max
  });

  it('holds Enter back on a refused date and lets a good one send the form', () => {
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    function Form() {
      const [date, setDate] = useState('');
      return (
        <form aria-label="Письмо" onSubmit={onSubmit}>
          <label>
            Дата
            <DateField value={date} onChange={setDate} required />
          </label>
          <output>{date}</output>
        </form>
      );
    }
    render(<Form />);
    const input = screen.getByLabelText(/Дата/) as HTMLInputElement;
    expect(input.validationMessage).toBe('Укажите дату: дд.мм.гггг.');
    fireEvent.invalid(input); // what the browser does on sending the form with it empty
    expect(screen.getByRole('alert').textContent).toBe('Укажите дату: дд.мм.гггг.');
    typeInto(input, '29022026');
    const enter = fireEvent.keyDown(input, { key: 'Enter' });
    expect(enter).toBe(false); // default prevented: the form is not sent
    expect(screen.getByRole('alert').textContent).toBe('Такой даты нет в календаре.');
    fireEvent.change(input, { target: { value: '' } });
    typeInto(input, '01122026');
    expect(fireEvent.keyDown(input, { key: 'Enter' })).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('2026-12-01');
  });

  it('shows a value set by the page in the Russian order', () => {
    const onChange = vi.fn();
    const { rerender } = render(<DateField aria-label="С" value="2026-01-05" onChange={onChange} />);
    const input = screen.getByLabelText('С') as HTMLInputElement;
    expect(input.value).toBe('05.01.2026');
    rerender(<DateField aria-label="С" value="" onChange={onChange} />);
    expect(input.value).toBe('');
    expect(onChange).not.toHaveBeenCalled();
  });
});
