// @vitest-environment jsdom
/**
 * The Russian file button: its own words instead of «Choose File», «Файл не выбран» and then the name and size of
 * what was chosen, the real file input kept (hidden, out of the Tab order, accept passed through) and the page's
 * onChange given the files.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FileButton } from './FileButton';

afterEach(cleanup);

const sized = (name: string, bytes: number) => new File([new Uint8Array(bytes)], name);

describe('FileButton', () => {
  it('reads «Выбрать файл начислений…», says no file is chosen, and opens the hidden input', () => {
    const onChange = vi.fn();
    render(
      <FileButton
        label="Выбрать файл начислений…"
        accept=".csv,.xlsx"
        data-testid="charges-file"
        onChange={onChange}
      />,
    );
    const button = screen.getByRole('button', { name: 'Выбрать файл начислений…' });
    expect(screen.getByText('Файл не выбран')).toBeTruthy();
    expect(button.getAttribute('aria-describedby')).toBe(screen.getByText('Файл не выбран').id);
    const input = screen.getByTestId('charges-file') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.csv,.xlsx');
    expect(input.tabIndex).toBe(-1); // one Tab stop: the button
    const click = vi.spyOn(input, 'click');
    fireEvent.click(button);
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('shows the chosen file’s name and size and hands the page the event', () => {
    const onChange = vi.fn((e: { target: HTMLInputElement }) => e.target.files?.[0]?.name);
    render(<FileButton data-testid="f" onChange={onChange} />);
    expect(screen.getByRole('button', { name: 'Выбрать файл…' })).toBeTruthy();
    fireEvent.change(screen.getByTestId('f'), { target: { files: [sized('payments.xlsx', 1_258_291)] } });
    expect(screen.getByText('payments.xlsx, 1,2 МБ')).toBeTruthy();
    expect(onChange).toHaveReturnedWith('payments.xlsx');
  });

  it('counts several files with the right plural and follows the page’s own list', () => {
    const { rerender } = render(
      <FileButton multiple data-testid="f" chosen={[sized('a.pdf', 1024), sized('b.pdf', 1024)]} />,
    );
    expect(screen.getByRole('button', { name: 'Выбрать файлы…' })).toBeTruthy();
    expect(screen.getByText('2 файла, 2 КБ')).toBeTruthy();
    rerender(<FileButton multiple data-testid="f" chosen={[]} />);
    expect(screen.getByText('Файл не выбран')).toBeTruthy();
  });

  it('is disabled with its input', () => {
    render(<FileButton disabled data-testid="f" />);
    expect((screen.getByRole('button') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('f') as HTMLInputElement).disabled).toBe(true);
  });
});
