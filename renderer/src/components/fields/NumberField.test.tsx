// @vitest-environment jsdom
/**
 * NumberField: whole numbers within their limits; a wrong text stays, says why beside the field, and blocks the form
 * even when the input stands outside the <form> (linked by the `form` attribute, as in the rules table).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { NumberField } from './NumberField';

afterEach(cleanup);

function LimitTable({ onSave, onError }: { onSave: (n: number | null) => void; onError?: (e: string | null) => void }) {
  const [n, setN] = useState<number | null>(3);
  return (
    <>
      <table>
        <tbody>
          <tr>
            <td>
              <NumberField
                name="Звонков в день"
                min={0}
                max={50}
                required
                form="f"
                value={n}
                onChange={setN}
                onError={onError}
                testid="n"
              />
            </td>
          </tr>
        </tbody>
      </table>
      <form
        id="f"
        onSubmit={(e) => {
          e.preventDefault();
          onSave(n);
        }}
      >
        <button type="submit">Сохранить</button>
      </form>
    </>
  );
}

const input = () => screen.getByTestId('n') as HTMLInputElement;
const save = () => fireEvent.submit(screen.getByRole('button', { name: 'Сохранить' }).closest('form')!);

describe('NumberField', () => {
  it('is named for screen readers and saves a valid number', () => {
    const onSave = vi.fn();
    render(<LimitTable onSave={onSave} />);
    expect(screen.getByRole('textbox', { name: 'Звонков в день' })).toBe(input());
    fireEvent.change(input(), { target: { value: '12' } });
    save();
    expect(onSave).toHaveBeenCalledWith(12);
  });

  it.each([
    ['пять', 'Звонков в день: не число — введите цифрами, например, 5.'],
    ['2,5', 'Звонков в день: нужно целое число, без дробной части.'],
    ['-1', 'Звонков в день не может быть меньше 0.'],
    ['51', 'Звонков в день не может быть больше 50.'],
  ])('«%s» blocks the save of the form it is linked to: %s', (text, reason) => {
    const onSave = vi.fn();
    const onError = vi.fn();
    render(<LimitTable onSave={onSave} onError={onError} />);
    fireEvent.change(input(), { target: { value: text } });
    expect(onError).toHaveBeenLastCalledWith(reason);
    save();
    expect(onSave).not.toHaveBeenCalled();
    expect(input().value).toBe(text);
    expect(screen.getByRole('alert').textContent).toBe(reason);
    expect(document.activeElement).toBe(input());
  });
});
