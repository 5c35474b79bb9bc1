import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation.ts';
import { fetchCaptionText } from './caption-text.ts';

/** Why the video does not show: not stored while offline, or a load or decode error. */
export type CaptionTextReason = 'notStored' | 'failed';

/**
 * Shown instead of a video that is not stored on the device or fails to play: a short notice
 * and the clip's captions as plain text, or the notice alone when the captions are missing too.
 * The notice blames the device only when it is offline. A video that fails while online is
 * missing or broken on the server, and storing it would not help.
 */
export function CaptionText({ captionsUrl, reason }: { captionsUrl: string; reason: CaptionTextReason }) {
  const { t } = useTranslation();
  // undefined while loading, null when there is no caption text.
  const [lines, setLines] = useState<string[] | null | undefined>(undefined);
  useEffect(() => {
    let active = true;
    setLines(undefined);
    void fetchCaptionText(captionsUrl).then((text) => {
      if (active) setLines(text ?? null);
    });
    return () => {
      active = false;
    };
  }, [captionsUrl]);

  if (lines === undefined) return null;
  // A video that was online when checked fails with a 504 once the network drops.
  const notice = reason === 'failed' && navigator.onLine ? 'cannotPlay' : 'notStored';
  return (
    <div class="sign-panel__fallback">
      <p class="sign-panel__notice">{t(lines ? `signLanguage.${notice}WithText` : `signLanguage.${notice}`)}</p>
      {/* Indonesian text, whatever the interface language: the captions are the clip's own. */}
      {lines && (
        <div class="sign-panel__caption-text" lang="id">
          {lines.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}
