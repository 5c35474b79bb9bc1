// Checks Loket's translator against liblouis, the standard open-source braille translator,
// running the table src/domain/braille/liblouis/id-loket-g1.utb that states the same rules.
// Two independent implementations of one rule table agreeing on the corpus and on thousands
// of random strings is the evidence that translate.ts follows rules.ts. The test needs
// Debian's liblouis-bin (lou_translate 3.24); tests/setup/install-browser.js installs it, and
// without it every test here fails rather than skips.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BLANK_CHARACTERS,
  BRAILLE_INDICATORS,
  BRAILLE_RULES,
  OPENING_QUOTE_DOTS,
  type BrailleRuleKind,
} from '../../../src/domain/braille/rules.ts';
import { translateToBraille } from '../../../src/domain/braille/translate.ts';
import { BRAILLE_CORPUS } from './corpus.ts';

const TABLE_PATH = fileURLToPath(new URL('../../../src/domain/braille/liblouis/id-loket-g1.utb', import.meta.url));
// unicode.dis comes first: with the display table listed after the translation table,
// liblouis 3.24 writes letters as ASCII instead of Unicode braille.
const TABLE_LIST = `unicode.dis,${TABLE_PATH}`;
const MISSING_LIBLOUIS =
  "lou_translate was not found. Install Debian's liblouis-bin package (apt-get install liblouis-bin), " +
  'or run node tests/setup/install-browser.js, which installs it.';

// Fixed so that a failure reproduces.
const RANDOM_SEED = 20_261_205;
const RANDOM_TEXT_COUNT = 4000;

const BLANKS = new Set(BLANK_CHARACTERS);
const CAPITALS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const TABLE_CHARACTERS = new Set([...BRAILLE_RULES.map((rule) => rule.char), ...CAPITALS, ...BLANK_CHARACTERS]);
const IGNORED = BRAILLE_RULES.filter((rule) => rule.kind === 'ignored').map((rule) => rule.char);

/** Returns the characters of the text as both translators read it: NFC, without ignored characters. */
function printedCharacters(text: string): string[] {
  return Array.from(text.normalize('NFC')).filter((char) => !IGNORED.includes(char));
}

/**
 * Escapes text for one input line of lou_translate 3.24, which decodes backslash escapes
 * such as \x0041 in its input: a backslash, line breaks, other blanks and control characters
 * are sent as \xNNNN.
 */
function escapeForLouTranslate(text: string): string {
  let escaped = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    const isControl = code < 0x20 || (code >= 0x7f && code < 0xa0);
    const needsEscape = char === '\\' || isControl || (BLANKS.has(char) && char !== ' ');
    escaped += needsEscape ? `\\x${code.toString(16).padStart(4, '0')}` : char;
  }
  return escaped;
}

/**
 * Translates each text with one lou_translate process and returns one line of Unicode braille
 * per text. Texts are normalized to NFC first, as translateToBraille does, because liblouis
 * does not normalize.
 */
