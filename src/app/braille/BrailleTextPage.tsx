import type { BraillePage } from '../../domain/braille/document.ts';
import type { BraillePageSize } from '../../domain/braille/page-size.ts';

interface BrailleTextPageProps {
  page: BraillePage;
  size: BraillePageSize;
  /** The visible label, such as "Teks braille halaman 1 dari 3". */
  label: string;
  /** The page contains personal data, which speech guidance withholds from the loudspeaker. */
  personal: boolean;
}

/**
 * Renders one braille page as Unicode braille in a read-only text area, one line per braille
 * line, for a braille display. A text area gives screen readers line-by-line reading and a
 * caret that the display follows. `wrap="off"` keeps each braille line whole, so on a narrow
 * screen the area scrolls sideways instead of the page.
 */
export function BrailleTextPage({ page, size, label, personal }: BrailleTextPageProps) {
  const id = `braille-text-${page.number}`;
  return (
    <div class="braille-text">
      <label class="braille-text__label" for={id}>
        {label}
      </label>
      <textarea
        id={id}
        class="braille-text__lines"
        readOnly
        wrap="off"
        rows={size.lines}
        cols={size.cells}
        spellcheck={false}
        value={page.lines.join('\n')}
        data-speech-private={personal ? '' : undefined}
      />
    </div>
  );
}
