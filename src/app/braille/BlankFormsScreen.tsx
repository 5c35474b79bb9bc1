import { formDefinitions } from '../../domain/forms/registry.ts';
import { screenTopic } from '../../domain/sign-language/topics.ts';
import { SCREEN_HEADING_ID, ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { formTitleKey } from '../i18n/form-keys.ts';
import { useTranslation } from '../i18n/use-translation.ts';

interface BlankFormsScreenProps {
  onOpen: (formId: string) => void;
  onBack: () => void;
}

/**
 * "Formulir Braille kosong": one large button per form, each leading to that form's questions
 * in braille, with the chooser's sentence on when to use it. Like the chooser, the buttons form
 * a group, so a keypad's arrow keys move between them.
 */
export function BlankFormsScreen({ onOpen, onBack }: BlankFormsScreenProps) {
  const { t } = useTranslation();
  return (
    <div class="screen" data-sign-topic={screenTopic('blankForms')}>
      <ScreenHeading title={t('braille.blankForms.title')} lead={t('braille.blankForms.intro')} />
      <div class="form-choices" role="group" aria-labelledby={SCREEN_HEADING_ID}>
        {Object.keys(formDefinitions).map((formId) => (
          <div key={formId} class="form-choice">
            <button
              type="button"
              class="button button--large form-choice__button"
              aria-describedby={`blank-form-${formId}-hint`}
              data-testid={`blank-form-${formId}`}
              onClick={() => onOpen(formId)}
            >
              {t(formTitleKey(formId))}
            </button>
            <p id={`blank-form-${formId}-hint`} class="form-choice__hint">
              {t(`chooser.options.${formId}.when`)}
            </p>
          </div>
        ))}
      </div>
      <div class="button-row">
        <button type="button" class="button button--secondary" onClick={onBack}>
          {t('step.back')}
        </button>
      </div>
    </div>
  );
}
