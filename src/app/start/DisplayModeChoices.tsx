import type { ComponentChildren, FunctionComponent } from 'preact';
import { TEXT_SIZES } from '../display/display-settings.ts';
import { ApproachSideButtons } from '../display/ReachToggle.tsx';
import { useDisplaySettings } from '../display/use-display-settings.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { isReachLayoutOffered } from '../kiosk/reach-layout.ts';
import { SIGN_TOGGLE_IDS, toggleSignMode } from '../sign-language/sign-mode.ts';
import { useSignManifest, useSignSettings } from '../sign-language/use-sign-language.ts';
import { isSpeechSupported } from '../speech/speech-engine.ts';
import { updateSpeechSettings } from '../speech/speech-settings.ts';
import { useSpeechSettings } from '../speech/use-speech-settings.ts';

interface ModeToggleProps {
  /** The button's id, unique on the page; the hint's id is derived from it. */
  id: string;
  label: string;
  /** One line under the label saying what the mode does. */
  hint: string;
  pressed: boolean;
  onToggle: () => void;
}

/**
 * Renders one large on/off toggle button for a display mode, with a line under it saying what
 * the mode does. The hint stays outside the button so the button's name is its visible label,
 * as speech-input users say it, and is linked as its description.
 */
export function ModeToggle({ id, label, hint, pressed, onToggle }: ModeToggleProps) {
  return (
    <div class="mode-choice">
      <button
        id={id}
        type="button"
        class="button button--large button--toggle"
        aria-pressed={pressed}
        aria-describedby={`${id}-hint`}
        onClick={onToggle}
      >
        {label}
      </button>
      <p id={`${id}-hint`} class="mode-choice__hint">
        {hint}
      </p>
    </div>
  );
}

interface ModeGroupProps {
  id: string;
  label: string;
  children: ComponentChildren;
}

/** Renders a labelled row of toggle buttons for a mode with more than two settings. */
export function ModeGroup({ id, label, children }: ModeGroupProps) {
  return (
    <div class="mode-group" role="group" aria-labelledby={id}>
      <p id={id} class="mode-group__label">
        {label}
      </p>
      <div class="mode-group__options">{children}</div>
    </div>
  );
}

function HighContrastChoice() {
  const { t } = useTranslation();
  const [settings, update] = useDisplaySettings();
  return (
    <ModeToggle
      id="start-high-contrast"
      label={t('settings.highContrast')}
      hint={t('session.highContrastHint')}
      pressed={settings.highContrast}
      onToggle={() => update({ highContrast: !settings.highContrast })}
    />
  );
}

function TextSizeChoice() {
  const { t } = useTranslation();
  const [settings, update] = useDisplaySettings();
  return (
    <ModeGroup id="start-text-size" label={t('settings.textSize')}>
      {TEXT_SIZES.map((size) => (
        <button
          key={size}
          type="button"
          class="button button--large button--toggle"
          aria-pressed={settings.textSize === size}
          onClick={() => update({ textSize: size })}
        >
          {t('settings.textSizeOption', { size })}
        </button>
      ))}
    </ModeGroup>
  );
}

function SpeechChoice() {
  const { t } = useTranslation();
  const { enabled } = useSpeechSettings();
  if (!isSpeechSupported()) return null;
  return (
    <ModeToggle
      id="start-speech"
      label={t('speech.toggle')}
      hint={t('session.speechHint')}
      pressed={enabled}
      onToggle={() => updateSpeechSettings({ enabled: !enabled })}
    />
  );
}

/** The sign-language toggle, also on the web channel's start screen, where it is the only large mode toggle. */
export function SignLanguageChoice() {
  const { t } = useTranslation();
  const { enabled } = useSignSettings();
  const manifest = useSignManifest();
  // Offered only once the manifest has loaded: a deployment without clips has nothing to show.
  if (manifest?.kind !== 'ready') return null;
  return (
    <ModeToggle
      id={SIGN_TOGGLE_IDS.start}
      label={t('signLanguage.toggle')}
      hint={t('signLanguage.hint')}
      pressed={enabled}
      onToggle={() => toggleSignMode(!enabled, SIGN_TOGGLE_IDS.start)}
    />
  );
}

function ReachChoice() {
  const { t } = useTranslation();
  const [settings, update] = useDisplaySettings();
  if (!isReachLayoutOffered()) return null;
  // reach.css hides the choice on narrow screens, where the layout has no effect.
  return (
    <div class="reach-choice">
      <ModeToggle
        id="start-reach"
        label={t('reach.toggle')}
        hint={t('session.reachHint')}
        pressed={settings.reachLayout}
        onToggle={() => update({ reachLayout: !settings.reachLayout })}
      />
      {settings.reachLayout && (
        <ModeGroup id="start-reach-side" label={t('reach.side')}>
          <ApproachSideButtons large />
        </ModeGroup>
      )}
    </div>
  );
}

/**
 * The display modes a kiosk offers on its start screen, in order. Each entry renders its own
 * ModeToggle or ModeGroup and keeps its own state, so a new mode (reach layout, speech
 * guidance, sign-language video) is one import and one line here. Every mode must also
 * register with onVisitReset() (session/visit-reset.ts) so the next visitor starts without it.
 */
const CHOICES: readonly FunctionComponent[] = [SpeechChoice, SignLanguageChoice, HighContrastChoice, TextSizeChoice, ReachChoice];

/** Large entry points to the display modes, so a visitor can set the screen up before starting. */
export function DisplayModeChoices() {
  const { t } = useTranslation();
  return (
    <section class="mode-choices" aria-labelledby="start-display-modes">
      <h2 id="start-display-modes">{t('session.displayModesTitle')}</h2>
      <div class="mode-choices__list">
        {CHOICES.map((Choice, index) => (
          <Choice key={index} />
        ))}
      </div>
    </section>
  );
}
