import '../styles/speech.css';
import { useTranslation } from '../i18n/use-translation.ts';
import { isSpeechSupported, speak, stopSpeech } from './speech-engine.ts';
import { repeatGuidance, speakWholeScreen } from './speech-guide.ts';
import { getSpeechSettings, RATE_STEPS, stepValue, toPercent, updateSpeechSettings, VOLUME_STEPS } from './speech-settings.ts';
import { useSpeechSettings, useVoiceAvailability } from './use-speech-settings.ts';

const HEADPHONES_HELP_ID = 'speech-headphones-help';

/**
 * The speech controls bar, shown while speech guidance is on: repeat, stop, read the whole
 * screen, rate and volume with their current values, and the headphone confirmation that
 * lets personal values be spoken. A notice appears when the device has no voice for the
 * screen's language.
 */
export function SpeechControls() {
  const { t, language } = useTranslation();
  const settings = useSpeechSettings();
  const availability = useVoiceAvailability(language);
  if (!isSpeechSupported() || !settings.enabled) return null;

  const rate = toPercent(settings.rate);
  const volume = toPercent(settings.volume);

  /** Changes rate or volume and speaks the new value at once, at the new rate and volume. */
  const adjust = (setting: 'rate' | 'volume', direction: 1 | -1) => {
    const steps = setting === 'rate' ? RATE_STEPS : VOLUME_STEPS;
    updateSpeechSettings({ [setting]: stepValue(steps, getSpeechSettings()[setting], direction) });
    const value = toPercent(getSpeechSettings()[setting]);
    speak(t(setting === 'rate' ? 'speech.rateValue' : 'speech.volumeValue', { value }), { remember: false });
  };
  const atEnd = (steps: readonly number[], value: number, direction: 1 | -1) => stepValue(steps, value, direction) === value;

  return (
    <div class="speech-controls" role="group" aria-labelledby="speech-controls-title" data-speech-controls>
      <span id="speech-controls-title" class="settings-bar__label">
        {t('speech.controlsTitle')}
      </span>
      <div class="settings-bar__group">
        <button type="button" class="button button--secondary" onClick={repeatGuidance}>
          {t('speech.repeat')}
        </button>
        <button type="button" class="button button--secondary" onClick={stopSpeech}>
          {t('speech.stop')}
        </button>
        <button type="button" class="button button--secondary" onClick={speakWholeScreen}>
          {t('speech.readScreen')}
        </button>
      </div>

      <div class="settings-bar__group" role="group" aria-labelledby="speech-rate">
        <span id="speech-rate" class="settings-bar__label">
          {t('speech.rateValue', { value: rate })}
        </span>
        <StepButton label={t('speech.slower')} atEnd={atEnd(RATE_STEPS, settings.rate, -1)} onPress={() => adjust('rate', -1)} />
        <StepButton label={t('speech.faster')} atEnd={atEnd(RATE_STEPS, settings.rate, 1)} onPress={() => adjust('rate', 1)} />
      </div>

      <div class="settings-bar__group" role="group" aria-labelledby="speech-volume">
        <span id="speech-volume" class="settings-bar__label">
          {t('speech.volumeValue', { value: volume })}
        </span>
        <StepButton label={t('speech.quieter')} atEnd={atEnd(VOLUME_STEPS, settings.volume, -1)} onPress={() => adjust('volume', -1)} />
        <StepButton label={t('speech.louder')} atEnd={atEnd(VOLUME_STEPS, settings.volume, 1)} onPress={() => adjust('volume', 1)} />
      </div>

      <div class="speech-controls__headphones">
        <button
          type="button"
          class="button button--toggle"
          aria-pressed={settings.headphones}
          aria-describedby={HEADPHONES_HELP_ID}
          onClick={() => updateSpeechSettings({ headphones: !settings.headphones })}
        >
          {t('speech.headphones')}
        </button>
        <p id={HEADPHONES_HELP_ID} class="speech-controls__help">
          {t(settings.headphones ? 'speech.headphonesConfirmed' : 'speech.headphonesHelp')}
        </p>
      </div>
      <p class="speech-controls__help">{t('speech.keysHelp')}</p>
      {availability === 'missing' && <p class="notice speech-controls__notice">{t(`speech.noVoice.${language}`)}</p>}
    </div>
  );
}

/**
 * Renders a slower, faster, quieter or louder button. At the end of the range it stays focusable with
 * aria-disabled, because a disabled button would drop keyboard focus, and a press then only
 * repeats the value.
 */
function StepButton({ label, atEnd, onPress }: { label: string; atEnd: boolean; onPress: () => void }) {
  return (
    <button type="button" class="button button--secondary" aria-disabled={atEnd || undefined} onClick={onPress}>
      {label}
    </button>
  );
}
