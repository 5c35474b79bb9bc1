// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FieldDefinition } from '../../src/domain/forms/types.ts';
import { Field } from '../../src/app/form/Field.tsx';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { deleteBeforeCaret, insertAtCaret } from '../../src/app/keyboard/insert-text.ts';
import { arrowTarget } from '../../src/app/keyboard/key-navigation.ts';
import { handleChoiceEnter, handleGroupArrows } from '../../src/app/keyboard/keypad-keys.ts';
import { chooseLayout } from '../../src/app/keyboard/layouts.ts';
import { OnScreenKeyboard } from '../../src/app/keyboard/OnScreenKeyboard.tsx';
import { KEEPS_KEYBOARD_ATTRIBUTE } from '../../src/app/keyboard/use-keyboard-target.ts';
import { runVisitResetHandlers } from '../../src/app/session/visit-reset.ts';
import { testSources } from './app-harness.tsx';

beforeAll(async () => {
  initI18n();
  await i18n.changeLanguage('id');
});

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

function input(attributes: Record<string, string> = {}, value = ''): HTMLInputElement {
  const element = document.createElement('input');
  for (const [name, attribute] of Object.entries(attributes)) element.setAttribute(name, attribute);
  element.value = value;
  document.body.append(element);
  return element;
}

describe('insertAtCaret', () => {
  it('inserts at the caret', () => {
    const field = input({}, 'Maruf');
    field.setSelectionRange(2, 2);
    expect(insertAtCaret(field, "'")).toBe(1);
    expect(field.value).toBe("Ma'ruf");
    expect(field.selectionStart).toBe(3);
  });

  it('replaces the selection', () => {
    const field = input({}, 'RT 003-RW 005');
    field.setSelectionRange(6, 7);
    insertAtCaret(field, '/');
    expect(field.value).toBe('RT 003/RW 005');
  });

  it('fires a bubbling input event', () => {
    const field = input();
    const seen: { data: string | null; inputType: string; value: string }[] = [];
    document.body.addEventListener('input', (event) => {
      const inputEvent = event as InputEvent;
      seen.push({ data: inputEvent.data, inputType: inputEvent.inputType, value: field.value });
    });
    insertAtCaret(field, 'S');
    expect(seen).toEqual([{ data: 'S', inputType: 'insertText', value: 'S' }]);
  });

  it('cuts text at maxLength', () => {
    const field = input({ maxlength: '5' }, 'abc');
    field.setSelectionRange(3, 3);
    expect(insertAtCaret(field, '.go.id')).toBe(2);
    expect(field.value).toBe('abc.g');
  });

  it('inserts nothing into a full field', () => {
    const field = input({ maxlength: '3' }, 'abc');
    const listener = vi.fn();
    field.addEventListener('input', listener);
    expect(insertAtCaret(field, 'd')).toBe(0);
    expect(field.value).toBe('abc');
    expect(listener).not.toHaveBeenCalled();
  });

  it('counts a replaced selection as room', () => {
    const field = input({ maxlength: '3' }, 'abc');
    field.setSelectionRange(1, 2);
    expect(insertAtCaret(field, 'X')).toBe(1);
    expect(field.value).toBe('aXc');
  });

  it('appends to an e-mail field', () => {
    const field = input({ type: 'email' }, 'siti');
    insertAtCaret(field, '@');
    insertAtCaret(field, '.go.id');
    expect(field.value).toBe('siti@.go.id');
  });

  it('inserts a new line into a textarea', () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    field.value = 'Jl. Mawar 7';
    field.setSelectionRange(11, 11);
    insertAtCaret(field, '\nKarawaci');
    expect(field.value).toBe('Jl. Mawar 7\nKarawaci');
  });
});

