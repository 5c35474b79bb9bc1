import { BLANK_CELL, cellsFromDots } from './cells.ts';
import { BRAILLE_INDICATORS, BRAILLE_RULES } from './rules.ts';

/** The hyphen of rules.ts, which also ends each part of a word split between lines. */
export const HYPHEN = cellsFromDots('36');
const NUMBER = cellsFromDots(BRAILLE_INDICATORS.number.dots);
const CAPITAL = cellsFromDots(BRAILLE_INDICATORS.capital.dots);
const CAPITAL_WORD = cellsFromDots(BRAILLE_INDICATORS.capitalWord.dots);
const DIGIT_CELLS = new Set(BRAILLE_RULES.filter((rule) => rule.kind === 'digit').map((rule) => cellsFromDots(rule.dots)));
const LETTER_CELLS = new Set(BRAILLE_RULES.filter((rule) => rule.kind === 'letter').map((rule) => cellsFromDots(rule.dots)));
const SLASH = cellsFromDots('34');
const PERIOD = cellsFromDots('256');
const AT_SIGN = cellsFromDots('4-1');

/**
 * Cells that only change how the next cell reads: the capital, number and letter signs, and
 * the first cell of every sign of two or more cells. A part of a split word never ends on one.
 */
export const PREFIX_CELLS: ReadonlySet<string> = new Set([
  ...[BRAILLE_INDICATORS.capital, BRAILLE_INDICATORS.number, BRAILLE_INDICATORS.letter].map((indicator) => cellsFromDots(indicator.dots)),
  ...[...BRAILLE_RULES, BRAILLE_INDICATORS.capitalWord]
    .filter((sign) => sign.dots.includes('-'))
    .map((sign) => cellsFromDots(sign.dots.split('-')[0] as string)),
]);

/** The minimum number of cells of a word put before a hyphen at a line end. */
const MIN_PART_CELLS = 2;

/** The narrowest line wrapBraille accepts, so that every split makes progress. */
export const MIN_WRAP_CELLS = 10;

/**
 * Wraps braille text into lines of at most `cells` cells. The first line starts after
 * `firstIndent` blank cells, the others after `runoverIndent`, and runs of blank cells count as
 * one. A word moves whole to the next line when it does not fit on this one, so a word no
 * longer than `cells` minus the larger indent is never split. A longer word starts on the
 * current line and is split by splitWord. Returns no lines for text without words.
 */
export function wrapBraille(text: string, cells: number, firstIndent: number, runoverIndent: number): string[] {
  if (!Number.isInteger(cells) || cells - Math.max(firstIndent, runoverIndent) < MIN_WRAP_CELLS) {
    throw new RangeError(`Invalid braille line of ${cells} cells for indents ${firstIndent} and ${runoverIndent}: at least ${MIN_WRAP_CELLS} cells must remain after each indent`);
  }
  const words = text.split(BLANK_CELL).filter((word) => word.length > 0);
  const lines: string[] = [];
  let line = BLANK_CELL.repeat(firstIndent);
  let lineHasWord = false;
  const breakLine = () => {
    lines.push(line);
    line = BLANK_CELL.repeat(runoverIndent);
    lineHasWord = false;
  };
  const separator = () => (lineHasWord ? BLANK_CELL : '');

  for (const word of words) {
    // Decided on the whole word, because a part left after a split may lack the slash or at sign.
    const address = isAddress(word);
    if (lineHasWord && line.length + 1 + word.length > cells && runoverIndent + word.length <= cells) breakLine();
    let rest = word;
    while (line.length + separator().length + rest.length > cells) {
      const parts = splitWord(rest, cells - line.length - separator().length, address);
      if (!parts) {
        // Too little room is left on this line. A fresh line always has enough (MIN_WRAP_CELLS).
        breakLine();
        continue;
      }
      line += separator() + parts.head;
      rest = parts.tail;
      breakLine();
    }
    line += separator() + rest;
    lineHasWord = true;
  }
  if (lineHasWord) lines.push(line);
  return lines.map((each) => each.replace(/\u2800+$/u, ''));
}

