// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installRussianValidity } from './russian-validity';

installRussianValidity();

describe('the browser’s refusals in Russian', () => {
  it('says «Заполните это поле.» for an empty required field and forgets it once the clerk types', () => {
    render(
      <form>
        <input aria-label="Основание" required />
      </form>,
    );
    const input = screen.getByLabelText<HTMLInputElement>('Основание');
    expect(input.checkValidity()).toBe(false);
    expect(input.validationMessage).toBe('Заполните это поле.');
    fireEvent.input(input, { target: { value: 'приказ № 5' } });
    expect(input.checkValidity()).toBe(true);
    expect(input.validationMessage).toBe('');
  });

  it('leaves a field’s own message alone', () => {
    render(<input aria-label="Дата" required />);
    const input = screen.getByLabelText<HTMLInputElement>('Дата');
    input.setCustomValidity('Такой даты нет в календаре.');
    expect(input.checkValidity()).toBe(false);
    expect(input.validationMessage).toBe('Такой даты нет в календаре.');
  });

  it('asks to choose from a list for an empty required select', () => {
    render(
      <select aria-label="УК" required defaultValue="">
        <option value="">—</option>
        <option value="1">УК «Жилсервис»</option>
      </select>,
    );
    const select = screen.getByLabelText<HTMLSelectElement>('УК');
    expect(select.checkValidity()).toBe(false);
    expect(select.validationMessage).toBe('Выберите значение из списка.');
  });
});
