import { useId } from 'preact/hooks';
import type { SignLanguage } from '../../domain/sign-language/manifest.ts';
import { intlLocale } from '../i18n/i18n.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import type { ChosenClip } from './choose-clip.ts';
import { LanguageOfferButton } from './LanguageOffer.tsx';
import { closeSignMode } from './sign-mode.ts';
import { SIGN_RATES, updateSignSettings, type SignSettings } from './sign-settings.ts';
import { topicLevel } from './topic-label.ts';
import type { LanguageOffer } from './use-language-offer.ts';
import { PANEL_SHORTCUT_KEY, SHORTCUT_TARGET_CLASS } from './use-panel-shortcut.ts';
import type { SignPlayer } from './use-sign-player.ts';

interface PanelControlsProps {
  settings: SignSettings;
  /** The language playing; the switch shows only when the manifest has more than one. */
  language: SignLanguage;
  languages: readonly SignLanguage[];
  /** The topics around focus that have a clip, most specific first, and the one playing. */
  options: readonly ChosenClip[];
  chosen: ChosenClip | undefined;
  onPick: (topic: string) => void;
  /** The player while a video is on screen; without one the playback buttons are left out. */
  player: SignPlayer | undefined;
  /** The other language's clip for this part, offered first when the visitor's language has none. */
  offer: LanguageOffer;
}

/**
 * Renders the panel's buttons: the other language's clip when one is offered, play or pause,
 * replay, captions, speed, the topic to explain, the sign language and close. The offer and
 * playback come first, so they sit next to the video and stay in view where the controls scroll
 * in a short strip. Rows of choices are labelled groups of toggle buttons with aria-pressed,
 * where the arrow keys move focus as well (keyboard/keypad-keys.ts), as in the settings bar.
 */
export function PanelControls({ settings, language, languages, options, chosen, onPick, player, offer }: PanelControlsProps) {
  const { t, language: locale } = useTranslation();
  const ids = { explain: useId(), language: useId(), speed: useId() };
  const formatRate = new Intl.NumberFormat(intlLocale(locale));

  return (
    <div class="sign-panel__controls">
      <LanguageOfferButton offer={offer} />

      {player && (
        <>
          <div class="sign-panel__group">
            {/* One button whose name says what it does next, rather than a pressed state. */}
            <button
              type="button"
              class={`button button--secondary ${SHORTCUT_TARGET_CLASS}`}
              aria-keyshortcuts={PANEL_SHORTCUT_KEY}
              onClick={player.togglePlay}
            >
              {t(player.playing ? 'signLanguage.pause' : 'signLanguage.play')}
            </button>
            <button type="button" class="button button--secondary" onClick={player.replay}>
              {t('signLanguage.replay')}
            </button>
            <button
              type="button"
              class="button button--toggle"
              aria-pressed={settings.captions}
              onClick={() => updateSignSettings({ captions: !settings.captions })}
            >
              {t('signLanguage.captions')}
            </button>
          </div>

          <div class="sign-panel__group" role="group" aria-labelledby={ids.speed}>
            <span id={ids.speed} class="sign-panel__label">
              {t('signLanguage.speedGroup')}
            </span>
            {SIGN_RATES.map((rate) => (
              <button
                key={rate}
                type="button"
                class="button button--toggle"
                aria-pressed={rate === settings.rate}
                onClick={() => updateSignSettings({ rate })}
              >
                {t('signLanguage.speedOption', { rate: formatRate.format(rate) })}
              </button>
            ))}
          </div>
        </>
      )}

      {options.length > 1 && (
        <div class="sign-panel__group" role="group" aria-labelledby={ids.explain}>
          <span id={ids.explain} class="sign-panel__label">
            {t('signLanguage.explainGroup')}
          </span>
          {options.map((option) => (
            <button
              key={option.topic}
              type="button"
              class="button button--toggle"
              aria-pressed={option.topic === chosen?.topic}
              onClick={() => onPick(option.topic)}
            >
              {t(`signLanguage.levels.${topicLevel(option.topic)}`)}
            </button>
          ))}
        </div>
      )}

      {languages.length > 1 && (
        <div class="sign-panel__group" role="group" aria-labelledby={ids.language}>
          <span id={ids.language} class="sign-panel__label">
            {t('signLanguage.languageGroup')}
          </span>
          {languages.map((candidate) => (
            <button
              key={candidate}
              type="button"
              class="button button--toggle"
              aria-pressed={candidate === language}
              onClick={() => updateSignSettings({ language: candidate })}
            >
              {t(`signLanguage.languages.${candidate}`)}
            </button>
          ))}
        </div>
      )}

      <div class="sign-panel__group">
        <button type="button" class="button button--secondary" onClick={closeSignMode}>
          {t('signLanguage.close')}
        </button>
      </div>
    </div>
  );
}
