import type { SignCheckFinding } from './sign-check-finding.ts';

/**
 * Kinds of JSON syntax error, recognised from V8's JSON.parse message. The report describes
 * each kind in both languages, and the parser's English text stays in `reason` for `--json`.
 */
const SYNTAX_KINDS: readonly [RegExp, string][] = [
  [/^Unexpected end of JSON input/, 'unexpectedEnd'],
  [/^Expected double-quoted property name/, 'propertyName'],
  [/^Expected property name or '\}'/, 'propertyName'],
  [/^Expected ':' after property name/, 'colon'],
  [/^Expected ',' or '[}\]]' after/, 'comma'],
  [/^(Unterminated string|Bad control character in string literal)/, 'string'],
  [/^Bad (Unicode )?escape/, 'escape'],
  [/^Unexpected non-whitespace character after JSON/, 'afterEnd'],
  [/^(Unexpected token|Unexpected number|Unexpected string|No number after|Exponent part|Unterminated fractional)/, 'token'],
];

/**
 * Turns a JSON.parse error into a finding with the line and column of the error. V8 names the
 * character offset ("… in JSON at position 45"). Some of its messages name none ("Unexpected
 * token ']', "[1,]" is not valid JSON"), and then the offset is found from the quoted text.
 */
export function manifestSyntaxFinding(file: string, text: string, error: unknown): SignCheckFinding {
  const reason = error instanceof Error ? error.message : String(error);
  const known = errorPosition(text, reason);
  const position = known ?? text.length;
  const before = text.slice(0, position).split(/\r\n|\r|\n/);
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  // V8 reports a file cut short as "Expected property name" or "Expected ','" at its last
  // character, where the fix is to complete the JSON, not to remove a comma.
  const atEnd = known !== undefined && position >= text.trimEnd().length;
  const kind = atEnd ? 'unexpectedEnd' : (SYNTAX_KINDS.find(([pattern]) => pattern.test(reason))?.[1] ?? 'other');
  return { code: 'manifestSyntax', file, details: { line, column, kind, reason } };
}

/** Characters V8 quotes on each side of the error when the input is long, as measured on Node 20. */
const V8_CONTEXT_CHARACTERS = 10;

/**
 * Finds the character offset of a JSON.parse error, or undefined when the message does not
 * give it. Most V8 messages name the offset. "Unexpected token" messages instead quote the
 * whole input when it is short, or else the characters on each side of the error, with "..."
 * where the quote is cut, and the offset is found from that quote.
 */
function errorPosition(text: string, reason: string): number | undefined {
  const position = /at position (\d+)/.exec(reason)?.[1];
  if (position !== undefined) return Number(position);
  const match = /^Unexpected token '(.)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON/s.exec(reason);
  if (!match) return undefined;
  const [, token = '', cutBefore, quoted = '', cutAfter] = match;
  if (cutBefore && cutAfter) {
    // NOTE: the first place the quote occurs is taken; a repeated run of 21 characters may be found earlier than the error.
    const start = text.indexOf(quoted);
    return start < 0 ? undefined : start + V8_CONTEXT_CHARACTERS;
  }
  // A quote cut on one side only runs to the other end of the input.
  if (cutBefore) return text.length - quoted.length + V8_CONTEXT_CHARACTERS;
  if (cutAfter) return quoted.length - V8_CONTEXT_CHARACTERS;
  const index = text.indexOf(token);
  return index < 0 ? undefined : index;
}
