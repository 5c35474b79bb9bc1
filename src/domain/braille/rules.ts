/**
 * The rules of uncontracted Indonesian braille (Braille penuh, Sistem Simbol Braille Indonesia,
 * Kepmendiknas 052/U/2000, revised 2017) that Loket uses, as one table a braille reviewer can
 * read line by line. `confirmed: false` marks a sign or rule that no Indonesian source we found
 * gives. Such a row states what Loket chose and why, so a braille authority (BLBI Abiyoso,
 * Pertuni) can settle it here and nowhere else. The liblouis table
 * `liblouis/id-loket-g1.utb` states the same rules for liblouis and must change with this one;
 * tests/unit/braille/liblouis.test.ts fails when the two disagree.
 *
 * Dots are written as braille references write them: the digits of one cell run together
 * ("125" is one cell with dots 1, 2 and 5), and a hyphen separates cells ("6-6" is two cells,
 * each with dot 6).
 */

/**
 * `ignored` marks an invisible format character: print shows nothing for it, so the translator
 * removes it before applying any other rule and writes no cell for it.
 */
export type BrailleRuleKind = 'letter' | 'digit' | 'punctuation' | 'symbol' | 'ignored';

export interface BrailleRule {
  /** The print character. Capitals are not listed: they are the capital sign plus the letter. */
  char: string;
  /** The cells, empty for an `ignored` row. */
  dots: string;
  kind: BrailleRuleKind;
  confirmed: boolean;
  /** The reason the row is unconfirmed, or how the sign is used. */
  note?: string;
}

/** A sign that changes how the following cells read, and the rule that places it. */
export interface BrailleIndicator {
  dots: string;
  confirmed: boolean;
  rule: string;
  /** The reason the row is unconfirmed. */
  note?: string;
}

/**
 * The indicators. A row with `confirmed: false` and the same dots as a confirmed row extends
 * where that sign goes. translate.ts places each sign by all of its rows and takes the dots
 * from the confirmed one.
 */
