// @vitest-environment jsdom
/**
 * MoneyField: rubles typed as a clerk types them become kopecks; «пять тысяч», «-1» or «12,345» keep the clerk's text,
 * show the reason beside the field and stop the form — never a silent 5 000 or 0.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { MoneyField } from './MoneyField';

afterEach(cleanup);

function ThresholdForm({ onSave }: { onSave: (kopecks: number | null) => void }) {
  const [kopecks, setKopecks] = useState<number | null>(500_000);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave(kopecks);
      }}
    >
      <MoneyField
        label="Порог долга"
        name="Порог"
        min={0}
        required
        value={kopecks}
        onChange={setKopecks}
        testid="threshold"
      />
      <button type="submit">Сохранить</button>
    </form>
  );
}

const field = () => screen.getByTestId('threshold') as HTMLInputElement;
const type = (text: string) => fireEvent.change(field(), { target: { value: text } });

describe('MoneyField', () => {
  it('starts with the value in rubles and saves what the clerk typed, in kopecks', () => {
    const onSave = vi.fn();
    render(<ThresholdForm onSave={onSave} />);
    expect(field().value).toBe('5\u00a0000');
    expect(screen.getByLabelText('Порог долга')).toBe(field());
    type('7 500,5');
    fireEvent.blur(field());
    expect(field().getAttribute('aria-invalid')).toBe('false');
    fireEvent.submit(field().form!);
    expect(onSave).toHaveBeenCalledWith(750_050);
    expect(field().value).toBe('7 500,5');
  });

  it.each([
    ['пять тысяч', 'Порог: не сумма в рублях — например, 5 000.'],
    ['-1', 'Порог не может быть меньше 0.'],
    ['12,345', 'Порог: копейки — не больше двух цифр после запятой.'],
    ['', 'Порог: укажите сумму.'],
  ])('«%s» keeps the text, says why beside the field and does not save', (text, reason) => {
    const onSave = vi.fn();
    render(<ThresholdForm onSave={onSave} />);
    type(text);
    expect(screen.queryByRole('alert')).toBeNull(); // not while typing
    fireEvent.submit(field().form!);
    expect(onSave).not.toHaveBeenCalled();
    expect(field().value).toBe(text);
    expect(field().getAttribute('aria-invalid')).toBe('true');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(reason);
    expect(field().getAttribute('aria-describedby')).toBe(alert.id);
  });

  it('shows the reason on blur and on Enter, and drops it as soon as the text is a sum', () => {
    const onSave = vi.fn();
    render(<ThresholdForm onSave={onSave} />);
    type('5 тыс');
    fireEvent.blur(field());
    expect(screen.getByRole('alert').textContent).toBe('Порог: не сумма в рублях — например, 5 000.');
    type('5 00');
    expect(screen.getByRole('alert').textContent).toBe('Порог: не сумма в рублях — например, 5 000.');
    type('5 000');
    expect(screen.queryByRole('alert')).toBeNull();
    type('-3');
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe('Порог не может быть меньше 0.');
    type('3');
    fireEvent.submit(field().form!);
    expect(onSave).toHaveBeenCalledWith(300);
  });
});
