import { ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { useTranslation } from '../i18n/use-translation.ts';

/** Shown when the configuration could not be loaded: a calm explanation and a retry. */
export function ConfigErrorScreen({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div class="screen">
      <ScreenHeading title={t('config.failedTitle')} />
      <p>{t('config.failedBody')}</p>
      <p>{t('config.failedHelp')}</p>
      <div class="button-row">
        <button type="button" class="button button--primary" onClick={onRetry}>
          {t('config.retry')}
        </button>
      </div>
    </div>
  );
}