describe('deleteBeforeCaret', () => {
  it('deletes the character before the caret', () => {
    const field = input({}, 'Sitti');
    field.setSelectionRange(3, 3);
    expect(deleteBeforeCaret(field)).toBe(true);
    expect(field.value).toBe('Siti');
    expect(field.selectionStart).toBe(2);
  });

  it('deletes the selection', () => {
    const field = input({}, 'Siti Contoh');
    field.setSelectionRange(4, 11);
    deleteBeforeCaret(field);
    expect(field.value).toBe('Siti');
  });

  it('does nothing at the start', () => {
    const field = input({}, 'Siti');
    field.setSelectionRange(0, 0);
    expect(deleteBeforeCaret(field)).toBe(false);
    expect(field.value).toBe('Siti');
  });

  it('deletes from the end of an e-mail field', () => {
    const field = input({ type: 'email' }, 'siti@');
    deleteBeforeCaret(field);
    expect(field.value).toBe('siti');
  });
});

describe('chooseLayout', () => {
  it.each([
    [{ type: 'text' }, 'letters'],
    [{ type: 'email' }, 'email'],
    [{ type: 'text', inputmode: 'email' }, 'email'],
    [{ type: 'tel' }, 'tel'],
    [{ type: 'text', inputmode: 'tel' }, 'tel'],
    [{ type: 'text', inputmode: 'numeric' }, 'numeric'],
    [{ type: 'text', inputmode: 'decimal' }, 'numeric'],
  ])('input %o gets %s', (attributes, layout) => {
    expect(chooseLayout(input(attributes))).toBe(layout);
  });

  it('gives a textarea letters', () => {
    expect(chooseLayout(document.createElement('textarea'))).toBe('letters');
  });

  it.each([
    [{ name: 'nik', type: 'nik' }, 'numeric'],
    [{ name: 'phone', type: 'tel' }, 'tel'],
    [{ name: 'email', type: 'email' }, 'email'],
    [{ name: 'name', type: 'text' }, 'letters'],
    [{ name: 'address', type: 'textarea' }, 'letters'],
  ] as [FieldDefinition, string][])('form field %o gets %s', (field, layout) => {
    const { container } = render(
      <Field formId="information-request" field={field} value="" required={false} sources={testSources} values={{}} onValueChange={() => {}} />,
    );
    const rendered = container.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
    if (!rendered) throw new Error('Field rendered no input');
    expect(chooseLayout(rendered)).toBe(layout);
  });
});

describe('arrowTarget', () => {
  // Rows of 3, 2 and 1 keys; key k's centre is at its column times 10 px.
  const rows = [[0, 1, 2], [3, 4], [5]];
  const centre = (index: number) => (rows.find((row) => row.includes(index)) ?? []).indexOf(index) * 10;

  it('moves within a row and stops at its ends', () => {
    expect(arrowTarget('ArrowRight', 1, rows, centre)).toBe(2);
    expect(arrowTarget('ArrowRight', 2, rows, centre)).toBe(2);
    expect(arrowTarget('ArrowLeft', 3, rows, centre)).toBe(3);
  });

  it('moves to the nearest key below', () => {
    expect(arrowTarget('ArrowDown', 2, rows, centre)).toBe(4);
    expect(arrowTarget('ArrowDown', 4, rows, centre)).toBe(5);
    expect(arrowTarget('ArrowDown', 5, rows, centre)).toBe(5);
  });

  it('leaves the keys above the top row', () => {
    expect(arrowTarget('ArrowUp', 4, rows, centre)).toBe(1);
    expect(arrowTarget('ArrowUp', 1, rows, centre)).toBeUndefined();
  });
});

describe('Enter on a choice', () => {
  function form(type: 'checkbox' | 'radio') {
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    const element = document.createElement('form');
    element.addEventListener('submit', onSubmit);
    element.innerHTML = `<input type="${type}" name="choice" value="a"><input type="${type}" name="choice" value="b"><button>Lanjut</button>`;
    document.body.append(element);
    document.addEventListener('keydown', handleChoiceEnter);
    const [first] = element.querySelectorAll('input');
    return { first: first as HTMLInputElement, onSubmit, remove: () => document.removeEventListener('keydown', handleChoiceEnter) };
  }

  it('ticks a checkbox on and off', () => {
    const { first, remove } = form('checkbox');
    const onChange = vi.fn();
    first.addEventListener('change', onChange);
    fireEvent.keyDown(first, { key: 'Enter' });
    expect(first.checked).toBe(true);
    fireEvent.keyDown(first, { key: 'Enter' });
    expect(first.checked).toBe(false);
    expect(onChange).toHaveBeenCalledTimes(2);
    remove();
  });

  it('selects a radio button and keeps it', () => {
    const { first, remove } = form('radio');
    const prevented = !fireEvent.keyDown(first, { key: 'Enter' });
    expect(prevented).toBe(true);
    expect(first.checked).toBe(true);
    fireEvent.keyDown(first, { key: 'Enter' });
    expect(first.checked).toBe(true);
    remove();
  });
});

