// @vitest-environment jsdom
/**
 * The Russian time box: «чч:мм» in 24 hours whatever the browser's language, the colon added as the clerk types,
 * «25:00» refused beside the field, ↑/↓ a minute round the clock (Shift: an hour).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { TimeField } from './TimeField';

afterEach(cleanup);

describe('TimeField', () => {
  it('types 0930 as 09:30, refuses 25:00 beside the field and steps with ↑/↓', () => {
    const onChange = vi.fn();
    render(<TimeField aria-label="Время" value="" onChange={onChange} />);
    const input = screen.getByLabelText('Время') as HTMLInputElement;
    expect(input.placeholder).toBe('чч:мм');
    for (const ch of '0930') fireEvent.change(input, { target: { value: input.value + ch } });
    expect(input.value).toBe('09:30');
    expect(onChange).toHaveBeenLastCalledWith('09:30');
    fireEvent.change(input, { target: { value: '25:00' } });
    expect(onChange).toHaveBeenLastCalledWith('');
    fireEvent.blur(input);
    expect(screen.getByRole('alert').textContent).toBe('Такого времени нет: часы — от 00 до 23, минуты — от 00 до 59.');
    fireEvent.change(input, { target: { value: '23:59' } });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.value).toBe('00:00');
    fireEvent.keyDown(input, { key: 'ArrowDown', shiftKey: true });
    expect(input.value).toBe('23:00');
    expect(onChange).toHaveBeenLastCalledWith('23:00');
  });
});
