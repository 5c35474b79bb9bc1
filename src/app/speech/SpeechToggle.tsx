import { useEffect } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation.ts';
import { isSpeechSupported } from './speech-engine.ts';
import { installSpeechGuide } from './speech-guide.ts';
import { updateSpeechSettings } from './speech-settings.ts';
import { useSpeechSettings } from './use-speech-settings.ts';

/**
 * "Panduan suara": turns speech guidance on and off. Every copy of the toggle (settings bar,
 * start screen) shows the same state. In a browser without `speechSynthesis` it renders
 * nothing, because a button that cannot work would only mislead.
 */
export function SpeechToggle({ large = false }: { large?: boolean }) {
  const { t } = useTranslation();
  const { enabled } = useSpeechSettings();
  useEffect(installSpeechGuide, []);
  if (!isSpeechSupported()) return null;

  return (
    <button
      type="button"
      class={large ? 'button button--large button--toggle' : 'button button--toggle'}
      aria-pressed={enabled}
      onClick={() => updateSpeechSettings({ enabled: !enabled })}
      data-speech-toggle
    >
      {t('speech.toggle')}
    </button>
  );
}
