import { useLayoutEffect, useRef } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation.ts';
import { useReachIntro } from '../kiosk/reach-intro.ts';

/** Id of every screen's h1; focus moves there after each screen change. */
export const SCREEN_HEADING_ID = 'screen-heading';

interface ScreenHeadingProps {
  title: string;
  /** A line above the title inside the h1, such as "Langkah 2 dari 5", read together with it. */
  caption?: string;
  /** Prefixes the document title with "Kesalahan:" while the screen shows errors. */
  hasErrors?: boolean;
  /** The paragraph that introduces the screen, shown below the heading. */
  lead?: string;
}

/**
 * The h1 of a screen and its lead paragraph. It keeps document.title in step with the heading,
 * so the window title and the tab name that screen readers announce match what is on screen,
 * in either language. The reach layout places the two above the band of controls
 * (reach-intro.ts), which is why they share a wrapper.
 */
export function ScreenHeading({ title, caption, hasErrors = false, lead }: ScreenHeadingProps) {
  const { t } = useTranslation();
  const screen = caption ? `${caption}: ${title}` : title;
  const documentTitle = t(hasErrors ? 'app.documentTitleWithError' : 'app.documentTitle', { screen });
  const intro = useRef<HTMLDivElement>(null);
  useReachIntro(intro);

  // Set with the DOM update, before focus lands on the heading and screen readers speak.
  useLayoutEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  return (
    <div ref={intro} class="screen-intro">
      <h1 id={SCREEN_HEADING_ID} class="screen-heading" tabIndex={-1}>
        {caption && <span class="screen-heading__caption">{caption}</span>}
        {title}
      </h1>
      {lead && (
        <p class="lead" data-speech-intro>
          {lead}
        </p>
      )}
    </div>
  );
}
