import { clearAnnouncements } from '../a11y/announcer.ts';
import { applyDisplaySettings, defaultDisplaySettings } from '../display/display-settings.ts';
import { DEFAULT_LOCALE, i18n } from '../i18n/i18n.ts';
import { startVisitHistory } from './visit-history.ts';
import { runVisitResetHandlers } from './visit-reset.ts';

/**
 * Clears what a visitor leaves outside the app's component state: open dialogs, the live
 * region, display settings, language, scroll position, text selection and history, then
 * everything registered with onVisitReset(). App empties the flow state and remounts the
 * screens itself. Queued submissions in IndexedDB are not touched, and a running sync is not
 * waited for. The returned promise settles once every reset handler has finished or timed out.
 */
export async function forgetVisitor(): Promise<void> {
  for (const dialog of document.querySelectorAll('dialog[open]')) (dialog as HTMLDialogElement).close();
  clearAnnouncements();
  applyDisplaySettings(defaultDisplaySettings());
  i18n.changeLanguage(DEFAULT_LOCALE).catch((error: unknown) => console.error('Switching back to Indonesian failed', error));
  window.scrollTo(0, 0);
  getSelection()?.removeAllRanges();
  startVisitHistory();
  await runVisitResetHandlers();
}
