/**
 * Golden corpus for the braille translator: print text and the braille it must give, written
 * by hand from the rules in src/domain/braille/rules.ts and never copied from the translator's
 * output. translate.test.ts checks Loket's translator against it, and liblouis.test.ts checks
 * liblouis with the table id-loket-g1.utb against the same texts.
 *
 * Braille is written in dot notation so that a reviewer can read it: one cell per group of
 * dot numbers, groups separated by spaces, "0" for the blank cell. A hyphen joins the cells
 * of one two-cell sign, as in rules.ts: "4-1" is the two cells 4 and 1. Letters and signs
 * for reading the entries:
 *
 *   a 1      f 124    k 13     p 1234   u 136    z 1356     capital 6, capital word 6-6
 *   b 12     g 1245   l 123    q 12345  v 1236              number 3456 (then a-j = 1-0)
 *   c 14     h 125    m 134    r 1235   w 2456              letter sign 56
 *   d 145    i 24     n 1345   s 234    x 1346              placeholder 123456
 *   e 15     j 245    o 135    t 2345   y 13456
 *
 * Invisible format characters (the `ignored` rows) give no cell at all.
 */

import type { UnknownCharacter } from '../../../src/domain/braille/translate.ts';

export interface CorpusEntry {
  /** What the entry checks. */
  checks: string;
  text: string;
  /** The expected braille in dot notation. */
  dots: string;
  /** The expected unknown characters, or none when absent. */
  unknown?: UnknownCharacter[];
  /**
   * Why liblouis 3.24 gives other braille for this text. liblouis.test.ts requires that it
   * still does, so the entry shows when a liblouis release fixes the difference.
   */
  liblouisDiffers?: string;
}

/**
 * Returns Unicode braille for dot notation. Written apart from cells.ts on purpose, so that a
 * mistake there cannot hide in both the expectation and the result.
 */
export function cellsFromNotation(notation: string): string {
  const cells: string[] = [];
  for (const group of notation.split(/\s+/).filter((each) => each.length > 0)) {
    for (const cell of group.split('-')) {
      let offset = 0;
      if (cell !== '0') {
        for (const digit of cell) {
          if (!/^[1-6]$/.test(digit)) throw new Error(`Invalid dot "${digit}" in corpus notation "${notation}"`);
          offset |= 1 << (Number(digit) - 1);
        }
      }
      cells.push(String.fromCodePoint(0x2800 + offset));
    }
  }
  return cells.join('');
}

