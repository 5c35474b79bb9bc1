/**
 * The rules of uncontracted Indonesian braille (Braille penuh, Sistem Simbol Braille Indonesia,
 * Kepmendiknas 052/U/2000, revised 2017) that Loket uses, as one table a braille reviewer can
 * read line by line. `confirmed: false` marks a sign or rule that no Indonesian source we found
 * gives; such a row says where its sign comes from, so a braille authority (BLBI Abiyoso,
 * Pertuni) can settle it here and nowhere else. The liblouis table
 * `liblouis/id-loket-g1.utb` states the same rules for liblouis and must change with this one.
 *
 * Dots are written as braille references write them: the digits of one cell run together
 * ("125" is one cell with dots 1, 2 and 5), and a hyphen separates cells ("6-6" is two cells,
 * each with dot 6).
 */

export type BrailleRuleKind = 'letter' | 'digit' | 'punctuation' | 'symbol';

export interface BrailleRule {
  /** The print character. Capitals are not listed: they are the capital sign plus the letter. */
  char: string;
  dots: string;
  kind: BrailleRuleKind;
  confirmed: boolean;
  /** Why the row is unconfirmed or how it is used. */
  note?: string;
}

/** Signs that change how the following cells read, and the rules that place them. */
export interface BrailleIndicator {
  dots: string;
  confirmed: boolean;
  rule: string;
}

export const BRAILLE_INDICATORS = {
  capital: {
    dots: '6',
    confirmed: true,
    rule: 'Before a capital letter in a word that is not all capitals.',
  },
  capitalWord: {
    dots: '6-6',
    confirmed: true,
    rule: 'Before a run of two or more letters that are all capitals; the run ends at any character that is not a letter A–Z.',
  },
  number: {
    dots: '3456',
    confirmed: true,
    rule: 'Before every run of digits. Unconfirmed: the sign is repeated after every character that is not a digit, so "812-3456", "05/12/2026" and "1.500.000,00" carry it before each group of digits.',
  },
  letter: {
    dots: '56',
    confirmed: true,
    rule: 'Before a letter that directly follows a digit, so "10A" does not read as 101. Unconfirmed: it is used before every letter after a digit (not only a–j), and it comes before the capital sign.',
  },
  placeholder: {
    dots: '123456',
    confirmed: false,
    rule: 'Stands for a character with no rule in this table; every use is counted and reported. Loket chose the full cell because it is no sign in this table.',
  },
} as const satisfies Record<string, BrailleIndicator>;

const LETTER_DOTS = [
  '1', '12', '14', '145', '15', '124', '1245', '125', '24', '245',
  '13', '123', '134', '1345', '135', '1234', '12345', '1235', '234', '2345',
  '136', '1236', '2456', '1346', '13456', '1356',
];

const LETTERS: readonly BrailleRule[] = LETTER_DOTS.map((dots, index) => ({
  char: String.fromCharCode(0x61 + index),
  dots,
  kind: 'letter',
  confirmed: true,
}));

// Digits are the letters a–j after the number sign: 1 = a, …, 9 = i, 0 = j.
const DIGITS: readonly BrailleRule[] = '1234567890'.split('').map((char, index) => ({
  char,
  dots: LETTER_DOTS[index] as string,
  kind: 'digit',
  confirmed: true,
}));

const UEB = 'Taken from Unified English Braille; no Indonesian source found.';

export const BRAILLE_RULES: readonly BrailleRule[] = [
  ...LETTERS,
  ...DIGITS,
  { char: '.', dots: '256', kind: 'punctuation', confirmed: true },
  { char: ',', dots: '2', kind: 'punctuation', confirmed: true },
  { char: ';', dots: '23', kind: 'punctuation', confirmed: true },
  { char: ':', dots: '25', kind: 'punctuation', confirmed: true },
  { char: '?', dots: '236', kind: 'punctuation', confirmed: true },
  { char: '!', dots: '235', kind: 'punctuation', confirmed: true },
  { char: '“', dots: '236', kind: 'punctuation', confirmed: true, note: 'Opening quotation mark.' },
  { char: '”', dots: '356', kind: 'punctuation', confirmed: true, note: 'Closing quotation mark.' },
  {
    char: '"',
    dots: '356',
    kind: 'punctuation',
    confirmed: false,
    note: 'A straight quotation mark opens (2-3-6) at the start of a word and closes (3-5-6) elsewhere; how to tell them apart is Loket\'s choice.',
  },
  { char: '(', dots: '2356', kind: 'punctuation', confirmed: true },
  { char: ')', dots: '2356', kind: 'punctuation', confirmed: true },
  { char: '-', dots: '36', kind: 'punctuation', confirmed: true },
  { char: '/', dots: '34', kind: 'punctuation', confirmed: true },
  { char: "'", dots: '3', kind: 'punctuation', confirmed: true },
  { char: '’', dots: '3', kind: 'punctuation', confirmed: true, note: 'Typographic apostrophe, as the straight one.' },
  { char: '@', dots: '4-1', kind: 'symbol', confirmed: false, note: UEB },
  { char: '+', dots: '5-235', kind: 'symbol', confirmed: false, note: UEB },
  { char: '%', dots: '46-356', kind: 'symbol', confirmed: false, note: UEB },
  { char: '&', dots: '4-12346', kind: 'symbol', confirmed: false, note: UEB },
  { char: '#', dots: '456-1456', kind: 'symbol', confirmed: false, note: UEB },
  { char: '_', dots: '46-36', kind: 'symbol', confirmed: false, note: UEB },
  { char: '$', dots: '4-234', kind: 'symbol', confirmed: false, note: UEB },
  { char: '=', dots: '5-2356', kind: 'symbol', confirmed: false, note: UEB },
];

/** The opening sign of a straight quotation mark at the start of a word. */
export const OPENING_QUOTE_DOTS = '236';
