import { LOCALES } from '../../domain/submission.ts';
import { i18n } from '../i18n/i18n.ts';
import { useTranslation } from '../i18n/use-translation.ts';

/**
 * Renders one toggle button per language, each named in its own language (with `lang` so screen
 * readers pronounce it right). Switching re-renders the screen in place and loses nothing.
 */
export function LanguageButtons({ large = false }: { large?: boolean }) {
  const { t, language } = useTranslation();
  return (
    <>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          class={large ? 'button button--large button--toggle' : 'button button--toggle'}
          lang={locale}
          aria-pressed={language === locale}
          onClick={() => void i18n.changeLanguage(locale)}
        >
          {t(`language.${locale}`)}
        </button>
      ))}
    </>
  );
}
