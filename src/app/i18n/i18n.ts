import i18next from 'i18next';
import { LOCALES, type Locale } from '../../domain/submission.ts';
import en from './locales/en.json';
import id from './locales/id.json';

/**
 * The app's one i18next instance. Both locales are bundled, so init runs synchronously and
 * `t` works on the first render, also offline. Indonesian is the default and the fallback:
 * a key missing in English shows the Indonesian text rather than the raw key.
 */
export const i18n = i18next.createInstance();

export const DEFAULT_LOCALE: Locale = 'id';

export function initI18n(language: Locale = DEFAULT_LOCALE): void {
  if (!i18n.isInitialized) {
    void i18n.init({
      resources: { id: { translation: id }, en: { translation: en } },
      lng: language,
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: [...LOCALES],
      initAsync: false,
      // Preact escapes text content itself; escaping here too would show "&amp;" on screen.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    i18n.on('languageChanged', setDocumentLanguage);
  }
  setDocumentLanguage(i18n.language);
}

export function currentLocale(): Locale {
  return toLocale(i18n.resolvedLanguage ?? i18n.language);
}

export function toLocale(language: string): Locale {
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : DEFAULT_LOCALE;
}

/** Returns the BCP 47 tag for Intl formatting: Indonesian, or British English for its day-month-year order. */
export function intlLocale(language: Locale): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}

/** Keeps `<html lang>` on the screen's language, so screen readers pick the right voice. */
function setDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = toLocale(language);
}

/** Translates a key that a locale may leave out, such as a hint; undefined when it is absent. */
export function translateOptional(t: (key: string) => string, key: string): string | undefined {
  return i18n.exists(key) ? t(key) : undefined;
}
