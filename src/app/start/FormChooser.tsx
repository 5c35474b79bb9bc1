import { formDefinitions } from '../../domain/forms/registry.ts';
import { screenTopic } from '../../domain/sign-language/topics.ts';
import { SCREEN_HEADING_ID, ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { useTranslation } from '../i18n/use-translation.ts';

interface FormChooserProps {
  /** The form with answers in progress, which choosing another form clears, or null when there is none. */
  startedFormId: string | null;
  onChoose: (formId: string) => void;
  /** Opens the list of blank forms in braille. */
  onOpenBlankForms: () => void;
  onBack: () => void;
}

/**
 * "Apa yang ingin Anda ajukan?": one large button per form, each with a sentence saying when
 * to use it, linked as the button's description. The buttons form a group, so the arrow keys
 * of a keypad move between them (keyboard/keypad-keys.ts) as well as Tab. Below them, a
 * secondary entry leads to the blank forms in braille, for a blind visitor who wants to read a
 * form's questions first.
 */
export function FormChooser({ startedFormId, onChoose, onOpenBlankForms, onBack }: FormChooserProps) {
  const { t } = useTranslation();
  const started = startedFormId && t(`chooser.options.${startedFormId}.label`);
  return (
    <div class="screen chooser" data-sign-topic={screenTopic('chooser')}>
      <ScreenHeading title={t('chooser.title')} lead={t('chooser.intro')} />
      {started && (
        <p class="notice" data-speech-intro>
          {t('chooser.started', { choice: started })}
        </p>
      )}

      <div class="form-choices" role="group" aria-labelledby={SCREEN_HEADING_ID}>
        {Object.keys(formDefinitions).map((formId) => (
          <div key={formId} class="form-choice">
            <button
              type="button"
              class="button button--large form-choice__button"
              aria-describedby={`choose-${formId}-hint`}
              data-testid={`choose-${formId}`}
              onClick={() => onChoose(formId)}
            >
              {t(`chooser.options.${formId}.label`)}
            </button>
            <p id={`choose-${formId}-hint`} class="form-choice__hint">
              {t(`chooser.options.${formId}.when`)}
            </p>
          </div>
        ))}
      </div>

      <div class="chooser__braille">
        <button type="button" class="button button--secondary" aria-describedby="chooser-braille-hint" onClick={onOpenBlankForms}>
          {t('braille.blankForms.open')}
        </button>
        <p id="chooser-braille-hint" class="form-choice__hint">
          {t('braille.blankForms.openHint')}
        </p>
      </div>

      <div class="button-row">
        <button type="button" class="button button--secondary" onClick={onBack}>
          {t('step.back')}
        </button>
      </div>
    </div>
  );
}