function louTranslate(texts: readonly string[]): string[] {
  const result = spawnSync('lou_translate', ['--forward', TABLE_LIST], {
    input: texts.map((text) => escapeForLouTranslate(text.normalize('NFC')) + '\n').join(''),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new Error(MISSING_LIBLOUIS);
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`lou_translate failed with exit status ${result.status}: ${result.stderr}`);

  const lines = result.stdout.split('\n');
  lines.pop();
  if (lines.length !== texts.length) {
    throw new Error(`lou_translate returned ${lines.length} lines for ${texts.length} texts: ${result.stderr}`);
  }
  return lines;
}

/** Memoizes lou_translate's output for the corpus so that each entry is its own test. */
let corpusOutput: string[] | undefined;
function louTranslateCorpus(): string[] {
  corpusOutput ??= louTranslate(BRAILLE_CORPUS.map((entry) => entry.text));
  return corpusOutput;
}

/**
 * Tells whether Loket opens a straight quotation mark in the text only by looking past a
 * character with no rule. liblouis 3.24 treats such a character as a space when it looks for
 * the word after a prepunc sign, so for '"Émile"' it writes a closing mark (356). Loket keeps
 * the opening mark (236), because the quotation does open there and the unknown character is
 * still print.
 */
function opensQuotationPastUnknownCharacter(text: string): boolean {
  const chars = printedCharacters(text);
  for (let index = 0; index < chars.length; index++) {
    if (chars[index] !== '"' || /[A-Za-z]/.test(chars[index - 1] ?? '')) continue;
    let pastUnknown = false;
    for (const char of chars.slice(index + 1)) {
      if (/[A-Za-z0-9]/.test(char)) {
        if (pastUnknown) return true;
        break;
      }
      if (BLANKS.has(char)) break;
      if (!TABLE_CHARACTERS.has(char)) pastUnknown = true;
    }
  }
  return false;
}

/**
 * Tells whether the text has a stretch without blanks or unknown characters in which two or
 * more capitals followed by a non-letter come before two or more capitals followed by a
 * lowercase letter. liblouis 3.24 misplaces the capital signs there: "AB-CDe" becomes
 * ⠠⠁⠠⠃⠤⠠⠠⠠⠉⠠⠙⠑, which spells the first capitals one by one and puts a capital word sign
 * straight before a capital sign. Unknown characters end such a stretch because liblouis 3.24
 * treats them as spaces. The same letters separated by a space come out right in both.
 */
function hitsLiblouisCapitalsBug(text: string): boolean {
  const stretches = printedCharacters(text)
    .map((char) => (TABLE_CHARACTERS.has(char) && !BLANKS.has(char) ? char : ' '))
    .join('')
    .split(' ');
  return stretches.some((stretch) => /[A-Z]{2}[^A-Za-z].*[A-Z]{2}[a-z]/.test(stretch));
}

/** Tells whether liblouis 3.24 is known to differ from Loket on the text, for a reason above. */
function liblouisKnownToDiffer(text: string): boolean {
  return opensQuotationPastUnknownCharacter(text) || hitsLiblouisCapitalsBug(text);
}

const LOWERCASE = [...'abcdefghijklmnopqrstuvwxyz'];
const DIGITS = [...'0123456789'];
const SIGNS = BRAILLE_RULES.filter((rule) => rule.kind === 'punctuation' || rule.kind === 'symbol').map(
  (rule) => rule.char,
);
// Characters with no rule: symbols, accented and non-Latin letters, an emoji, a combining
// accent, an invisible character that has no `ignored` row, control characters, and the
// backslash that lou_translate reads as an escape. NUL is left out because lou_translate 3.24
// ends the line at it, even when escaped.
const UNKNOWN = [
  '€', 'é', 'É', 'ñ', '中', '😀', '\u0301', '\\', '~', '|', '{', '•', '‹',
  '\u2800', '\u2061', '\ufe0f', '\u0007', '\u007f',
];

/** Random text weighted towards the cases that interact: capitals, digits, quotes and blanks. */
const randomText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...LOWERCASE) },
      { weight: 4, arbitrary: fc.constantFrom(...CAPITALS) },
      { weight: 3, arbitrary: fc.constantFrom(...DIGITS) },
      { weight: 1, arbitrary: fc.constant('"') },
      { weight: 2, arbitrary: fc.constantFrom(...SIGNS) },
      { weight: 2, arbitrary: fc.constant(' ') },
      { weight: 1, arbitrary: fc.constantFrom(...BLANK_CHARACTERS) },
      { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN) },
      { weight: 1, arbitrary: fc.constantFrom(...IGNORED) },
    ),
    { maxLength: 24 },
  )
  .map((chars) => chars.join(''));

function sampleRandomTexts(): string[] {
  return fc.sample(randomText, { seed: RANDOM_SEED, numRuns: RANDOM_TEXT_COUNT });
}

describe('lou_translate', () => {
  it('is installed', () => {
    const result = spawnSync('lou_translate', ['--version'], { encoding: 'utf8' });

    expect(result.error, MISSING_LIBLOUIS).toBeUndefined();
    expect(result.stdout).toMatch(/liblouis/i);
  });
});

describe('liblouis on the corpus', () => {
  it.each(BRAILLE_CORPUS.map((entry, index) => [entry.checks, entry, index] as const))(
    '%s',
    (_checks, entry, index) => {
      const liblouis = louTranslateCorpus()[index];
      const loket = translateToBraille(entry.text).braille;

      if (entry.liblouisDiffers) {
        expect(liblouis, 'liblouis now agrees with Loket here: remove liblouisDiffers').not.toBe(loket);
      } else {
        expect(liblouis).toBe(loket);
      }
    },
  );

  it('marks exactly the entries liblouis is known to differ on', () => {
    for (const entry of BRAILLE_CORPUS) {
      expect(Boolean(entry.liblouisDiffers), entry.text).toBe(liblouisKnownToDiffer(entry.text));
    }
  });
});

describe('liblouis on random text', () => {
  it('matches translateToBraille', () => {
    const texts = sampleRandomTexts().filter((text) => !liblouisKnownToDiffer(text));
    const output = louTranslate(texts);
    const mismatches = texts.flatMap((text, index) => {
      const loket = translateToBraille(text).braille;
      return output[index] === loket ? [] : [{ text: JSON.stringify(text), liblouis: output[index], loket }];
    });

    expect(texts.length).toBeGreaterThan(RANDOM_TEXT_COUNT * 0.95);
    expect(mismatches.slice(0, 20), `${mismatches.length} of ${texts.length} texts differ, seed ${RANDOM_SEED}`).toEqual(
      [],
    );
  });

  it('still differs on every excluded text', () => {
    const excluded = sampleRandomTexts().filter(liblouisKnownToDiffer);
    const output = louTranslate(excluded);
    const agreeing = excluded.filter((text, index) => output[index] === translateToBraille(text).braille);

    expect(excluded.length).toBeGreaterThan(0);
    expect(agreeing.map((text) => JSON.stringify(text)), 'excluded although liblouis agrees').toEqual([]);
  });
});

