import { BLANK_CELL, cellsFromDots } from './cells.ts';
import { BRAILLE_INDICATORS, BRAILLE_RULES, OPENING_QUOTE_DOTS } from './rules.ts';

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

const SIGNS = new Map(BRAILLE_RULES.map((rule) => [rule.char, cellsFromDots(rule.dots)]));
const CAPITAL = cellsFromDots(BRAILLE_INDICATORS.capital.dots);
const CAPITAL_WORD = cellsFromDots(BRAILLE_INDICATORS.capitalWord.dots);
const NUMBER = cellsFromDots(BRAILLE_INDICATORS.number.dots);
const LETTER = cellsFromDots(BRAILLE_INDICATORS.letter.dots);
export const PLACEHOLDER_CELL = cellsFromDots(BRAILLE_INDICATORS.placeholder.dots);
const OPENING_QUOTE = cellsFromDots(OPENING_QUOTE_DOTS);

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const isUpper = (char: string | undefined) => char !== undefined && char >= 'A' && char <= 'Z';
const isLetter = (char: string | undefined) => isUpper(char) || (char !== undefined && char >= 'a' && char <= 'z');
const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\u00a0';

/**
 * Translates print text into uncontracted Indonesian braille by the rules in rules.ts. Line
 * breaks are the layout's business: pass one paragraph at a time. Never throws on text; a
 * character without a rule becomes the placeholder cell and is counted in `unknown`.
 */
export function translateToBraille(text: string): BrailleTranslation {
  const chars = Array.from(text.normalize('NFC'));
  const out: string[] = [];
  const unknown = new Map<string, number>();
  // Capitals are decided once per run of letters: all capitals (two or more) take the word
  // sign at the start, otherwise each capital takes its own sign.
  let runAllCapitals = false;

  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    const previous = chars[i - 1];
    if (isDigit(char)) {
      if (!isDigit(previous)) out.push(NUMBER);
      out.push(SIGNS.get(char) as string);
    } else if (isLetter(char)) {
      if (isDigit(previous)) out.push(LETTER);
      if (!isLetter(previous)) {
        let end = i;
        while (isLetter(chars[end])) end++;
        runAllCapitals = end - i >= 2 && chars.slice(i, end).every(isUpper);
        if (runAllCapitals) out.push(CAPITAL_WORD);
      }
      if (isUpper(char) && !runAllCapitals) out.push(CAPITAL);
      out.push(SIGNS.get(char.toLowerCase()) as string);
    } else if (isSpace(char)) {
      out.push(BLANK_CELL);
    } else if (char === '"' && opensWord(chars, i)) {
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

/** A straight quotation mark opens when nothing but punctuation stands between it and the word's start. */
function opensWord(chars: readonly string[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const char = chars[i];
    if (isSpace(char)) return true;
    if (isLetter(char) || isDigit(char)) return false;
  }
  return true;
}
