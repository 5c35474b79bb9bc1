import { useRef, useState } from 'preact/hooks';
import { offeredAgencies, type KioskConfig } from '../../domain/config.ts';
import { validateForm } from '../../domain/forms/engine.ts';
import { formContextFrom } from '../../domain/forms/form-context.ts';
import type { FormDefinition, FormValues } from '../../domain/forms/types.ts';
import type { Locale, SubmissionPayload } from '../../domain/submission.ts';
import { announce } from '../a11y/announcer.ts';
import type { DraftAttachment } from '../attachments/types.ts';
import { getDeviceIdentity } from '../device.ts';
import { formNounKey } from '../i18n/form-keys.ts';
import { currentLocale, i18n } from '../i18n/i18n.ts';
import type { NumberingContext } from '../outbox/outbox.ts';
import { submitSubmission, type SubmitResult } from '../outbox/submit.ts';
import type { ReceiptSummary } from '../outbox/types.ts';
import { buildSubmission } from './build-submission.ts';
import type { FlowAction } from './flow-state.ts';

/**
 * submitSubmission as the outbox branch extends it: it also takes the attachments, and its
 * 'queued' result names the files it could not keep because the device's storage was full.
 *
 * TODO: call submitSubmission directly once the outbox branch's submit.ts is merged. The
 * current one ignores the fourth argument, which the assignment below allows.
 */
type SubmitWithAttachments = (
  payload: SubmissionPayload,
  receipt: ReceiptSummary,
  numbering: NumberingContext,
  attachments: DraftAttachment[],
) => Promise<Exclude<SubmitResult, { kind: 'queued' }> | { kind: 'queued'; id: string; droppedFiles?: string[] }>;
const submitWithAttachments: SubmitWithAttachments = submitSubmission;

/**
 * Validates the whole draft, then hands it and its attachments to the outbox. While a
 * submission is pending, further calls do nothing: the ref closes the gap before `pending`
 * re-renders the button, so a double tap cannot queue the form twice.
 */
export function useSubmission(
  config: KioskConfig,
  dispatch: (action: FlowAction) => void,
): { pending: boolean; submit: (definition: FormDefinition, draft: FormValues, attachments: readonly DraftAttachment[]) => Promise<void> } {
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);

  const submit = async (definition: FormDefinition, draft: FormValues, attachments: readonly DraftAttachment[]) => {
    if (inFlight.current) return;
    const errors = validateForm(definition, draft, formContextFrom(config, offeredAgencies(config), new Date()));
    if (errors.length > 0) {
      dispatch({ type: 'showErrors', errors });
      return;
    }

    inFlight.current = true;
    setPending(true);
    const locale: Locale = currentLocale();
    announce(i18n.t('review.announceSubmitting', { kind: i18n.t(formNounKey(definition.id)) }));
    try {
      const { payload, receipt } = buildSubmission(definition, draft, locale, getDeviceIdentity(), new Date(), attachments);
      const numbering = { registrationPattern: config.registrationPattern, timeZone: config.timeZone, series: definition.series };
      const result = await submitWithAttachments(payload, receipt, numbering, [...attachments]);
      if (result.kind === 'queued') {
        dispatch({ type: 'submitted', source: { kind: 'outbox', id: result.id, droppedFiles: result.droppedFiles } });
      } else if (result.kind === 'sent') {
        dispatch({ type: 'submitted', source: { kind: 'memory', record: result.record } });
      } else {
        dispatch({ type: 'submitFailed', reason: result.reason, errors: result.fields ?? [] });
      }
    } catch (error) {
      // The outbox rethrows storage errors it cannot classify. The draft stays on screen.
      console.error('Submitting the form failed unexpectedly', error);
      dispatch({ type: 'submitFailed', reason: 'unexpected', errors: [] });
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  };

  return { pending, submit };
}
