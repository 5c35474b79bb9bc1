import { screenTopic } from '../../domain/sign-language/topics.ts';
import { ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { isSharedDevice } from '../device.ts';
import { LanguageButtons } from '../display/LanguageButtons.tsx';
import { useTranslation } from '../i18n/use-translation.ts';
import { DisplayModeChoices, SignLanguageChoice } from './DisplayModeChoices.tsx';

interface StartScreenProps {
  /** Name of the public body from the configuration, such as "Pemerintah Kota Tangerang". */
  body: string;
  onBegin: () => void;
  /** Set when a form was started and left: the visitor chooses to continue it or to clear it. */
  onStartOver?: () => void;
}

/**
 * The first screen: which body this is, a choice of language as large buttons (on a kiosk
 * also the display modes), and "Mulai" before the list of what to bring, so that on a phone
 * it is near the top. "Mulai" leads to the choice of form (FormChooser). When someone went
 * back here from a started form, it offers to continue or to clear the answers, so a visitor
 * who walked away does not leave them silently for the next one.
 */
export function StartScreen({ body, onBegin, onStartOver }: StartScreenProps) {
  const { t } = useTranslation();
  return (
    <div class="screen start" data-sign-topic={screenTopic('start')}>
      <ScreenHeading caption={body} title={t('start.title')} lead={t('start.intro')} />

      <div class="start__languages" role="group" aria-labelledby="start-language">
        <p id="start-language" class="start__languages-label">
          {t('start.chooseLanguage')}
        </p>
        <LanguageButtons large />
      </div>

      {/* On a kiosk the settings bar is small for someone who needs these modes most. */}
      {isSharedDevice() && <DisplayModeChoices />}
      {/* A Deaf visitor on their own device finds the videos here too, not only in the folded settings. */}
      {!isSharedDevice() && <SignLanguageChoice />}

      <div class="button-row">
        <button type="button" class="button button--primary button--large" onClick={onBegin}>
          {t(onStartOver ? 'start.continue' : 'start.begin')}
        </button>
        {onStartOver && (
          <button type="button" class="button button--secondary button--large" onClick={onStartOver}>
            {t('start.startOver')}
          </button>
        )}
      </div>

      <h2>{t('start.prepareTitle')}</h2>
      <ul class="list">
        <li>{t('start.prepareIdentity')}</li>
        <li>{t('start.prepareProxy')}</li>
        <li>{t('start.prepareReceipt')}</li>
        <li>{t('start.prepareAttachments')}</li>
      </ul>
      <p>{t('start.help')}</p>

    </div>
  );
}