/** A text field whose value lives in component state, as the form's fields do. */
function ControlledFields({ onName }: { onName: (value: string) => void }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const field = (definition: FieldDefinition) => (
    <Field
      formId="information-request"
      field={definition}
      value={values[definition.name] ?? ''}
      required={false}
      sources={testSources}
      values={values}
      onValueChange={(name, value) => {
        setValues((current) => ({ ...current, [name]: String(value) }));
        if (name === 'name') onName(String(value));
      }}
    />
  );
  return (
    <>
      <main>
        {field({ name: 'nik', type: 'nik' })}
        {field({ name: 'name', type: 'text', maxLength: 150 })}
        {field({ name: 'address', type: 'textarea', maxLength: 500 })}
        <button type="button">Lanjut</button>
      </main>
      <OnScreenKeyboard />
    </>
  );
}

describe('OnScreenKeyboard', () => {
  it('types into the focused field', async () => {
    const onName = vi.fn();
    render(<ControlledFields onName={onName} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: 'Nama lengkap' }));

    const keyboard = screen.getByRole('region', { name: 'Papan ketik layar' });
    await user.click(within(keyboard).getByRole('button', { name: 'Huruf besar' }));
    for (const letter of ['s', 'i', 't', 'i']) await user.click(within(keyboard).getByRole('button', { name: new RegExp(`^${letter}$`, 'i') }));

    expect(onName).toHaveBeenLastCalledWith('Siti');
    expect(screen.getByRole('textbox', { name: 'Nama lengkap' })).toHaveProperty('value', 'Siti');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Nama lengkap' }));
    expect(within(keyboard).getByText('Siti')).toBeTruthy();
  });

  it('shows digits for a NIK', async () => {
    render(<ControlledFields onName={() => {}} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: 'NIK' }));

    const keyboard = screen.getByRole('region', { name: 'Papan ketik layar' });
    const names = within(keyboard)
      .getAllByRole('button')
      .map((button) => button.getAttribute('aria-label') ?? button.textContent);
    expect(names).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'Hapus', '0', 'Tutup papan ketik']);
  });

  it('leaves a date to the browser', async () => {
    render(
      <>
        <ControlledFields onName={() => {}} />
        <Field formId="complaint" field={{ name: 'eventDate', type: 'date' }} value="" required={false} sources={testSources} values={{}} onValueChange={() => {}} />
      </>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: 'Nama lengkap' }));
    expect(screen.getByRole('region', { name: 'Papan ketik layar' })).toBeTruthy();

    // A date input takes keypad digits in its segments and opens its own calendar on a tap.
    // The keys could not type into it, because it has no text selection to insert at.
    await user.click(screen.getByLabelText('Tanggal kejadian'));
    expect(screen.queryByRole('region', { name: 'Papan ketik layar' })).toBeNull();
  });

  it('closes, reopens and closes on visit reset', async () => {
    render(<ControlledFields onName={() => {}} />);
    const user = userEvent.setup();
    const name = screen.getByRole('textbox', { name: 'Nama lengkap' });
    await user.click(name);
    await user.click(screen.getByRole('button', { name: 'Tutup papan ketik' }));
    expect(screen.queryByRole('region', { name: 'Papan ketik layar' })).toBeNull();
    expect(document.activeElement).toBe(name);

    await user.click(name);
    await user.click(screen.getByRole('button', { name: 'Huruf besar' }));
    expect(screen.getByRole('button', { name: 'Huruf besar' }).getAttribute('aria-pressed')).toBe('true');

    await act(() => runVisitResetHandlers());
    expect(screen.queryByRole('region', { name: 'Papan ketik layar' })).toBeNull();
    await user.click(screen.getByRole('textbox', { name: 'NIK' }));
    await user.click(name);
    expect(screen.getByRole('button', { name: 'Huruf besar' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('closes when focus leaves the fields', async () => {
    render(<ControlledFields onName={() => {}} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: 'Nama lengkap' }));
    await user.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(screen.queryByRole('region', { name: 'Papan ketik layar' })).toBeNull();
    expect(document.documentElement.style.getPropertyValue('--keyboard-height')).toBe('0px');
  });

  it('stays open for a part that keeps it', async () => {
    render(
      <>
        <ControlledFields onName={() => {}} />
        <aside {...{ [KEEPS_KEYBOARD_ATTRIBUTE]: '' }}>
          <button type="button">Jeda</button>
        </aside>
      </>,
    );
    const user = userEvent.setup();
    const name = screen.getByRole('textbox', { name: 'Nama lengkap' });
    await user.click(name);
    await user.click(screen.getByRole('button', { name: 'Jeda' }));
    expect(screen.getByRole('region', { name: 'Papan ketik layar' })).toBeTruthy();

    // The keys still type into the field the visitor was on.
    await user.click(screen.getByRole('button', { name: /^s$/i }));
    expect(name).toHaveProperty('value', 's');
    await user.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(screen.queryByRole('region', { name: 'Papan ketik layar' })).toBeNull();
  });

  it('moves focus between field and keys by keypad', async () => {
    render(<ControlledFields onName={() => {}} />);
    const user = userEvent.setup();
    const name = screen.getByRole('textbox', { name: 'Nama lengkap' });
    await user.click(name);

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('1');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(name).toHaveProperty('value', 'q');
    expect(document.activeElement?.textContent).toBe('q');

    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(name);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('q');
    await user.keyboard('{Tab}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Alamat' }));
  });

  it('enters from a textarea only at its end', async () => {
    render(<ControlledFields onName={() => {}} />);
    const user = userEvent.setup();
    const address = screen.getByRole('textbox', { name: 'Alamat' }) as HTMLTextAreaElement;
    await user.click(address);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(document.activeElement?.textContent).toBe('1');
    await user.keyboard('{Enter}');
    expect(address.value).toBe('11');
    expect(screen.getAllByRole('button', { name: 'Baris baru' })).toHaveLength(1);

    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(address);
    address.setSelectionRange(0, 0);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(address);
    address.setSelectionRange(address.value.length, address.value.length);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('1');
  });
});

describe('handleGroupArrows', () => {
  function renderGroup(): HTMLButtonElement[] {
    document.body.innerHTML = '<div role="group" aria-label="Ukuran teks"><button>100%</button><button>150%</button><button>200%</button></div>';
    return [...document.querySelectorAll('button')];
  }

  function arrow(target: HTMLElement, key: string): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    document.addEventListener('keydown', handleGroupArrows);
    target.dispatchEvent(event);
    document.removeEventListener('keydown', handleGroupArrows);
    return event;
  }

  it('moves to the next and previous button', () => {
    const [first, second] = renderGroup();
    first!.focus();
    expect(arrow(first!, 'ArrowRight').defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(second);
    arrow(second!, 'ArrowUp');
    expect(document.activeElement).toBe(first);
  });

  it('stops at the ends without a wrap', () => {
    const buttons = renderGroup();
    const last = buttons.at(-1)!;
    last.focus();
    expect(arrow(last, 'ArrowDown').defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(last);
  });

  it('ignores buttons outside a group', () => {
    document.body.innerHTML = '<button>Lanjut</button><button>Kembali</button>';
    const [first] = [...document.querySelectorAll('button')];
    first!.focus();
    expect(arrow(first!, 'ArrowRight').defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(first);
  });
});
