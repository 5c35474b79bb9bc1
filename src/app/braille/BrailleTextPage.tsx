import { useLayoutEffect, useRef } from 'preact/hooks';
import type { BraillePage } from '../../domain/braille/document.ts';
import type { BraillePageSize } from '../../domain/braille/page-size.ts';
import { replaceKeepingSelection } from './keep-selection.ts';

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
 * screen the area scrolls sideways instead of the page. The text is set by hand rather than
 * through `value`, so an update (a queued receipt that gets its number) keeps the caret on the
 * line and column the reader was at.
 */
export function BrailleTextPage({ page, size, label, personal }: BrailleTextPageProps) {
  const id = `braille-text-${page.number}`;
  const area = useRef<HTMLTextAreaElement>(null);
  const text = page.lines.join('\n');
  useLayoutEffect(() => {
    if (area.current) replaceKeepingSelection(area.current, text);
  }, [text]);
  return (
    <div class="braille-text">
      <label class="braille-text__label" for={id}>
        {label}
      </label>
      <textarea
        ref={area}
        id={id}
        class="braille-text__lines"
        readOnly
        wrap="off"
        rows={size.lines}
        cols={size.cells}
        spellcheck={false}
        data-speech-private={personal ? '' : undefined}
      />
    </div>
  );
}
