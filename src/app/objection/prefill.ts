import { isEmpty, resolveVisibility, validateStep, type FormContext } from '../../domain/forms/engine.ts';
import { informationRequest } from '../../domain/forms/information-request.ts';
import { OBJECTION_PREFILL_FIELDS } from '../../domain/forms/objection.ts';
import type { FormDefinition, FormValues } from '../../domain/forms/types.ts';
import type { OutboxRecord } from '../outbox/types.ts';
import type { ObjectionPrefill } from './fetch-prefill.ts';

/** How many of the device's requests the objection's source screen offers, newest first. */
export const DEVICE_REQUEST_LIMIT = 5;

/** Returns an objection's answers from a request the server found: its number, agency and the answers it returned. */
export function valuesFromLookup(prefill: ObjectionPrefill): FormValues {
  const values: FormValues = { requestNumber: prefill.registrationNumber, agency: prefill.agency };
  for (const [objectionField, requestField] of Object.entries(OBJECTION_PREFILL_FIELDS)) {
    const value = prefill.values[requestField as keyof ObjectionPrefill['values']];
    if (objectionField !== 'agency' && value !== undefined) values[objectionField] = value;
  }
  return values;
}

/**
 * Returns an objection's answers from a request filed on this device. On a shared kiosk only
 * the number and agency are taken: the next visitor may pick an earlier visitor's request, so
 * its personal answers must stay where they are. Elsewhere the answers still on the device are
 * taken too. Once the server has the request, the device keeps only its personal answers, and
 * after retention none.
 */
export function valuesFromRecord(record: OutboxRecord, shared: boolean): FormValues {
  const values: FormValues = { requestNumber: record.registrationNumber ?? '', agency: record.receipt.agency };
  if (shared) return values;
  const answers = record.payload?.values ?? {};
  for (const [objectionField, requestField] of Object.entries(OBJECTION_PREFILL_FIELDS)) {
    const value = answers[requestField];
    if (objectionField !== 'agency' && typeof value === 'string' && value.trim() !== '') values[objectionField] = value;
  }
  return values;
}

/** Returns the information requests on this device that have a registration number, newest first. */
export function requestsOnDevice(records: readonly OutboxRecord[]): OutboxRecord[] {
  return records
    .filter((record) => record.receipt.formId === informationRequest.id && record.registrationNumber !== undefined)
    .slice(0, DEVICE_REQUEST_LIMIT);
}

/**
 * Returns the steps the visitor need not see after a prefill: every field the step shows got
 * an answer from the request, and the step has no error with them. Steps with attachments are
 * never skipped. Skipped steps stay reachable from the review screen's change links.
 */
export function skippedStepsFor(definition: FormDefinition, draft: FormValues, prefilled: FormValues, context: FormContext): string[] {
  const { shown } = resolveVisibility(definition, draft);
  return definition.steps
    .filter((step) => {
      if (step.attachments) return false;
      const fields = step.fields.filter((field) => shown.has(field));
      if (fields.length === 0 || fields.some((field) => isEmpty(prefilled[field]))) return false;
      return validateStep(definition, step.id, draft, context).length === 0;
    })
    .map((step) => step.id);
}