export const BRAILLE_CORPUS: readonly CorpusEntry[] = [
  // Form labels.
  {
    checks: 'capital sign on the first letter, blank cell between words',
    text: 'Nama lengkap',
    dots: '6 1345 1 134 1 0 123 15 1345 1245 13 1 1234',
  },
  {
    checks: 'capital word sign before an all-capital word',
    text: 'PPID yang dituju',
    dots: '6-6 1234 1234 24 145 0 13456 1 1345 1245 0 145 24 2345 136 245 136',
  },
  {
    checks: 'a capital sign on each capitalised word of a title',
    text: 'Formulir Permohonan Informasi Publik',
    dots:
      '6 124 135 1235 134 136 123 24 1235 0 ' +
      '6 1234 15 1235 134 135 125 135 1345 1 1345 0 ' +
      '6 24 1345 124 135 1235 134 1 234 24 0 ' +
      '6 1234 136 12 123 24 13',
  },
  {
    checks: 'hyphen inside a word',
    text: 'Alamat e-mail',
    dots: '6 1 123 1 134 1 2345 0 15 36 134 1 24 123',
  },
  {
    checks: 'colon after a word',
    text: 'Nomor telepon:',
    dots: '6 1345 135 134 135 1235 0 2345 15 123 15 1234 135 1345 25',
  },
  {
    checks: 'both parentheses are 2356',
    text: 'Rincian informasi (wajib)',
    dots: '6 1235 24 1345 14 24 1 1345 0 24 1345 124 135 1235 134 1 234 24 0 2356 2456 1 245 24 12 2356',
  },
  {
    checks: 'question mark and comma',
    text: 'Sudah, atau belum?',
    dots: '6 234 136 145 1 125 2 0 1 2345 1 136 0 12 15 123 136 134 236',
  },

  // Names.
  {
    checks: 'capital sign at the start of each name',
    text: 'Siti Contoh',
    dots: '6 234 24 2345 24 0 6 14 135 1345 2345 135 125',
  },
  {
    checks: 'capital sign on each capital inside a mixed-case word',
    text: 'McDonald',
    dots: '6 134 14 6 145 135 1345 1 123 145',
  },
  {
    checks: 'capital word sign before capitals that end a word after lowercase letters',
    text: 'McDONALD',
    dots: '6 134 14 6-6 145 135 1345 1 123 145',
  },
  {
    checks: 'capital word sign mid-word with only one letter before it',
    text: 'eKTP',
    dots: '15 6-6 13 2345 1234',
  },
  {
    checks: 'capitals followed by lowercase letters each take the capital sign',
    text: 'PPIDku',
    dots: '6 1234 6 1234 6 24 6 145 13 136',
  },
  {
    checks: 'apostrophe inside a name, and a capital after it',
    text: "O'Brien",
    dots: '6 135 3 6 12 1235 24 15 1345',
  },
  {
    checks: 'a single capital letter takes the capital sign, not the word sign',
    text: 'I',
    dots: '6 24',
  },
  {
    checks: 'a name in capitals after a capitalised name',
    text: 'Siti CONTOH',
    dots: '6 234 24 2345 24 0 6-6 14 135 1345 2345 135 125',
  },

  // All-capital words.
  {
    checks: 'capital word sign on an acronym',
    text: 'PPID',
    dots: '6-6 1234 1234 24 145',
  },
  {
    checks: 'capital word sign on a three-letter acronym',
    text: 'NIK',
    dots: '6-6 1345 24 13',
  },
  {
    checks: 'a hyphen ends the capital word',
    text: 'KTP-el',
    dots: '6-6 13 2345 1234 36 15 123',
  },
  {
    checks: 'a capital word on each side of a slash; the number sign before zeros',
    text: 'RT 003/RW 005',
    dots: '6-6 1235 2345 0 3456 245 245 14 34 6-6 1235 2456 0 3456 245 245 15',
  },
  {
    checks: 'registration number with capital words between slashes',
    text: '12/PPID/DINKES/PI/2026',
    dots: '3456 1 12 34 6-6 1234 1234 24 145 34 6-6 145 24 1345 13 15 234 34 6-6 1234 24 34 3456 12 245 12 124',
  },

  // NIK.
  {
    checks: 'a 16-digit NIK takes one number sign',
    text: '3671014501900001',
    dots: '3456 14 124 1245 1 245 1 145 15 245 1 24 245 245 245 245 1',
  },
  {
    checks: 'label, colon, space, then the number sign',
    text: 'NIK: 3671014501900001',
    dots: '6-6 1345 24 13 25 0 3456 14 124 1245 1 245 1 145 15 245 1 24 245 245 245 245 1',
  },

  // Phone numbers.
  {
    checks: 'a mobile number in one group',
    text: '081234567890',
    dots: '3456 245 125 1 12 14 145 15 124 1245 125 24 245',
  },
  {
    checks: 'plus sign (unconfirmed) and the number sign repeated after space and hyphens (unconfirmed)',
    text: '+62 812-3456-7890',
    dots: '5-235 3456 124 12 0 3456 125 1 12 36 3456 14 145 15 124 36 3456 1245 125 24 245',
  },

  // Dates.
  {
    checks: 'number sign repeated after each hyphen of a date (unconfirmed)',
    text: '05-12-2026',
    dots: '3456 245 15 36 3456 1 12 36 3456 12 245 12 124',
  },
  {
    checks: 'number sign repeated after each slash of a date (unconfirmed)',
    text: '05/12/2026',
    dots: '3456 245 15 34 3456 1 12 34 3456 12 245 12 124',
  },
  {
    checks: 'a date with the month as a capitalised word',
    text: '5 Desember 2026',
    dots: '3456 15 0 6 145 15 234 15 134 12 15 1235 0 3456 12 245 12 124',
  },

  // Money.
  {
    checks: 'no letter sign before digits; the number sign after each period and the comma (unconfirmed)',
    text: 'Rp1.500.000,00',
    dots: '6 1235 1234 3456 1 256 3456 15 245 245 256 3456 245 245 245 2 3456 245 245',
  },
  {
    checks: 'dollar and equals signs (unconfirmed)',
    text: '$5 = Rp80.000',
    dots: '4-234 3456 15 0 5-2356 0 6 1235 1234 3456 125 245 256 3456 245 245 245',
  },
  {
    checks: 'percent sign after digits (unconfirmed)',
    text: 'Diskon 50%',
    dots: '6 145 24 234 13 135 1345 0 3456 15 245 46-356',
  },

  // Addresses.
  {
    checks: 'abbreviation periods, letter sign before a capital after digits, comma, RT/RW',
    text: 'Jl. Merdeka No. 10A, RT 003/RW 005',
    dots:
      '6 245 123 256 0 6 134 15 1235 145 15 13 1 0 6 1345 135 256 0 3456 1 245 56 6 1 2 0 ' +
      '6-6 1235 2345 0 3456 245 245 14 34 6-6 1235 2456 0 3456 245 245 15',
  },
  {
    checks: 'letter sign before a lowercase a-j letter after digits',
    text: 'No. 10a',
    dots: '6 1345 135 256 0 3456 1 245 56 1',
  },
  {
    checks: 'letter sign before a letter k-z after a digit (unconfirmed), none before a digit after a letter',
    text: 'Blok C2 no. 3k',
    dots: '6 12 123 135 13 0 6 14 3456 12 0 1345 135 256 0 3456 14 56 13',
  },
  {
    checks: 'letter sign, then the capital word sign',
    text: '10AB',
    dots: '3456 1 245 56 6-6 1 12',
  },
  {
    checks: 'letter sign, then the capital sign, between capitals and digits',
    text: 'A1B',
    dots: '6 1 3456 1 56 6 12',
  },

  // E-mail addresses.
  {
    checks: 'e-mail address: periods and the at sign (unconfirmed)',
    text: 'siti.contoh@example.com',
    dots: '234 24 2345 24 256 14 135 1345 2345 135 125 4-1 15 1346 1 134 1234 123 15 256 14 135 134',
  },
  {
    checks: 'e-mail address with underscore (unconfirmed), capitals and digits',
    text: 'Siti_Contoh99@example.co.id',
    dots:
      '6 234 24 2345 24 46-36 6 14 135 1345 2345 135 125 3456 24 24 4-1 ' +
      '15 1346 1 134 1234 123 15 256 14 135 256 24 145',
  },
  {
    checks: 'a variable-like name with an underscore',
    text: 'nama_lengkap',
    dots: '1345 1 134 1 46-36 123 15 1345 1245 13 1 1234',
  },

  // Quotes, parentheses and other punctuation.
  {
    checks: 'typographic quotation marks open 236 and close 356',
    text: 'Dia berkata, “Terima kasih.”',
    dots: '6 145 24 1 0 12 15 1235 13 1 2345 1 2 0 236 6 2345 15 1235 24 134 1 0 13 1 234 24 125 256 356',
  },
  {
    checks: 'straight quotation marks open before a word and close after it',
    text: '"Informasi publik"',
    dots: '236 6 24 1345 124 135 1235 134 1 234 24 0 1234 136 12 123 24 13 356',
  },
  {
    checks: 'straight quotation mark inside parentheses',
    text: '("PPID")',
    dots: '2356 236 6-6 1234 1234 24 145 356 2356',
  },
  {
    checks: 'straight quotation mark after a period closes',
    text: '"Ya."',
    dots: '236 6 13456 1 256 356',
  },
  {
    checks: 'straight quotation mark after a digit with no word following closes (inch mark)',
    text: 'Layar 15"',
    dots: '6 123 1 13456 1 1235 0 3456 1 15 356',
  },
  {
    checks: 'straight quotation mark followed by an unknown letter still opens',
    text: '"Émile"',
    dots: '236 123456 134 24 123 15 356',
    unknown: [{ char: 'É', count: 1 }],
    liblouisDiffers:
      'liblouis 3.24 treats a character its table does not define as a space, so the opening mark before "É" closes (3-5-6).',
  },
  {
    checks: 'capitals before a lowercase ending after a capital word in the same stretch',
    text: 'KTP/NIKnya',
    dots: '6-6 13 2345 1234 34 6 1345 6 24 6 13 1345 13456 1',
    liblouisDiffers:
      'liblouis 3.24 misplaces capital signs when capitals followed by lowercase letters come after a capital word with no space between: it gives 6 k 6 t 6 p, slash, 6-6 6 n 6 i 6 k n y a.',
  },
  {
    checks: 'apostrophe inside a word',
    text: "Jum'at",
    dots: '6 245 136 134 3 1 2345',
  },
  {
    checks: 'semicolon and exclamation mark',
    text: 'Ya; terima kasih!',
    dots: '6 13456 1 23 0 2345 15 1235 24 134 1 0 13 1 234 24 125 235',
  },
  {
    checks: 'ampersand (unconfirmed) between single capitals',
    text: 'A & B',
    dots: '6 1 0 4-12346 0 6 12',
  },
  {
    checks: 'number sign symbol (unconfirmed) before the braille number sign',
    text: '#1',
    dots: '456-1456 3456 1',
  },

  // Dashes, quotes and other signs that phones and word processors type (unconfirmed, from UEB).
  {
    checks: 'en dash between amounts, spaced',
    text: 'Rp 1.000 – Rp 2.000',
    dots: '6 1235 1234 0 3456 1 256 3456 245 245 245 0 6-36 0 6 1235 1234 0 3456 12 256 3456 245 245 245',
  },
  {
    checks: 'em dash between words ends number mode and capitals',
    text: 'Senin—Jumat, 08.00—16.00',
    dots:
      '6 234 15 1345 24 1345 6-36 6 245 136 134 1 2345 2 0 ' +
      '3456 245 125 256 3456 245 245 6-36 3456 1 124 256 3456 245 245',
  },
  {
    checks: 'left single quote opens, right single quote stays the apostrophe',
    text: '‘Ya’',
    dots: '6-236 6 13456 1 3',
  },
  {
    checks: 'ellipsis after a word',
    text: 'Tunggu…',
    dots: '6 2345 136 1345 1245 1245 136 256-256-256',
  },
  {
    checks: 'asterisk after a label',
    text: 'Nama*',
    dots: '6 1345 1 134 1 5-35',
  },
  {
    checks: 'square brackets around a word',
    text: '[kosong]',
    dots: '46-126 13 135 234 135 1345 1245 46-345',
  },
  {
    checks: 'less-than and greater-than signs before numbers',
    text: '<10 >5',
    dots: '4-126 3456 1 245 0 4-345 3456 15',
  },
  {
    checks: 'multiplication sign between numbers repeats the number sign',
    text: '2×3',
    dots: '3456 12 5-236 3456 14',
  },
  {
    checks: 'degree sign, then a capital with no letter sign',
    text: '30°C',
    dots: '3456 14 245 45-245 6 14',
  },
  {
    checks: 'autocorrected curly quotes and dash in one sentence',
    text: '“PPID” – ‘Dinas’',
    dots: '236 6-6 1234 1234 24 145 356 0 6-36 0 6-236 6 145 24 1345 1 234 3',
  },

  // Invisible format characters: removed before any other rule.
  {
    checks: 'zero-width space inside a capital word',
    text: 'KT\u200bP',
    dots: '6-6 13 2345 1234',
  },
  {
    checks: 'soft hyphen and word joiner inside a word',
    text: 'infor\u00adma\u2060si',
    dots: '24 1345 124 135 1235 134 1 234 24',
  },
  {
    checks: 'byte order mark before the first word',
    text: '\ufeffNama',
    dots: '6 1345 1 134 1',
  },
  {
    checks: 'zero-width space inside a number keeps one number sign',
    text: '1\u200b000',
    dots: '3456 1 245 245 245',
  },
  {
    checks: 'zero-width joiner and non-joiner between letters',
    text: 'a\u200db\u200cc',
    dots: '1 12 14',
  },
  {
    checks: 'an emoji sequence joined with U+200D is one placeholder per emoji',
    text: '👩\u200d💻',
    dots: '123456 123456',
    unknown: [
      { char: '👩', count: 1 },
      { char: '💻', count: 1 },
    ],
  },

  // Characters without a rule.
  {
    checks: 'euro sign becomes the placeholder and ends number mode',
    text: 'Harga €5',
    dots: '6 125 1 1235 1245 1 0 123456 3456 15',
    unknown: [{ char: '€', count: 1 }],
  },
  {
    checks: 'precomposed é is one unknown character',
    text: 'café',
    dots: '14 1 124 123456',
    unknown: [{ char: 'é', count: 1 }],
  },
  {
    checks: 'e with a combining acute is normalized to é, one unknown character',
    text: 'cafe\u0301',
    dots: '14 1 124 123456',
    unknown: [{ char: 'é', count: 1 }],
  },
  {
    checks: 'a combining accent with no precomposed letter is its own unknown character',
    text: 'x\u0301',
    dots: '1346 123456',
    unknown: [{ char: '\u0301', count: 1 }],
  },
  {
    checks: 'an emoji outside the Basic Multilingual Plane is one placeholder',
    text: 'Terima kasih 🙏',
    dots: '6 2345 15 1235 24 134 1 0 13 1 234 24 125 0 123456',
    unknown: [{ char: '🙏', count: 1 }],
  },
  {
    checks: 'CJK characters are one placeholder each',
    text: '東京',
    dots: '123456 123456',
    unknown: [
      { char: '東', count: 1 },
      { char: '京', count: 1 },
    ],
  },
  {
    checks: 'unknown characters counted in order of first appearance',
    text: 'éé a€é',
    dots: '123456 123456 0 1 123456 123456',
    unknown: [
      { char: 'é', count: 3 },
      { char: '€', count: 1 },
    ],
  },
  // Whitespace.
  {
    checks: 'tab is a blank cell',
    text: 'a\tb',
    dots: '1 0 12',
  },
  {
    checks: 'no-break space and each of two spaces are blank cells',
    text: 'a\u00a0b  c',
    dots: '1 0 12 0 0 14',
  },
  {
    checks: 'a line break inside a paragraph is a blank cell',
    text: 'Jl. Merdeka\nNo. 10',
    dots: '6 245 123 256 0 6 134 15 1235 145 15 13 1 0 6 1345 135 256 0 3456 1 245',
  },
  {
    checks: 'empty text gives no cells',
    text: '',
    dots: '',
  },
];
