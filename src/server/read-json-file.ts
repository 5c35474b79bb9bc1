import { readFileSync } from 'node:fs';

/** Thrown for a file that cannot be read (`reason: 'unreadable'`) or is not JSON (`'syntax'`). */
export class JsonFileError extends Error {
  override name = 'JsonFileError';

  constructor(
    message: string,
    readonly reason: 'unreadable' | 'syntax',
  ) {
    super(message);
  }
}

/**
 * Reads and parses a UTF-8 JSON file that a person edits. `label` names the file in messages,
 * such as "config file". A byte order mark is accepted: Windows Notepad and some other
 * editors write one, and JSON.parse rejects it.
 */
export function readJsonFile(path: string, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new JsonFileError(`Cannot read ${label} ${path}: ${(error as Error).message}.`, 'unreadable');
  }

  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new JsonFileError(describeJsonSyntaxError(`${label} ${path}`, json, error as Error), 'syntax');
  }
}

/**
 * Builds the message for a file that JSON.parse rejected: the file, the line and column of
 * the error where V8 gives a position, and the usual fixes.
 */
function describeJsonSyntaxError(file: string, json: string, error: Error): string {
  // Node 20 ends the message with "in JSON at position N". Newer releases may append
  // "(line L column C)", which is removed so that the location is not given twice.
  const reason = error.message.replace(/ \(line \d+ column \d+\)$/, '');
  const position = /at position (\d+)$/.exec(reason);
  let location = '';
  if (position) {
    const before = json.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    location = ` at line ${line}, column ${column}`;
  }
  const subject = file.charAt(0).toUpperCase() + file.slice(1);
  return (
    `${subject} is not valid JSON${location}: ${reason}. ` +
    'Fix the file there: JSON needs double quotes around keys and strings, a comma between items but none after the last item, and no comments.'
  );
}
