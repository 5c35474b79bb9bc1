import { describe, expect, it } from 'vitest';
import { BLANK_CELL, cellsFromDots } from '../../../src/domain/braille/cells.ts';
import { translateToBraille } from '../../../src/domain/braille/translate.ts';
import { HYPHEN, MIN_WRAP_CELLS, PREFIX_CELLS, splitWord, wrapBraille } from '../../../src/domain/braille/wrap.ts';
import { seededRandom } from '../../support/seeded-random.ts';

const NUMBER = cellsFromDots('3456');
const CAPITAL = cellsFromDots('6');
const CAPITAL_WORD = cellsFromDots('6-6');
const SLASH = cellsFromDots('34');
const PERIOD = cellsFromDots('256');
const AT_SIGN = cellsFromDots('4-1');
const DIGITS = new Set('abcdefghij'.split('').map((letter) => braille(letter)));
const LETTERS = new Set('abcdefghijklmnopqrstuvwxyz'.split('').map((letter) => braille(letter)));

function braille(text: string): string {
  return translateToBraille(text).braille;
}

const WORD_KINDS: ((random: () => number) => string)[] = [
  (random) => pick(random, ['dan', 'informasi', 'Pemohon', 'kecamatan', 'PPID', 'NIK', 'e-mail', 'Rp1.500.000,00', '(wajib)', '“Ya”']),
  (random) => letters(random, 1 + Math.floor(random() * 12), 'abcdefghijklmnopqrstuvwxyz'),
  (random) => letters(random, 2 + Math.floor(random() * 60), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
  (random) => letters(random, 1 + Math.floor(random() * 70), '0123456789'),
  (random) => letters(random, 20 + Math.floor(random() * 80), 'abcDEFghij0123-/_.@#%&$=+'),
  (random) => letters(random, 30 + Math.floor(random() * 60), 'abcdef-'),
  (random) => letters(random, 1 + Math.floor(random() * 6), '.,;:?!()\'"-/éü€'),
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function letters(random: () => number, count: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < count; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

/** Returns print text of random words, some far longer than a line, with runs of spaces. */
function randomText(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(random, WORD_KINDS)(random), random() < 0.1 ? '   ' : ' ');
  return out.join('');
}

/** Returns the signs a tail must start with to continue the word of `original` at `at`. */
function expectedContinuation(original: string, at: number): string {
  const next = original[at] as string;
  let start = at;
  while (start > 0 && DIGITS.has(original[start - 1] as string)) start--;
  if (DIGITS.has(next) && original[start - 1] === NUMBER) return NUMBER;
  start = at;
  while (start > 0 && LETTERS.has(original[start - 1] as string)) start--;
  if (LETTERS.has(next) && start >= 2 && original.slice(start - 2, start) === CAPITAL_WORD) {
    let end = at;
    while (LETTERS.has(original[end] as string)) end++;
    return end - at >= 2 ? CAPITAL_WORD : CAPITAL;
  }
  return '';
}

type Break = 'space' | 'ownHyphen' | 'addedHyphen' | 'addressBreak';

/**
 * Reads the wrapped lines back against the text and returns the problems found. A problem is a
 * lost or added cell, a split word that would have fitted on a line, a hyphen after a prefix
 * cell, a tail without the signs it needs, or a word moved down although it fitted. A word
 * with a slash or an at sign is an address, and its line may also end with no hyphen added,
 * after a slash or before a period or an at sign. Where a line allows several of these
 * readings, each is tried, and the lines pass when one reading accounts for the whole text.
 */
function readBack(text: string, lines: string[], cells: number, firstIndent: number, runoverIndent: number): string[] {
  const original = text.split(BLANK_CELL).filter((word) => word.length > 0).join(BLANK_CELL);
  const widest = cells - Math.max(firstIndent, runoverIndent);
  /** Returns the length of the word that contains the cell at `at`. */
  const wordLengthAt = (at: number) => {
    const start = original.lastIndexOf(BLANK_CELL, at) + 1;
    const end = original.indexOf(BLANK_CELL, at);
    return (end === -1 ? original.length : end) - start;
  };
  /** Returns whether the whole word that contains the cell at `at` is a web or e-mail address. */
  const isAddressAt = (at: number) => {
    const start = original.lastIndexOf(BLANK_CELL, at) + 1;
    const end = original.indexOf(BLANK_CELL, at);
    const word = original.slice(start, end === -1 ? original.length : end);
    return word.includes(SLASH) || word.includes(AT_SIGN);
  };
  const isAddressBoundary = (at: number) => original[at - 1] === SLASH || original[at] === PERIOD || original.startsWith(AT_SIGN, at);
  /**
   * Returns whether the address part that line `index` ends with an added hyphen had a break
   * point with no hyphen in the second half of its room. `cut` is where the part stops in the
   * text, and the part starts at its column on the line, after any continuation signs.
   */
  const missedAddressBreak = (index: number, cut: number, signs: number) => {
    const line = lines[index] as string;
    const indent = index === 0 ? firstIndent : runoverIndent;
    const column = Math.max(indent, line.lastIndexOf(BLANK_CELL) + 1);
    const room = cells - column;
    // Continuation signs start the part only when it starts the line.
    const signsInPart = column === indent ? signs : 0;
    const partStart = cut - (line.length - 1 - column - signsInPart);
    const blank = original.indexOf(BLANK_CELL, cut);
    const wordEnd = blank === -1 ? original.length : blank;
    for (let at = partStart + 1; at <= Math.min(partStart + room - signsInPart, wordEnd - 1); at++) {
      if (at - partStart + signsInPart < Math.ceil(room / 2)) continue;
      if (isAddressBoundary(at) && !PREFIX_CELLS.has(original[at - 1] as string) && expectedContinuation(original, at) === '') return true;
    }
    return false;
  };

  const read = (index: number, at: number, previous: Break): string | undefined => {
    if (index === lines.length) return at === original.length ? undefined : `text left over from cell ${at}`;
    const indent = index === 0 ? firstIndent : runoverIndent;
    let content = (lines[index] as string).slice(indent);
    let signs = '';
    if (previous === 'addedHyphen') {
      signs = expectedContinuation(original, at);
      if (!content.startsWith(signs)) return `line ${index} lacks the continuation signs`;
      content = content.slice(signs.length);
    }
    // A whole word moved down must not have fitted at the end of the line before.
    if (previous === 'space' && index > 0) {
      const length = wordLengthAt(at);
      if (length <= widest && (lines[index - 1] as string).length + 1 + length <= cells) return `line ${index} starts with a word that fitted on line ${index - 1}`;
    }
    const end = at + content.length;
    const attempts: [Break, number, boolean][] = [
      ['space', end, original.slice(at, end) === content && (end === original.length || original[end] === BLANK_CELL)],
      ['addressBreak', end, original.slice(at, end) === content && end < original.length && original[end] !== BLANK_CELL && isAddressAt(end) && isAddressBoundary(end)],
      ['ownHyphen', end, original.slice(at, end) === content && content.endsWith(HYPHEN) && end < original.length && original[end] !== BLANK_CELL],
      ['addedHyphen', end - 1, content.endsWith(HYPHEN) && original.slice(at, end - 1) === content.slice(0, -1) && end - 1 < original.length && original[end - 1] !== BLANK_CELL],
    ];
    let problem = `line ${index} does not match the text at cell ${at}`;
    for (const [kind, next, matches] of attempts) {
      if (!matches) continue;
      // A reading that breaks a rule is dropped, and the next reading is tried.
      if (kind !== 'space' && wordLengthAt(next - 1) <= widest) {
        problem = `line ${index} splits a word of ${wordLengthAt(next - 1)} cells`;
        continue;
      }
      const lastCellOfPart = kind === 'addressBreak' ? content.at(-1) : content.at(-2);
      if (kind !== 'space' && PREFIX_CELLS.has(lastCellOfPart as string)) {
        problem = `line ${index} ends its part on a prefix cell`;
        continue;
      }
      if (kind === 'addressBreak' && expectedContinuation(original, next) !== '') {
        problem = `line ${index} breaks an address where the next line would need continuation signs`;
        continue;
      }
      if (kind === 'addedHyphen' && isAddressAt(next) && missedAddressBreak(index, next, signs.length)) {
        problem = `line ${index} adds a hyphen to an address that could break without one`;
        continue;
      }
      const rest = read(index + 1, kind === 'space' ? Math.min(next + 1, original.length) : next, kind);
      if (rest === undefined) return undefined;
      problem = rest;
    }
    return problem;
  };
  return [read(0, 0, 'space')].filter((problem): problem is string => problem !== undefined);
}

function checkShape(lines: string[], cells: number, firstIndent: number, runoverIndent: number): void {
  lines.forEach((line, index) => {
    const indent = index === 0 ? firstIndent : runoverIndent;
    expect(line.length, `line ${index}`).toBeLessThanOrEqual(cells);
    expect(line.slice(0, indent), `indent of line ${index}`).toBe(BLANK_CELL.repeat(indent));
    expect(line[indent], `text of line ${index} starts at its indent`).not.toBe(BLANK_CELL);
    expect(line.endsWith(BLANK_CELL), `trailing blank on line ${index}`).toBe(false);
    expect(line.includes(BLANK_CELL + BLANK_CELL, indent), `double blank on line ${index}`).toBe(false);
  });
}

describe('wrapBraille', () => {
  it('wraps words whole at the width', () => {
    const lines = wrapBraille(braille('satu dua tiga empat lima enam tujuh delapan sembilan sepuluh'), 20, 0, 0);
    expect(lines).toEqual([braille('satu dua tiga empat'), braille('lima enam tujuh'), braille('delapan sembilan'), braille('sepuluh')]);
  });

  it('indents first and runover lines', () => {
    const text = braille('satu dua tiga empat lima enam tujuh delapan');
    expect(wrapBraille(text, 20, 2, 0)).toEqual([`${BLANK_CELL.repeat(2)}${braille('satu dua tiga')}`, braille('empat lima enam'), braille('tujuh delapan')]);
    expect(wrapBraille(text, 20, 0, 2)).toEqual([braille('satu dua tiga empat'), `${BLANK_CELL.repeat(2)}${braille('lima enam tujuh')}`, `${BLANK_CELL.repeat(2)}${braille('delapan')}`]);
  });

  it('collapses runs of blank cells', () => {
    expect(wrapBraille(braille('  satu    dua  '), 20, 0, 0)).toEqual([braille('satu dua')]);
  });

  it('returns no lines without words', () => {
    expect(wrapBraille('', 20, 2, 0)).toEqual([]);
    expect(wrapBraille(BLANK_CELL.repeat(5), 20, 2, 0)).toEqual([]);
  });

  it('moves a word that fits a line whole', () => {
    const word = 'x'.repeat(18);
    expect(wrapBraille(braille(`ab ${word}`), 20, 0, 2)).toEqual([braille('ab'), `${BLANK_CELL.repeat(2)}${braille(word)}`]);
  });

  it('splits a longer word with a hyphen', () => {
    const lines = wrapBraille(braille('x'.repeat(45)), 20, 0, 0);
    expect(lines).toEqual([braille('x'.repeat(19)) + HYPHEN, braille('x'.repeat(19)) + HYPHEN, braille('x'.repeat(7))]);
  });

  it('starts a long word after the words before it', () => {
    const lines = wrapBraille(braille(`ab ${'x'.repeat(30)}`), 20, 0, 0);
    expect(lines[0]).toBe(`${braille('ab')}${BLANK_CELL}${braille('x'.repeat(16))}${HYPHEN}`);
  });

  it('never ends a part on a capital sign', () => {
    // Cut as late as possible, the first part would end with the capital sign before "B".
    const lines = wrapBraille(braille(`${'a'.repeat(18)}B${'c'.repeat(10)}`), 20, 0, 0);
    expect(lines).toEqual([braille('a'.repeat(18)) + HYPHEN, braille(`B${'c'.repeat(10)}`)]);
  });

  it('never ends a part on a number or letter sign', () => {
    const afterNumber = wrapBraille(braille(`${'a'.repeat(18)}1${'c'.repeat(10)}`), 20, 0, 0);
    expect(afterNumber[0]).toBe(braille('a'.repeat(18)) + HYPHEN);
    // "5b": number sign, e, letter sign, b. The letter sign would come last.
    const afterLetterSign = wrapBraille(braille(`${'a'.repeat(16)}5b${'c'.repeat(10)}`), 20, 0, 0);
    expect(afterLetterSign[0]).toBe(braille(`${'a'.repeat(16)}5`) + HYPHEN);
    expect(afterLetterSign[1]).toBe(braille(`b${'c'.repeat(10)}`).replace(/^/, cellsFromDots('56')));
  });

  it('never tears a two-cell symbol apart', () => {
    // "+" is dots 5 then 2-3-5; cut as late as possible, dots 5 would end the part.
    const lines = wrapBraille(braille(`${'a'.repeat(18)}+${'c'.repeat(10)}`), 20, 0, 0);
    expect(lines[0]).toBe(braille('a'.repeat(18)) + HYPHEN);
    expect(lines[1]?.startsWith(braille('+'))).toBe(true);
  });

  it('repeats the number sign in a split number', () => {
    const digits = '1234567890'.repeat(5);
    const lines = wrapBraille(braille(digits), 20, 0, 0);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(1)) expect(line.startsWith(NUMBER)).toBe(true);
    for (const line of lines.slice(0, -1)) expect(line.endsWith(HYPHEN)).toBe(true);
    const read = lines.map((line) => line.replace(HYPHEN, '').replace(NUMBER, '')).join('');
    expect(NUMBER + read).toBe(braille(digits));
  });

  it('repeats the capital word sign in a split word', () => {
    // Signs and 17 letters and a hyphen, twice; the signs again before the last two letters.
    const lines = wrapBraille(braille('A'.repeat(36)), 20, 0, 0);
    const part = CAPITAL_WORD + braille('a'.repeat(17)) + HYPHEN;
    expect(lines).toEqual([part, part, CAPITAL_WORD + braille('aa')]);
  });

  it('repeats a single capital sign for one letter', () => {
    const lines = wrapBraille(braille(`${'A'.repeat(18)}1`), 20, 0, 0);
    expect(lines).toEqual([CAPITAL_WORD + braille('a'.repeat(17)) + HYPHEN, CAPITAL + braille('a1')]);
  });

  it('adds no signs to lower-case tails', () => {
    const lines = wrapBraille(braille(`Ab${'c'.repeat(30)}`), 20, 0, 0);
    expect(lines[1]?.startsWith(braille('c'))).toBe(true);
  });

  it('breaks after a hyphen of the word', () => {
    const lines = wrapBraille(braille('kelompok-kelompok-kelompok-kelompok'), 20, 0, 0);
    expect(lines).toEqual([braille('kelompok-kelompok-'), braille('kelompok-kelompok')]);
  });

  it('ignores a hyphen in the first half', () => {
    const lines = wrapBraille(braille(`ab-${'c'.repeat(40)}`), 20, 0, 0);
    expect(lines[0]).toBe(braille(`ab-${'c'.repeat(16)}`) + HYPHEN);
  });

  it('does not take an underscore for a hyphen', () => {
    // "_" is dots 4-6 then 3-6; a break right after it would split the word with no hyphen.
    const lines = wrapBraille(braille(`${'a'.repeat(17)}_${'c'.repeat(20)}`), 20, 0, 0);
    expect(lines[0]).toBe(braille(`${'a'.repeat(17)}_`) + HYPHEN);
  });

  it('breaks a web address after a slash', () => {
    expect(wrapBraille(braille('http://127.0.0.1:18400/status'), 31, 0, 0)).toEqual([braille('http://127.0.0.1:18400/'), braille('status')]);
    expect(wrapBraille(braille('https://ppid.tangerangkota.go.id/status'), 38, 0, 0)).toEqual([braille('https://ppid.tangerangkota.go.id/'), braille('status')]);
  });

  it('breaks a web address before a period', () => {
    // The slash after "id" lies beyond 31 cells, and the one after "https:" in the first half.
    expect(wrapBraille(braille('https://ppid.tangerangkota.go.id/status'), 31, 0, 0)).toEqual([braille('https://ppid.tangerangkota.go'), braille('.id/status')]);
  });

  it('breaks an e-mail address before the at sign', () => {
    expect(wrapBraille(braille('sitinurhalizacontoh@example.go.id'), 20, 0, 0)).toEqual([braille('sitinurhalizacontoh'), braille('@example.go.id')]);
  });

  it('breaks an e-mail address before a period', () => {
    expect(wrapBraille(braille('siti@tangerangkota.go.id'), 20, 0, 0)).toEqual([braille('siti@tangerangkota'), braille('.go.id')]);
  });

  it('adds a hyphen to an address without a late break point', () => {
    // The only period lies in the first half of the line, and the at sign beyond it.
    const lines = wrapBraille(braille('siti.contohpemohonbaru@kota.id'), 20, 0, 0);
    expect(lines[0]).toBe(braille('siti.contohpemohonb') + HYPHEN);
  });

  it('keeps breaking an address after its slash is gone', () => {
    // The first part takes the slash, and the rest still breaks before its period.
    const lines = wrapBraille(braille(`x/${'a'.repeat(30)}.${'b'.repeat(10)}`), 20, 0, 0);
    expect(lines).toEqual([braille(`x/${'a'.repeat(17)}`) + HYPHEN, braille('a'.repeat(13)), braille(`.${'b'.repeat(10)}`)]);
  });

  it('never breaks an address inside an ellipsis', () => {
    // The ellipsis is three period cells, and its first two are prefix cells.
    const lines = wrapBraille(braille(`ab/${'c'.repeat(14)}…${'d'.repeat(10)}`), 20, 0, 0);
    expect(lines).toEqual([braille(`ab/${'c'.repeat(14)}`), braille(`…${'d'.repeat(10)}`)]);
  });

  it('hyphenates words with only periods', () => {
    const lines = wrapBraille(braille(`${'a'.repeat(17)}.${'b'.repeat(10)}`), 20, 0, 0);
    expect(lines).toEqual([braille(`${'a'.repeat(17)}.b`) + HYPHEN, braille('b'.repeat(9))]);
  });

  it('rejects lines too narrow to split words', () => {
    expect(() => wrapBraille(braille('ab'), MIN_WRAP_CELLS - 1, 0, 0)).toThrow(RangeError);
    expect(() => wrapBraille(braille('ab'), MIN_WRAP_CELLS + 1, 0, 2)).toThrow(RangeError);
    expect(wrapBraille(braille('ab'), MIN_WRAP_CELLS, 0, 0)).toEqual([braille('ab')]);
  });

  describe('on random text', () => {
    const widths = [10, 11, 17, 20, 23, 38, 40, 41, 64];
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      it(`keeps every cell, seed ${seed}`, () => {
        const random = seededRandom(seed);
        for (let round = 0; round < 25; round++) {
          const cells = pick(random, widths);
          const [firstIndent, runoverIndent] = pick(random, [[0, 0], [2, 0], [0, 2]] as const);
          if (cells - Math.max(firstIndent, runoverIndent) < MIN_WRAP_CELLS) continue;
          const text = braille(randomText(random, 1 + Math.floor(random() * 40)));
          const lines = wrapBraille(text, cells, firstIndent, runoverIndent);
          const context = `seed ${seed}, round ${round}, ${cells} cells, indents ${firstIndent}/${runoverIndent}`;
          checkShape(lines, cells, firstIndent, runoverIndent);
          expect(readBack(text, lines, cells, firstIndent, runoverIndent), context).toEqual([]);
        }
      });
    }
  });
});

describe('splitWord', () => {
  it('needs two cells before the hyphen', () => {
    expect(splitWord(braille('abcdef'), 2)).toBeUndefined();
    expect(splitWord(braille('abcdef'), 3)).toEqual({ head: braille('ab') + HYPHEN, tail: braille('cdef') });
  });

  it('finds no head in a run of prefix cells', () => {
    expect(splitWord(braille('ABC'), 3)).toBeUndefined();
  });

  it('treats a word as an address unless told otherwise', () => {
    const word = braille('abcdef/ghijkl');
    expect(splitWord(word, 10)).toEqual({ head: braille('abcdef/'), tail: braille('ghijkl') });
    expect(splitWord(word, 10, false)).toEqual({ head: braille('abcdef/gh') + HYPHEN, tail: braille('ijkl') });
  });
});
