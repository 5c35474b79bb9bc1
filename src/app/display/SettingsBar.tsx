import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation.ts';
import { SignLanguageToggle } from '../sign-language/SignLanguageToggle.tsx';
import { SpeechControls } from '../speech/SpeechControls.tsx';
import { SpeechToggle } from '../speech/SpeechToggle.tsx';
import { TEXT_SIZES } from './display-settings.ts';
import { LanguageButtons } from './LanguageButtons.tsx';
import { ReachToggle } from './ReachToggle.tsx';
import { useDisplaySettings } from './use-display-settings.ts';

const OPTIONS_ID = 'display-options';

/**
 * Language, contrast, text size, speech guidance, sign-language video (where the deployment
 * has clips) and, on a kiosk, the reach layout, on every screen. Each is a toggle button with
 * aria-pressed; none of them reloads the page, so the form and the screen stay as they are.
 * On narrow screens all of them fold behind one "Bahasa dan tampilan" button, so that on a
 * 360 px phone the bars do not fill the first screen (layout.css decides the width).
 * `screen` is the flow's current screen, compared by identity.
 */
export function SettingsBar({ screen }: { screen: unknown }) {
  const { t } = useTranslation();
  const [settings, update] = useDisplaySettings();
  const [optionsOpen, setOptionsOpen] = useState(false);
  // An open panel fills a phone's first screen, so it folds again when the screen changes.
  useEffect(() => setOptionsOpen(false), [screen]);

  return (
    <section class="settings-bar" aria-label={t('settings.region')}>
      <button
        type="button"
        class="button button--secondary settings-bar__options-toggle"
        aria-expanded={optionsOpen}
        aria-controls={OPTIONS_ID}
        onClick={() => setOptionsOpen(!optionsOpen)}
      >
        {t('settings.displayOptions')}
        <span class="settings-bar__chevron" aria-hidden="true">
          {optionsOpen ? '▴' : '▾'}
        </span>
      </button>

      <div
        id={OPTIONS_ID}
        class={optionsOpen ? 'settings-bar__options settings-bar__options--open' : 'settings-bar__options'}
      >
        <div class="settings-bar__group" role="group" aria-labelledby="settings-language">
          <span id="settings-language" class="settings-bar__label">
            {t('settings.language')}
          </span>
          <LanguageButtons />
        </div>

        <button
          type="button"
          class="button button--toggle"
          aria-pressed={settings.highContrast}
          onClick={() => update({ highContrast: !settings.highContrast })}
        >
          {t('settings.highContrast')}
        </button>

        <div class="settings-bar__group" role="group" aria-labelledby="settings-text-size">
          <span id="settings-text-size" class="settings-bar__label">
            {t('settings.textSize')}
          </span>
          {TEXT_SIZES.map((size) => (
            <button
              key={size}
              type="button"
              class="button button--toggle"
              aria-pressed={settings.textSize === size}
              onClick={() => update({ textSize: size })}
            >
              {t('settings.textSizeOption', { size })}
            </button>
          ))}
        </div>

        <ReachToggle />
        <SpeechToggle />
        <SignLanguageToggle />
      </div>
      <SpeechControls />
    </section>
  );
}
