import { ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { LanguageButtons } from '../display/LanguageButtons.tsx';
import { useTranslation } from '../i18n/use-translation.ts';

interface StartScreenProps {
  /** Name of the public body from the configuration, such as "Pemerintah Kota Tangerang". */
  body: string;
  onBegin: () => void;
}

/**
 * The first screen: which body this is, a choice of language as large buttons, and "Mulai"
 * before the list of what to bring, so that on a phone it is near the top.
 */
export function StartScreen({ body, onBegin }: StartScreenProps) {
  const { t } = useTranslation();
  return (
    <div class="screen start">
      <ScreenHeading caption={body} title={t('start.title')} />
      <p class="lead">{t('start.intro')}</p>

      <div class="start__languages" role="group" aria-labelledby="start-language">
        <p id="start-language" class="start__languages-label">
          {t('start.chooseLanguage')}
        </p>
        <LanguageButtons large />
      </div>

      <div class="button-row">
        <button type="button" class="button button--primary button--large" onClick={onBegin}>
          {t('start.begin')}
        </button>
      </div>

      <h2>{t('start.prepareTitle')}</h2>
      <ul class="list">
        <li>{t('start.prepareIdentity')}</li>
        <li>{t('start.prepareProxy')}</li>
      </ul>
      <p>{t('start.help')}</p>

    </div>
  );
}
