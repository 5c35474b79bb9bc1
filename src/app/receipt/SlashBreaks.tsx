/**
 * Renders a registration number such as 123/PPID/DISKOMINFO/PI/2026 with a line-break
 * opportunity (<wbr>) after each slash. Chromium does not break a line after a slash that a
 * digit follows, so a large number on 80 mm paper would otherwise break inside a word.
 */
export function SlashBreaks({ text }: { text: string }) {
  const parts = text.split('/');
  return (
    <>
      {parts.map((part, index) => (index < parts.length - 1 ? [`${part}/`, <wbr key={index} />] : part))}
    </>
  );
}
