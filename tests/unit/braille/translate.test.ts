import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLANK_CELL, cellsFromDots, dotsOfCell } from '../../../src/domain/braille/cells.ts';
import {
  BLANK_CHARACTERS,
  BRAILLE_INDICATORS,
  BRAILLE_RULES,
  OPENING_QUOTE_DOTS,
} from '../../../src/domain/braille/rules.ts';
import { PLACEHOLDER_CELL, translateToBraille } from '../../../src/domain/braille/translate.ts';
import { BRAILLE_CORPUS, cellsFromNotation } from './corpus.ts';

// Seed for the property tests, fixed so that a failure reproduces.
const PROPERTY_SEED = 20_261_205;

/** Cells in braille references' notation: digits of one cell ascending, cells joined by "-". */
const DOTS_PATTERN = /^(1?2?3?4?5?6?)(-(1?2?3?4?5?6?))*$/;

/** Returns a character's code point as U+XXXX. */
function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
}

function countPlaceholders(braille: string): number {
  return Array.from(braille).filter((cell) => cell === PLACEHOLDER_CELL).length;
}

describe('braille corpus', () => {
  it.each(BRAILLE_CORPUS.map((entry) => [entry.checks, entry] as const))('%s', (_checks, entry) => {
    const result = translateToBraille(entry.text);

    expect(result.braille).toBe(cellsFromNotation(entry.dots));
    expect(result.unknown).toEqual(entry.unknown ?? []);
  });

  it('corpus notation gives the Unicode cells', () => {
    expect(cellsFromNotation('1 0 123456')).toBe('\u2801\u2800\u283f');
    expect(cellsFromNotation('4-1 3456')).toBe('\u2808\u2801\u283c');
    expect(() => cellsFromNotation('17')).toThrow(/Invalid dot "7"/);
  });
});

describe('cellsFromDots', () => {
  it('maps dots to Unicode braille bits', () => {
    expect(cellsFromDots('1')).toBe('\u2801');
    expect(cellsFromDots('3456')).toBe('\u283c');
    expect(cellsFromDots('123456')).toBe('\u283f');
    expect(cellsFromDots('6-6')).toBe('\u2820\u2820');
  });

  it('rejects dots outside 1-6', () => {
    expect(() => cellsFromDots('7')).toThrow(/Not a six-dot cell/);
    expect(() => cellsFromDots('1a')).toThrow(/Not a six-dot cell/);
  });

  it('round-trips through dotsOfCell', () => {
    for (let bits = 0; bits < 64; bits++) {
      const cell = String.fromCharCode(0x2800 + bits);
      const dots = dotsOfCell(cell).join('');

      expect(dots === '' ? BLANK_CELL : cellsFromDots(dots)).toBe(cell);
    }
  });
});

describe('unknown characters', () => {
  it('become the full placeholder cell', () => {
    expect(PLACEHOLDER_CELL).toBe('\u283f');
    expect(translateToBraille('€').braille).toBe(PLACEHOLDER_CELL);
  });

  it('are counted in order of first appearance', () => {
    const result = translateToBraille('中€中 ñ€中');

    expect(result.unknown).toEqual([
      { char: '中', count: 3 },
      { char: '€', count: 2 },
      { char: 'ñ', count: 1 },
    ]);
  });

  it('include a lone surrogate without throwing', () => {
    const result = translateToBraille('a\ud800b');

    expect(result.braille).toBe(cellsFromNotation('1 123456 12'));
    expect(result.unknown).toEqual([{ char: '\ud800', count: 1 }]);
  });

  it('include control characters', () => {
    const result = translateToBraille('a\u0007b\u0000');

    expect(result.braille).toBe(cellsFromNotation('1 123456 12 123456'));
    expect(result.unknown).toEqual([
      { char: '\u0007', count: 1 },
      { char: '\u0000', count: 1 },
    ]);
  });

  it('count decomposed é as one character', () => {
    const decomposed = translateToBraille('e\u0301e\u0301');

    expect(decomposed.braille).toBe(PLACEHOLDER_CELL + PLACEHOLDER_CELL);
    expect(decomposed.unknown).toEqual([{ char: '\u00e9', count: 2 }]);
  });

  it('are never dropped and never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const result = translateToBraille(text);
        const counted = result.unknown.reduce((sum, each) => sum + each.count, 0);

        expect(countPlaceholders(result.braille)).toBe(counted);
        expect(new Set(result.unknown.map((each) => each.char)).size).toBe(result.unknown.length);
        for (const { char } of result.unknown) expect(text.normalize('NFC')).toContain(char);
      }),
      { seed: PROPERTY_SEED, numRuns: 2000 },
    );
  });

  it('never appear for text made of table characters', () => {
    const known = [...BRAILLE_RULES.map((rule) => rule.char), ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', ...BLANK_CHARACTERS];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...known), { maxLength: 40 }), (chars) => {
        const result = translateToBraille(chars.join(''));

        expect(result.unknown).toEqual([]);
        expect(countPlaceholders(result.braille)).toBe(0);
      }),
      { seed: PROPERTY_SEED, numRuns: 2000 },
    );
  });
});

