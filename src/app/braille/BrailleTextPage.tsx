import type { BraillePage } from '../../domain/braille/document.ts';
import type { BraillePageSize } from '../../domain/braille/page-size.ts';

interface BrailleTextPageProps {
  page: BraillePage;
  size: BraillePageSize;
  /** The visible label, such as "Teks braille halaman 1 dari 3". */
  label: string;
  /** The page holds personal data: speech guidance withholds it from the loudspeaker. */
  personal: boolean;
}

/**
 * One braille page as Unicode braille in a read-only text area, one line per braille line, for
 * a braille display. A text area gives screen readers line-by-line reading and a caret the
 * display follows; `wrap="off"` keeps each braille line whole, and the area scrolls sideways
 * on a narrow screen instead of the page.
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