interface TableLine {
  number: number;
  opcode: string;
  operands: string[];
}

/** Reads the .utb's rule lines; a leading "noback" is kept in the opcode ("noback correct"). */
function readTableLines(): TableLine[] {
  return readFileSync(TABLE_PATH, 'utf8')
    .split('\n')
    .map((text, index) => ({ text: text.trim(), number: index + 1 }))
    .filter(({ text }) => text !== '' && !text.startsWith('#'))
    .map(({ text, number }) => {
      const words = text.split(/\s+/);
      const opcodeLength = words[0] === 'noback' ? 2 : 1;
      return { number, opcode: words.slice(0, opcodeLength).join(' '), operands: words.slice(opcodeLength) };
    });
}

/** Decodes liblouis's \xNNNN escapes in an operand, and removes the quotes of a string operand. */
function decodeOperand(operand: string): string {
  const unquoted = /^".*"$/.test(operand) ? operand.slice(1, -1) : operand;
  return unquoted.replace(/\\x([0-9a-fA-F]{4})/g, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// An ignored character is removed by a correct rule that replaces it with the empty string "".
const OPCODE_OF_KIND: Record<BrailleRuleKind, string> = {
  letter: 'lowercase',
  digit: 'digit',
  punctuation: 'punctuation',
  symbol: 'sign',
  ignored: 'noback correct',
};

describe('id-loket-g1.utb', () => {
  const lines = readTableLines();
  const linesWith = (opcode: string) => lines.filter((line) => line.opcode === opcode);
  const dotsOf = (opcode: string, char?: string) =>
    linesWith(opcode)
      .filter((line) => char === undefined || decodeOperand(line.operands[0] ?? '') === char)
      .map((line) => decodeOperand(line.operands[char === undefined ? 0 : 1] ?? ''));

  it('states every rule row with its dots', () => {
    for (const rule of BRAILLE_RULES) {
      expect(dotsOf(OPCODE_OF_KIND[rule.kind], rule.char), `row for ${rule.char}`).toEqual([rule.dots]);
    }
  });

  it('defines every capital by its letter', () => {
    for (const capital of CAPITALS) {
      const bases = linesWith('base')
        .filter((line) => line.operands[1] === capital)
        .map((line) => line.operands.join(' '));

      expect(bases, capital).toEqual([`uppercase ${capital} ${capital.toLowerCase()}`]);
    }
  });

  it('states the indicators with their dots', () => {
    expect(dotsOf('capsletter')).toEqual([BRAILLE_INDICATORS.capital.dots]);
    expect(dotsOf('begcapsword')).toEqual([BRAILLE_INDICATORS.capitalWord.dots]);
    expect(dotsOf('numsign')).toEqual([BRAILLE_INDICATORS.number.dots]);
    expect(dotsOf('undefined')).toEqual([BRAILLE_INDICATORS.placeholder.dots]);
    expect(linesWith('noback context').map((line) => line.operands.join(' '))).toEqual([
      `$d[]$l @${BRAILLE_INDICATORS.letter.dots}`,
    ]);
  });

  it('opens the straight quote with the opening dots', () => {
    expect(dotsOf('prepunc', '"')).toEqual([OPENING_QUOTE_DOTS]);
  });

  it('writes exactly the blank characters as blank cells', () => {
    const spaces = linesWith('space');

    expect(spaces.map((line) => decodeOperand(line.operands[0] ?? '')).sort()).toEqual([...BLANK_CHARACTERS].sort());
    for (const line of spaces) expect(line.operands[1], `line ${line.number}`).toBe('0');
  });

  it('has no rule that rules.ts lacks', () => {
    const known = new Set([
      ...Object.values(OPCODE_OF_KIND),
      'base',
      'space',
      'prepunc',
      'capsletter',
      'begcapsword',
      'numsign',
      'noback context',
      'undefined',
    ]);
    const ruleChars = new Set(BRAILLE_RULES.map((rule) => rule.char));

    for (const line of lines) {
      expect(known.has(line.opcode), `line ${line.number}: ${line.opcode}`).toBe(true);
      if (Object.values(OPCODE_OF_KIND).includes(line.opcode)) {
        expect(ruleChars.has(decodeOperand(line.operands[0] ?? '')), `line ${line.number}`).toBe(true);
      }
    }
  });
});
