/**
 * Breaks a paragraph into lines between words, each as long as `fits` allows. A word too wide
 * for a line of its own stays whole on a line of its own.
 */
export function wrapLines(paragraph: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && !fits(next)) {
      lines.push(current);
      current = word;
    } else {
      current = next;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}
