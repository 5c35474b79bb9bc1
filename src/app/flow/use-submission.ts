import { useRef, useState } from 'preact/hooks';
import { offeredAgencies, type KioskConfig } from '../../domain/config.ts';
import { validateForm } from '../../domain/forms/engine.ts';
import { formContextFrom } from '../../domain/forms/form-context.ts';
import type { FormDefinition, FormValues } from '../../domain/forms/types.ts';
import type { Locale } from '../../domain/submission.ts';
import { announce } from '../a11y/announcer.ts';
import type { DraftAttachment } from '../attachments/types.ts';
import { getDeviceIdentity } from '../device.ts';
import { formNounKey } from '../i18n/form-keys.ts';
import { currentLocale, i18n } from '../i18n/i18n.ts';
import { submitSubmission } from '../outbox/submit.ts';
import { buildSubmission } from './build-submission.ts';
import type { FlowAction } from './flow-state.ts';

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
      const result = await submitSubmission(payload, receipt, numbering, attachments);
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
