import type { TFunction } from 'i18next';
import { useState } from 'preact/hooks';
import type { SignLanguage } from '../../domain/sign-language/manifest.ts';
import type { Locale } from '../../domain/submission.ts';
import { announce } from '../a11y/announcer.ts';
import { formatFileSize } from '../attachment-step/format-file-size.ts';
import { CheckboxesField } from '../form/CheckboxesField.tsx';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { focusField } from '../form/focus-field.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import type { PrefetchResult } from '../sign-language/prefetch-sign-language.ts';
import { usePersistentStorage } from './use-persistent-storage.ts';
import { useSignPrefetch } from './use-sign-prefetch.ts';
import '../styles/sign-prefetch.css';

const TITLE_ID = 'setup-sign-language-title';
const PROGRESS_ID = 'setup-sign-language-progress';
const LANGUAGES_FIELD = 'signLanguages';
/** Id of this section's error summary, apart from the enrolment form's on the same page. */
const ERRORS_ID = 'setup-sign-language-errors';

/** Words the result of a run as one sentence, which is shown and announced alike. */
function resultMessage(result: PrefetchResult, t: TFunction, language: Locale): string {
  const counts = { saved: result.saved, count: result.total, size: formatFileSize(result.bytes, language) };
  if (result.kind === 'someFailed') return t('signLanguage.prefetch.result.someFailed', { ...counts, failed: result.failed.length });
  return t(`signLanguage.prefetch.result.${result.kind}`, counts);
}

/**
 * /setup's section for sign-language videos: staff choose the sign languages and download
 * their videos and captions into the device, so the panel plays them offline. It shows the
 * progress, the result, how much the cache contains and whether the browser keeps the data.
 */
export function SignLanguagePrefetch() {
  const { t, language } = useTranslation();
  const persistent = usePersistentStorage();
  const prefetch = useSignPrefetch();
  const { manifest, run, usage } = prefetch;
  const [languageError, setLanguageError] = useState<string>();
  const running = run.state === 'running';

  const onButton = async () => {
    if (running) {
      prefetch.cancel();
      return;
    }
    if (prefetch.chosen.length === 0) {
      setLanguageError(t('signLanguage.prefetch.noLanguage'));
      // As on the app's other forms, the error summary takes focus, so screen readers read it at once.
      requestAnimationFrame(() => document.getElementById(ERRORS_ID)?.focus());
      return;
    }
    setLanguageError(undefined);
    announce(t('signLanguage.prefetch.started'));
    const result = await prefetch.start();
    if (result) announce(resultMessage(result, t, language));
  };

  const progress = run.state === 'idle' ? undefined : run.progress;
  const result = run.state === 'done' ? run.result : undefined;

  return (
    <section class="sign-prefetch" aria-labelledby={TITLE_ID}>
      <h2 id={TITLE_ID}>{t('signLanguage.prefetch.title')}</h2>
      <p>{t('signLanguage.prefetch.intro')}</p>
      {persistent !== 'checking' && <p class="sign-prefetch__persistent">{t(`signLanguage.prefetch.persistent.${persistent}`)}</p>}

      {manifest.kind === 'loading' && <p>{t('signLanguage.prefetch.loading')}</p>}
      {(manifest.kind === 'missing' || manifest.kind === 'invalid') && <p class="notice">{t(`signLanguage.prefetch.manifest.${manifest.kind}`)}</p>}

      {manifest.kind === 'ready' && (
        <>
          {languageError && <ErrorSummary id={ERRORS_ID} items={[{ field: LANGUAGES_FIELD, message: languageError, linked: true }]} onSelect={focusField} />}
          {/* A change while a download runs applies to the next one. */}
          <CheckboxesField
            view={{ name: LANGUAGES_FIELD, label: t('signLanguage.prefetch.languagesLabel'), required: true, errorMessage: languageError }}
            options={prefetch.languages.map((value) => ({ value, label: t(`signLanguage.prefetch.languages.${value}`) }))}
            value={prefetch.chosen}
            onValueChange={(values) => prefetch.setChosen(values as SignLanguage[])}
          />
          {/* One button that turns into Cancel while running, so focus stays on it throughout. */}
          <button type="button" class={running ? 'button' : 'button button--primary'} onClick={() => void onButton()}>
            {running ? t('signLanguage.prefetch.cancel') : t('signLanguage.prefetch.start')}
          </button>
        </>
      )}

      {progress && (
        <div class="sign-prefetch__progress">
          <label for={PROGRESS_ID}>
            {t('signLanguage.prefetch.progress', { done: progress.done, count: progress.total, size: formatFileSize(progress.bytes, language) })}
          </label>
          <progress id={PROGRESS_ID} max={Math.max(progress.total, 1)} value={progress.done} />
        </div>
      )}

      {result && (
        <div class={result.kind === 'complete' ? 'notice' : 'notice notice--warning'} data-result={result.kind}>
          <p>{resultMessage(result, t, language)}</p>
          {result.kind === 'someFailed' && (
            <>
              <p class="notice__title">{t('signLanguage.prefetch.failedFiles')}</p>
              <ul class="list">
                {result.failed.map((path) => (
                  <li key={path}>
                    <code>{path}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.removed > 0 && <p>{t('signLanguage.prefetch.removed', { count: result.removed })}</p>}
        </div>
      )}

      {usage && <p class="sign-prefetch__usage">{t('signLanguage.prefetch.usage', { count: usage.files, size: formatFileSize(usage.bytes, language) })}</p>}
    </section>
  );
}
