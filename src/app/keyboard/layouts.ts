import type { TextField } from './text-fields.ts';

export type LayoutName = 'letters' | 'numeric' | 'tel' | 'email';

/**
 * One key. `text` keys type their text (letters follow the shift state); `nameKey` is the i18n
 * key of the accessible name where the glyph alone is unclear to a screen reader user.
 */
export type KeyDefinition =
  | { kind: 'text'; text: string; nameKey?: string; letter?: boolean }
  | { kind: 'space' | 'newline' | 'backspace' | 'shift' | 'close' };

export type KeyRow = readonly KeyDefinition[];

const DIGITS = [...'1234567890'].map((digit): KeyDefinition => ({ kind: 'text', text: digit }));

function letters(row: string): KeyDefinition[] {
  return [...row].map((letter) => ({ kind: 'text', text: letter, letter: true }));
}

function symbol(text: string, name: string): KeyDefinition {
  return { kind: 'text', text, nameKey: `keyboard.symbols.${name}` };
}

const BACKSPACE: KeyDefinition = { kind: 'backspace' };
const CLOSE: KeyDefinition = { kind: 'close' };

/**
 * Letters with the characters of Indonesian names and addresses: the apostrophe of "Ma'ruf",
 * the hyphen of "Abdul-Karim", the slash of "RT 003/RW 005", the period of "Jl." and "No.",
 * the comma before a district, and brackets, "&", ":" and "?" for company names and requests.
 */
function lettersLayout(multiline: boolean): KeyRow[] {
  return [
    [...DIGITS, BACKSPACE],
    [...letters('qwertyuiop'), symbol("'", 'apostrophe')],
    [...letters('asdfghjkl'), symbol('-', 'hyphen'), symbol('/', 'slash')],
    [{ kind: 'shift' }, ...letters('zxcvbnm'), symbol(',', 'comma'), symbol('.', 'period')],
    [
      symbol('(', 'openParenthesis'),
      symbol(')', 'closeParenthesis'),
      symbol('&', 'ampersand'),
      symbol(':', 'colon'),
      symbol('?', 'questionMark'),
      { kind: 'space' },
      ...(multiline ? [{ kind: 'newline' } as const] : []),
      CLOSE,
    ],
  ];
}

/** Digits only, for a NIK: no shift, nothing a NIK cannot hold. */
const NUMERIC_LAYOUT: KeyRow[] = [
  DIGITS.slice(0, 3),
  DIGITS.slice(3, 6),
  DIGITS.slice(6, 9),
  [BACKSPACE, DIGITS[9] as KeyDefinition, CLOSE],
];

/** Digits and "+" for an international prefix (+62). */
const TEL_LAYOUT: KeyRow[] = [
  DIGITS.slice(0, 3),
  DIGITS.slice(3, 6),
  DIGITS.slice(6, 9),
  [symbol('+', 'plus'), DIGITS[9] as KeyDefinition, BACKSPACE],
  [CLOSE],
];

/** Lower-case letters with the parts of Indonesian addresses: government (.go.id) and companies (.co.id). */
const EMAIL_LAYOUT: KeyRow[] = [
  [...DIGITS, BACKSPACE],
  [...letters('qwertyuiop'), symbol('@', 'at')],
  [...letters('asdfghjkl'), symbol('.', 'period')],
  [...letters('zxcvbnm'), symbol('_', 'underscore'), symbol('-', 'hyphen')],
  [{ kind: 'text', text: '.com' }, { kind: 'text', text: '.go.id' }, { kind: 'text', text: '.co.id' }, CLOSE],
];

/**
 * Chooses the layout from the field's type and inputmode, as a phone's keyboard does: e-mail
 * keys for type=email, the phone pad for type=tel, digits for inputmode=numeric (NIK).
 */
export function chooseLayout(field: TextField): LayoutName {
  const type = field instanceof HTMLInputElement ? field.type : 'textarea';
  const inputMode = field.inputMode;
  if (type === 'email' || inputMode === 'email') return 'email';
  if (type === 'tel' || inputMode === 'tel') return 'tel';
  if (inputMode === 'numeric' || inputMode === 'decimal') return 'numeric';
  return 'letters';
}

/** Returns the rows of keys for a layout; a textarea's letters get a new-line key. */
export function layoutRows(name: LayoutName, multiline: boolean): KeyRow[] {
  switch (name) {
    case 'letters':
      return lettersLayout(multiline);
    case 'numeric':
      return NUMERIC_LAYOUT;
    case 'tel':
      return TEL_LAYOUT;
    case 'email':
      return EMAIL_LAYOUT;
  }
}
