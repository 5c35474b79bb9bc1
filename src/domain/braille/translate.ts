import { BLANK_CELL, cellsFromDots } from './cells.ts';
import { BLANK_CHARACTERS, BRAILLE_INDICATORS, BRAILLE_RULES, OPENING_QUOTE_DOTS } from './rules.ts';

/** A character the rule table has no sign for, and how often it occurred. */
export interface UnknownCharacter {
  char: string;
  count: number;
}

export interface BrailleTranslation {
  /** Unicode braille; a blank cell (U+2800) where the print has a space. */
  braille: string;
  /** Characters written as the placeholder, in order of first appearance. */
  unknown: UnknownCharacter[];
}

const SIGNS = new Map(BRAILLE_RULES.filter((rule) => rule.kind !== 'ignored').map((rule) => [rule.char, cellsFromDots(rule.dots)]));
const IGNORED = new Set(BRAILLE_RULES.filter((rule) => rule.kind === 'ignored').map((rule) => rule.char));
const BLANKS = new Set(BLANK_CHARACTERS);
const CAPITAL = cellsFromDots(BRAILLE_INDICATORS.capital.dots);
const CAPITAL_WORD = cellsFromDots(BRAILLE_INDICATORS.capitalWord.dots);
const NUMBER = cellsFromDots(BRAILLE_INDICATORS.number.dots);
const LETTER = cellsFromDots(BRAILLE_INDICATORS.letter.dots);
export const PLACEHOLDER_CELL = cellsFromDots(BRAILLE_INDICATORS.placeholder.dots);
const OPENING_QUOTE = cellsFromDots(OPENING_QUOTE_DOTS);

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const isUpper = (char: string | undefined) => char !== undefined && char >= 'A' && char <= 'Z';
const isLetter = (char: string | undefined) => isUpper(char) || (char !== undefined && char >= 'a' && char <= 'z');
const isBlank = (char: string | undefined) => char !== undefined && BLANKS.has(char);

/**
 * Translates print text into uncontracted Indonesian braille by the rules in rules.ts. The
 * text is normalized to NFC first, so a letter typed with a combining accent is one character.
 * Then the characters of the `ignored` rows are removed, so every other rule reads the text as
 * print shows it: "KT\u200bP" is one capital word. Paragraphs are the layout's business, so a
 * line break in the text becomes a blank cell like any other space. Never throws on text. A
 * character without a rule becomes the placeholder cell and is counted in `unknown`, one entry
 * per code point.
 */
export function translateToBraille(text: string): BrailleTranslation {
  const chars = Array.from(text.normalize('NFC')).filter((char) => !IGNORED.has(char));
  const out: string[] = [];
  const unknown = new Map<string, number>();
  // Capital signs are decided once per run of letters. Capitals from `capitalWordStart` to the
  // end of the run take the capital word sign, and every capital before it takes its own sign.
  // When the run ends in fewer than two capitals, `capitalWordStart` is the run's end.
  let capitalWordStart = 0;

  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    const previous = chars[i - 1];
    if (isDigit(char)) {
      if (!isDigit(previous)) out.push(NUMBER);
      out.push(SIGNS.get(char) as string);
    } else if (isLetter(char)) {
      if (isDigit(previous)) out.push(LETTER);
      if (!isLetter(previous)) capitalWordStart = findCapitalWordStart(chars, i);
      if (i === capitalWordStart) out.push(CAPITAL_WORD);
      else if (i < capitalWordStart && isUpper(char)) out.push(CAPITAL);
      out.push(SIGNS.get(char.toLowerCase()) as string);
    } else if (isBlank(char)) {
      out.push(BLANK_CELL);
    } else if (char === '"' && opensQuotation(chars, i)) {
      out.push(OPENING_QUOTE);
    } else {
      const sign = SIGNS.get(char);
      if (sign) {
        out.push(sign);
      } else {
        out.push(PLACEHOLDER_CELL);
        unknown.set(char, (unknown.get(char) ?? 0) + 1);
      }
    }
  }
  return { braille: out.join(''), unknown: [...unknown].map(([char, count]) => ({ char, count })) };
}

/**
 * Returns where the capitals that end the run of letters starting at `start` begin, or the
 * run's end when fewer than two capitals end it.
 */
function findCapitalWordStart(chars: readonly string[], start: number): number {
  let end = start;
  while (isLetter(chars[end])) end++;
  let capitals = end;
  while (capitals > start && isUpper(chars[capitals - 1])) capitals--;
  return end - capitals >= 2 ? capitals : end;
}

/**
 * Tells whether the straight quotation mark at `index` opens: no letter is directly before it,
 * and a letter or digit follows it before the next blank.
 */
function opensQuotation(chars: readonly string[], index: number): boolean {
  if (isLetter(chars[index - 1])) return false;
  for (let i = index + 1; i < chars.length; i++) {
    const char = chars[i];
    if (isLetter(char) || isDigit(char)) return true;
    if (isBlank(char)) return false;
  }
  return false;
}
