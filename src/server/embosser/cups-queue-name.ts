/**
 * A CUPS queue name that is safe to pass to `lp -d`: letters, digits, `_`, `.` and `-`, at
 * most 127 characters, not starting with `-` (which could look like an option) or `.`. CUPS
 * accepts up to 127 printable characters, so this set is stricter: it leaves out `/`, which
 * lp reads as the start of an instance name, and every character that means something to a
 * shell.
 */
const CUPS_QUEUE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,126}$/;

export function isCupsQueueName(value: string): boolean {
  return CUPS_QUEUE_NAME.test(value);
}
