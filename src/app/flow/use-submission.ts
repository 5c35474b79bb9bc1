import { useRef, useState } from 'preact/hooks';
import { offeredAgencies, type KioskConfig } from '../../domain/config.ts';
import { validateForm } from '../../domain/forms/engine.ts';
import type { FormDefinition, FormValues } from '../../domain/forms/types.ts';
import { announce } from '../a11y/announcer.ts';
import { getDeviceIdentity } from '../device.ts';
import { currentLocale, i18n } from '../i18n/i18n.ts';
import { submitSubmission } from '../outbox/submit.ts';
import { buildSubmission } from './build-submission.ts';
import type { FlowAction } from './flow-state.ts';

/**
 * Validates the whole draft, then hands it to the outbox. While a submission is pending,
 * further calls do nothing: the ref closes the gap before `pending` re-renders the button,
 * so a double tap cannot queue the request twice.
 */
export function useSubmission(
  definition: FormDefinition,
  config: KioskConfig,
  dispatch: (action: FlowAction) => void,
): { pending: boolean; submit: (draft: FormValues) => Promise<void> } {
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);

  const submit = async (draft: FormValues) => {
    if (inFlight.current) return;
    const errors = validateForm(definition, draft, { agencyCodes: offeredAgencies(config).map((agency) => agency.code) });
    if (errors.length > 0) {
      dispatch({ type: 'showErrors', errors });
      return;
    }

    inFlight.current = true;
    setPending(true);
    announce(i18n.t('review.announceSubmitting'));
    try {
      const { payload, receipt } = buildSubmission(definition, draft, currentLocale(), getDeviceIdentity());
      const numbering = { registrationPattern: config.registrationPattern, timeZone: config.timeZone, series: definition.series };
      const result = await submitSubmission(payload, receipt, numbering);
      if (result.kind === 'queued') dispatch({ type: 'submitted', source: { kind: 'outbox', id: result.id } });
      else if (result.kind === 'sent') dispatch({ type: 'submitted', source: { kind: 'memory', record: result.record } });
      else dispatch({ type: 'submitFailed', reason: result.reason, errors: result.fields ?? [] });
    } catch (error) {
      // The outbox rethrows storage errors it cannot classify. The draft stays on screen.
      console.error('Submitting the request failed unexpectedly', error);
      dispatch({ type: 'submitFailed', reason: 'unexpected', errors: [] });
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  };

  return { pending, submit };
}
