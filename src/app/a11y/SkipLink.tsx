import { useTranslation } from '../i18n/use-translation.ts';

export const MAIN_ID = 'main';

/**
 * The first element on the page: a link past the settings and status bars. The click is
 * handled here because following `#main` would add a history entry.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      class="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
