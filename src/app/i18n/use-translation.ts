import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../domain/submission.ts';
import { i18n, toLocale } from './i18n.ts';

/** Returns `t` for the current language and re-renders the component when the language changes. */
export function useTranslation(): { t: TFunction; language: Locale } {
  const [language, setLanguage] = useState(() => toLocale(i18n.language));

  useEffect(() => {
    const update = (next: string) => setLanguage(toLocale(next));
    i18n.on('languageChanged', update);
    // The language may have changed between the first render and this subscription.
    update(i18n.language);
    return () => i18n.off('languageChanged', update);
  }, []);

  return { t: i18n.getFixedT(language), language };
}