export const BRAILLE_INDICATORS = {
  capital: {
    dots: '6',
    confirmed: true,
    rule: 'Before a capital letter that the capital word sign does not cover.',
  },
  capitalWord: {
    dots: '6-6',
    confirmed: true,
    rule: 'Before a word of two or more letters that are all capitals, such as "PPID".',
  },
  capitalWordBounds: {
    dots: '6-6',
    confirmed: false,
    rule: 'For the capital signs a word is a run of the letters a–z and A–Z, so any other character ends it: "KTP-el" is 6-6 k t p, hyphen, e l, and "RT 003/RW 005" has 6-6 before RT and before RW.',
    note: 'Loket\'s reading of "word"; no Indonesian source found says whether a hyphen, apostrophe or digit ends a capital word.',
  },
  capitalWordEnding: {
    dots: '6-6',
    confirmed: false,
    rule: 'Also before two or more capitals that end a word after lowercase letters ("eKTP" is e, 6-6 k t p). Capitals followed by a lowercase letter in the same word each take the capital sign ("PPIDku" is 6 p 6 p 6 i 6 d k u).',
    note: 'No Indonesian source found covers mixed case inside a word, and Loket has no sign that ends capital mode mid-word. liblouis 3.24 does the same with begcapsword and no endcapsword.',
  },
  number: {
    dots: '3456',
    confirmed: true,
    rule: 'Before a digit that does not follow a digit.',
  },
  numberRepeated: {
    dots: '3456',
    confirmed: false,
    rule: 'Number mode ends at every character that is not a digit, so the number sign comes again after each separator inside dates, phone numbers and money: "05-12-2026" is 3456 j e, 36, 3456 a b, 36, 3456 b j b f, and "Rp1.500.000,00" has the sign after each period and after the comma.',
    note: 'No Indonesian source found says which separators keep number mode. Repeating the sign costs a cell per group, but the reader never has to know which separators continue a number. liblouis 3.24 cannot state the other choice cleanly: its numericmodechars also puts the number sign before a period that precedes a digit ("a.1").',
  },
  letter: {
    dots: '56',
    confirmed: true,
    rule: 'Before a letter a–j that directly follows a digit, so "10a" does not read as 101.',
  },
  letterAfterDigit: {
    dots: '56',
    confirmed: false,
    rule: 'Also before the letters k–z and before capitals that directly follow a digit, and before the capital sign: "10A" is 3456 a j, 56, 6 a.',
    note: 'The sources found give the letter sign after a number but do not say whether letters that cannot read as digits (k–z) need it, nor whether it goes before or after the capital sign. Loket writes it before every letter after a digit so that a reader needs no list of exceptions.',
  },
  placeholder: {
    dots: '123456',
    confirmed: false,
    rule: 'Stands for a character with no rule in this table; every use is counted and reported.',
    note: 'Loket chose the full cell because it is no other sign in this table.',
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
const UEB_DASH =
  'Unified English Braille\'s dash, which UEB uses for the en dash and the em dash alike (liblouis 3.24\'s en-ueb-chardefs.uti writes both as 6-36); no Indonesian source found. Phones and word processors turn a typed hyphen or two into these dashes.';
const INVISIBLE =
  'Invisible format character: print shows nothing for it, so Loket writes no cell. Text pasted from phones, word processors and web pages often carries one. No braille source found says so; it is Loket\'s choice.';

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
    note: 'A straight quotation mark opens (2-3-6) when no letter stands directly before it and a letter or digit follows it before the next space; otherwise it closes (3-5-6). Print does not say which it is, so this test is Loket\'s choice; it is the one liblouis 3.24 applies to prepunc.',
  },
  { char: '(', dots: '2356', kind: 'punctuation', confirmed: true },
  { char: ')', dots: '2356', kind: 'punctuation', confirmed: true },
  { char: '-', dots: '36', kind: 'punctuation', confirmed: true },
  { char: '/', dots: '34', kind: 'punctuation', confirmed: true },
  { char: "'", dots: '3', kind: 'punctuation', confirmed: true },
  { char: '’', dots: '3', kind: 'punctuation', confirmed: true, note: 'Typographic apostrophe, as the straight one.' },
  { char: '–', dots: '6-36', kind: 'punctuation', confirmed: false, note: `En dash. ${UEB_DASH}` },
  { char: '—', dots: '6-36', kind: 'punctuation', confirmed: false, note: `Em dash. ${UEB_DASH}` },
  {
    char: '‘',
    dots: '6-236',
    kind: 'punctuation',
    confirmed: false,
    note: 'Left single quotation mark, Unified English Braille\'s opening single quote; no Indonesian source found. Its closing partner ’ stays the apostrophe (3), because print uses one character for both and the apostrophe is the confirmed sign.',
  },
  { char: '…', dots: '256-256-256', kind: 'punctuation', confirmed: false, note: `Ellipsis, three periods. ${UEB}` },
  { char: '[', dots: '46-126', kind: 'punctuation', confirmed: false, note: UEB },
  { char: ']', dots: '46-345', kind: 'punctuation', confirmed: false, note: UEB },
  { char: '@', dots: '4-1', kind: 'symbol', confirmed: false, note: UEB },
  { char: '+', dots: '5-235', kind: 'symbol', confirmed: false, note: UEB },
  { char: '%', dots: '46-356', kind: 'symbol', confirmed: false, note: UEB },
  { char: '&', dots: '4-12346', kind: 'symbol', confirmed: false, note: UEB },
  { char: '#', dots: '456-1456', kind: 'symbol', confirmed: false, note: UEB },
  { char: '_', dots: '46-36', kind: 'symbol', confirmed: false, note: UEB },
  { char: '$', dots: '4-234', kind: 'symbol', confirmed: false, note: UEB },
  { char: '=', dots: '5-2356', kind: 'symbol', confirmed: false, note: UEB },
  { char: '*', dots: '5-35', kind: 'symbol', confirmed: false, note: UEB },
  { char: '<', dots: '4-126', kind: 'symbol', confirmed: false, note: UEB },
  { char: '>', dots: '4-345', kind: 'symbol', confirmed: false, note: UEB },
  { char: '×', dots: '5-236', kind: 'symbol', confirmed: false, note: `Multiplication sign. ${UEB}` },
  { char: '°', dots: '45-245', kind: 'symbol', confirmed: false, note: `Degree sign. ${UEB}` },
  { char: '\u00ad', dots: '', kind: 'ignored', confirmed: false, note: `Soft hyphen (U+00AD). ${INVISIBLE} Loket's line breaking does not break words there.` },
  { char: '\u200b', dots: '', kind: 'ignored', confirmed: false, note: `Zero-width space (U+200B). ${INVISIBLE}` },
  { char: '\u200c', dots: '', kind: 'ignored', confirmed: false, note: `Zero-width non-joiner (U+200C). ${INVISIBLE}` },
  { char: '\u200d', dots: '', kind: 'ignored', confirmed: false, note: `Zero-width joiner (U+200D). ${INVISIBLE}` },
  { char: '\u2060', dots: '', kind: 'ignored', confirmed: false, note: `Word joiner (U+2060). ${INVISIBLE}` },
  { char: '\ufeff', dots: '', kind: 'ignored', confirmed: false, note: `Zero-width no-break space or byte order mark (U+FEFF). ${INVISIBLE}` },
];

/** The opening sign of a straight quotation mark, placed by the rule in the `"` row's note. */
export const OPENING_QUOTE_DOTS = '236';

/**
 * Characters written as a blank cell: the 25 code points with the Unicode White_Space
 * property. Line breaks are among them because a paragraph can hold one (an address typed
 * in a text area). The layout collapses runs of blank cells.
 */
export const BLANK_CHARACTERS: readonly string[] = [
  '\t', '\n', '\u000b', '\f', '\r', ' ', '\u0085', '\u00a0', '\u1680',
  '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a',
  '\u2028', '\u2029', '\u202f', '\u205f', '\u3000',
];
