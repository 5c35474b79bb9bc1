import type { SubmitFailureReason } from '../flow/flow-state.ts';
import { useTranslation } from '../i18n/use-translation.ts';

export const SUBMIT_FAILURE_ID = 'submit-failure';

/** Says why the request was not sent and what to do, and that nothing entered was lost. */
export function SubmitFailureNotice({ reason }: { reason: SubmitFailureReason }) {
  const { t } = useTranslation();
  return (
    <div id={SUBMIT_FAILURE_ID} class="error-summary" tabIndex={-1} role="alert" aria-labelledby="submit-failure-title">
      <h2 id="submit-failure-title" class="error-summary__title">
        {t('submitFailure.title')}
      </h2>
      <p>{t(`submitFailure.${reason}`)}</p>
      <p>{t('submitFailure.draftKept')}</p>
    </div>
  );
}