/** Returns whether a braille word is a web or e-mail address: it contains a slash or an at sign. */
export function isAddress(word: string): boolean {
  return word.includes(SLASH) || word.includes(AT_SIGN);
}

/**
 * Splits a word that does not fit in `room` cells into a head of at most `room` cells and the
 * tail to write on the next line. Returns undefined when no head of at least two cells fits.
 * The head ends at the latest break point in the second half of the room that needs no added
 * hyphen. Such a point is right after a hyphen of the word itself. In an address (`address`,
 * which wrapBraille decides on the whole word) it is also an isAddressBreak point. Otherwise
 * the head is cut as late as it can be and a hyphen is added. It never ends on a prefix cell,
 * so no sign is torn from the cell it modifies.
 */
export function splitWord(word: string, room: number, address = isAddress(word)): { head: string; tail: string } | undefined {
  for (let cut = Math.min(room, word.length - 1); cut >= Math.max(MIN_PART_CELLS, Math.ceil(room / 2)); cut--) {
    if (word[cut - 1] === HYPHEN && !PREFIX_CELLS.has(word[cut - 2] as string)) {
      return { head: word.slice(0, cut), tail: word.slice(cut) };
    }
    if (address && isAddressBreak(word, cut)) return { head: word.slice(0, cut), tail: word.slice(cut) };
  }
  let cut = Math.min(room - HYPHEN.length, word.length - 1);
  while (cut >= MIN_PART_CELLS && PREFIX_CELLS.has(word[cut - 1] as string)) cut--;
  if (cut < MIN_PART_CELLS) return undefined;
  return { head: word.slice(0, cut) + HYPHEN, tail: continuationSigns(word, cut) + word.slice(cut) };
}

/**
 * Returns whether an address may break at `cut` with no hyphen: an added hyphen would read as
 * part of the address, so it breaks after a slash or before a period or an at sign instead.
 * The translator restarts number and capital signs after these, so the tail needs none.
 */
function isAddressBreak(word: string, cut: number): boolean {
  const boundary = word[cut - 1] === SLASH || word[cut] === PERIOD || word.startsWith(AT_SIGN, cut);
  return boundary && !PREFIX_CELLS.has(word[cut - 1] as string) && continuationSigns(word, cut) === '';
}

/**
 * Returns the signs the tail of a word split at `cut` needs to read as it did before the split.
 *
 * Digits: the number sign is written again when the tail starts with digits. The rule table
 * ends number mode at every character that is not a digit, and the hyphen that ends the head is
 * such a character. A reader who starts the line would also take the cells a–j for letters.
 * A repeated number sign costs one cell and can only confirm digits, while a missing one turns
 * them into letters. NOTE: the hyphen plus number sign looks the same as a printed hyphen
 * between numbers ("812-3456"). Unified English Braille avoids that with a continuation
 * indicator (dot 5) and no number sign, but no Indonesian rule for it was found.
 *
 * Capitals: for the same reason the capital word sign is repeated when the tail continues a
 * word written in capitals. When only one letter of that word remains, a single capital sign is.
 */
function continuationSigns(word: string, cut: number): string {
  const next = word[cut] as string;
  let start = cut;
  if (DIGIT_CELLS.has(next)) {
    while (start > 0 && DIGIT_CELLS.has(word[start - 1] as string)) start--;
    if (word[start - 1] === NUMBER) return NUMBER;
  }
  if (LETTER_CELLS.has(next)) {
    start = cut;
    while (start > 0 && LETTER_CELLS.has(word[start - 1] as string)) start--;
    if (start >= CAPITAL_WORD.length && word.slice(start - CAPITAL_WORD.length, start) === CAPITAL_WORD) {
      let end = cut;
      while (end < word.length && LETTER_CELLS.has(word[end] as string)) end++;
      return end - cut >= 2 ? CAPITAL_WORD : CAPITAL;
    }
  }
  return '';
}