describe('ignored characters', () => {
  const ignored = BRAILLE_RULES.filter((rule) => rule.kind === 'ignored');

  it('are the invisible format characters', () => {
    expect(ignored.map((rule) => rule.char).sort()).toEqual(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
  });

  it('write no cell and are not unknown', () => {
    for (const { char } of ignored) {
      const result = translateToBraille(`a${char}b${char}`);

      expect(result.braille, `U+${char.codePointAt(0)?.toString(16)}`).toBe(cellsFromNotation('1 12'));
      expect(result.unknown, `U+${char.codePointAt(0)?.toString(16)}`).toEqual([]);
    }
  });

  it('give the braille of the text without them', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...ignored.map((rule) => rule.char)), fc.string({ maxLength: 3 })), { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        const printed = pieces.filter((piece) => !ignored.some((rule) => rule.char === piece)).join('');

        expect(translateToBraille(text).braille).toBe(translateToBraille(printed).braille);
      }),
      { seed: PROPERTY_SEED, numRuns: 1000 },
    );
  });
});

describe('translateToBraille output', () => {
  it('contains only six-dot braille cells', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        for (const cell of translateToBraille(text).braille) {
          const code = cell.codePointAt(0) as number;

          expect(code).toBeGreaterThanOrEqual(0x2800);
          expect(code).toBeLessThanOrEqual(0x283f);
        }
      }),
      { seed: PROPERTY_SEED, numRuns: 2000 },
    );
  });
});

describe('whitespace', () => {
  it('every blank character is one blank cell', () => {
    for (const char of BLANK_CHARACTERS) {
      expect(translateToBraille(`a${char}b`).braille, `U+${char.codePointAt(0)?.toString(16)}`).toBe(
        cellsFromNotation('1 0 12'),
      );
    }
  });

  it('blank characters are exactly Unicode White_Space', () => {
    const whiteSpace: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (/^\p{White_Space}$/u.test(char)) whiteSpace.push(char);
    }

    expect([...BLANK_CHARACTERS].sort()).toEqual(whiteSpace.sort());
  });

  it('leading and trailing spaces are kept', () => {
    expect(translateToBraille(' a ').braille).toBe(cellsFromNotation('0 1 0'));
  });

  it('ends number mode and capital words', () => {
    expect(translateToBraille('1 2').braille).toBe(cellsFromNotation('3456 1 0 3456 12'));
    expect(translateToBraille('AB CD').braille).toBe(cellsFromNotation('6-6 1 12 0 6-6 14 145'));
  });
});

