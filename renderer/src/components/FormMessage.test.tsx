// @vitest-environment jsdom
/**
 * The form's message goes away as soon as the clerk edits the form it is about, and comes back with the next message.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { FormMessage, type FormMessageValue } from './FormMessage';

afterEach(cleanup);

function SmsLikeForm() {
  const [text, setText] = useState('');
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  return (
    <>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setMessage(
            text.trim().length < 5
              ? { kind: 'error', text: 'Напишите текст сообщения.' }
              : { kind: 'ok', text: 'Пакет сформирован.' },
          );
        }}
      >
        <textarea aria-label="Текст сообщения" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit">Сформировать пакет</button>
        <FormMessage message={message} />
      </form>
      <input aria-label="Поиск" />
    </>
  );
}

describe('FormMessage', () => {
  it('an error goes away when the clerk types in the form, and comes back on the next refusal', () => {
    render(<SmsLikeForm />);
    fireEvent.click(screen.getByRole('button', { name: 'Сформировать пакет' }));
    expect(screen.getByRole('alert').textContent).toBe('Напишите текст сообщения.');

    // typing elsewhere on the page does not touch it
    fireEvent.change(screen.getByLabelText('Поиск'), { target: { value: 'а' } });
    expect(screen.getByRole('alert').textContent).toBe('Напишите текст сообщения.');

    fireEvent.change(screen.getByLabelText('Текст сообщения'), { target: { value: 'Д' } });
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Сформировать пакет' }));
    expect(screen.getByRole('alert').textContent).toBe('Напишите текст сообщения.');
    fireEvent.change(screen.getByLabelText('Текст сообщения'), { target: { value: 'Долг 100 ₽' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Сформировать пакет' }));
    expect(screen.getByRole('status').textContent).toBe('Пакет сформирован.');
  });

  it('without a form, editing the enclosing section clears it', () => {
    render(
      <section>
        <select aria-label="Роль" defaultValue="a">
          <option value="a">а</option>
          <option value="b">б</option>
        </select>
        <FormMessage message={{ kind: 'ok', text: 'Сохранено.' }} />
      </section>,
    );
    expect(screen.getByRole('status').textContent).toBe('Сохранено.');
    fireEvent.change(screen.getByLabelText('Роль'), { target: { value: 'b' } });
    expect(screen.queryByRole('status')).toBeNull();
  });
});
