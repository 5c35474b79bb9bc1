/** A place in a multi-line text, both counted from 0. */
interface LinePosition {
  line: number;
  column: number;
}

function linePositionOf(text: string, offset: number): LinePosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length - 1, column: offset - lineStart };
}

/** Returns the offset of a line and column, clamped to the text's last line and to the line's end. */
function offsetOf(text: string, { line, column }: LinePosition): number {
  const lines = text.split('\n');
  const lastLine = Math.min(line, lines.length - 1);
  let offset = 0;
  for (let index = 0; index < lastLine; index += 1) offset += (lines[index]?.length ?? 0) + 1;
  return offset + Math.min(column, lines[lastLine]?.length ?? 0);
}

/**
 * Replaces the text of a text area and puts its caret or selection back on the same line and
 * column. The HTML standard's `value` setter moves the caret to the end, so a braille
 * display would jump away from the line its reader was on. Offsets are UTF-16 code
 * units, one per braille cell, because the Unicode braille patterns (U+2800–U+28FF) are in the
 * Basic Multilingual Plane. The first text puts the caret at the start, where reading begins.
 */
export function replaceKeepingSelection(area: HTMLTextAreaElement, text: string): void {
  const previous = area.value;
  if (previous === text) return;
  const { selectionStart, selectionEnd, selectionDirection } = area;
  area.value = text;
  if (previous === '') {
    area.setSelectionRange(0, 0);
    return;
  }
  const start = offsetOf(text, linePositionOf(previous, selectionStart));
  const end = offsetOf(text, linePositionOf(previous, selectionEnd));
  area.setSelectionRange(start, end, selectionDirection ?? 'none');
}