describe('rule table', () => {
  it('every row has valid dots', () => {
    for (const rule of BRAILLE_RULES.filter((each) => each.kind !== 'ignored')) {
      expect(rule.dots, `row for ${rule.char}`).toMatch(DOTS_PATTERN);
      expect(rule.dots, `row for ${rule.char}`).not.toMatch(/(^|-)(-|$)/);
    }
  });

  it('ignored rows have no dots', () => {
    for (const rule of BRAILLE_RULES.filter((each) => each.kind === 'ignored')) expect(rule.dots, codePoint(rule.char)).toBe('');
  });

  it('every indicator has valid dots', () => {
    for (const [name, indicator] of Object.entries(BRAILLE_INDICATORS)) {
      expect(indicator.dots, name).toMatch(DOTS_PATTERN);
      expect(indicator.dots, name).not.toMatch(/(^|-)(-|$)/);
    }
    expect(OPENING_QUOTE_DOTS).toMatch(DOTS_PATTERN);
  });

  it('has no duplicate characters', () => {
    const chars = BRAILLE_RULES.map((rule) => rule.char);

    expect(chars.filter((char, index) => chars.indexOf(char) !== index)).toEqual([]);
  });

  it('rows are single NFC characters and not blanks', () => {
    for (const rule of BRAILLE_RULES) {
      expect(Array.from(rule.char), `row for ${rule.char}`).toHaveLength(1);
      expect(rule.char.normalize('NFC'), `row for ${rule.char}`).toBe(rule.char);
      expect(BLANK_CHARACTERS, `row for ${rule.char}`).not.toContain(rule.char);
    }
  });

  it('covers the letters a-z and digits 1-0 as a-j', () => {
    const dotsOf = new Map(BRAILLE_RULES.map((rule) => [rule.char, rule.dots]));
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') expect(dotsOf.get(letter), letter).toBeDefined();
    '1234567890'.split('').forEach((digit, index) => {
      expect(dotsOf.get(digit), digit).toBe(dotsOf.get('abcdefghij'[index] as string));
    });
  });

  it('no sign is the placeholder cell', () => {
    const placeholder = BRAILLE_INDICATORS.placeholder.dots;
    for (const rule of BRAILLE_RULES) expect(rule.dots.split('-'), `row for ${rule.char}`).not.toContain(placeholder);
  });

  it('marks the unconfirmed symbols with a note', () => {
    for (const char of ['@', '+', '%', '&', '#', '_', '$', '=', '–', '—', '‘', '…', '*', '[', ']', '<', '>', '×', '°']) {
      const rule = BRAILLE_RULES.find((each) => each.char === char);

      expect(rule?.confirmed, char).toBe(false);
      expect(rule?.note, char).toBeTruthy();
    }
  });

  it('marks number mode inside dates, phones and money unconfirmed', () => {
    const rule = BRAILLE_INDICATORS.numberRepeated;

    expect(rule.confirmed).toBe(false);
    expect(rule.note).toBeTruthy();
    expect(rule.dots).toBe(BRAILLE_INDICATORS.number.dots);
    for (const example of ['05-12-2026', 'Rp1.500.000,00']) expect(rule.rule).toContain(example);
  });

  it('gives every unconfirmed row a note', () => {
    for (const rule of BRAILLE_RULES.filter((each) => !each.confirmed)) expect(rule.note, rule.char).toBeTruthy();
    for (const [name, indicator] of Object.entries(BRAILLE_INDICATORS)) {
      if (!indicator.confirmed) expect('note' in indicator && indicator.note, name).toBeTruthy();
    }
  });

  it('unconfirmed indicator rows use the dots of their sign', () => {
    const { capitalWord, capitalWordBounds, capitalWordEnding, letter, letterAfterDigit } = BRAILLE_INDICATORS;

    expect(capitalWordBounds.dots).toBe(capitalWord.dots);
    expect(capitalWordEnding.dots).toBe(capitalWord.dots);
    expect(letterAfterDigit.dots).toBe(letter.dots);
  });
});

describe('braille rules page', () => {
  const page = readFileSync(new URL('../../../docs/braille-rules.md', import.meta.url), 'utf8');

  it('lists every unconfirmed row', () => {
    for (const rule of BRAILLE_RULES.filter((each) => !each.confirmed)) {
      // An invisible character is listed by its code point.
      const shown = rule.kind === 'ignored' ? codePoint(rule.char) : rule.char;
      expect(page, `row for ${shown}`).toContain(`| \`${shown}\``);
    }
    for (const [name, indicator] of Object.entries(BRAILLE_INDICATORS)) {
      if (!indicator.confirmed) expect(page, name).toContain(`| \`${name}\` |`);
    }
  });
});
