import i18next, { type TFunction } from 'i18next';
import en from '../../app/i18n/locales/en.json';
import id from '../../app/i18n/locales/id.json';

export interface SignCheckTranslators {
  id: TFunction;
  en: TFunction;
}

/**
 * Creates translators over the app's own locale files, whose `signCheck` section contains the
 * checker's texts, so city staff read the report in the same words as the app. The report
 * prints Indonesian first, then English.
 */
export async function createSignCheckTranslators(): Promise<SignCheckTranslators> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: 'id',
    fallbackLng: 'id',
    initAsync: false,
    // The report is plain text in a terminal, not HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return { id: instance.getFixedT('id'), en: instance.getFixedT('en') };
}
