import { useTranslation } from '../i18n/use-translation.ts';
import { SIGN_TOGGLE_IDS, toggleSignMode } from './sign-mode.ts';
import { useSignManifest, useSignSettings } from './use-sign-language.ts';

/**
 * "Video bahasa isyarat" in the settings bar: turns the sign-language panel on and off. It
 * renders nothing until the manifest has loaded, because without content the panel could only
 * say that no video exists.
 */
export function SignLanguageToggle() {
  const { t } = useTranslation();
  const { enabled } = useSignSettings();
  const manifest = useSignManifest();
  if (manifest?.kind !== 'ready') return null;
  return (
    <button
      id={SIGN_TOGGLE_IDS.settings}
      type="button"
      class="button button--toggle"
      aria-pressed={enabled}
      onClick={() => toggleSignMode(!enabled, SIGN_TOGGLE_IDS.settings)}
    >
      {t('signLanguage.toggle')}
    </button>
  );
}
