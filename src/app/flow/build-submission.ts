import { normalizeValues } from '../../domain/forms/engine.ts';
import type { FormDefinition, FormValues } from '../../domain/forms/types.ts';
import { createProvisionalCode } from '../../domain/provisional-code.ts';
import type { Channel, Locale, SubmissionPayload } from '../../domain/submission.ts';
import { createTrackingCode } from '../../domain/tracking-code.ts';
import { maskNik } from '../../domain/validation/nik.ts';
import type { DraftAttachment } from '../attachments/types.ts';
import type { ReceiptSummary } from '../outbox/types.ts';

export interface BuiltSubmission {
  payload: SubmissionPayload;
  receipt: ReceiptSummary;
}

/**
 * Builds the payload to queue and the receipt summary to keep from a draft that validateForm
 * accepted. The receipt takes the definition's receiptFields, which hold no personal data,
 * and for the visitor's own printed copy the name and the masked NIK. Attachments go into the
 * payload as references (the outbox stores and uploads their bytes) and onto the receipt by
 * name and size.
 */
export function buildSubmission(
  definition: FormDefinition,
  draft: FormValues,
  locale: Locale,
  device: { deviceId: string; channel: Channel },
  now: Date = new Date(),
  attachments: readonly DraftAttachment[] = [],
): BuiltSubmission {
  const values = normalizeValues(definition, draft);
  const capturedAt = now.toISOString();
  const provisionalCode = createProvisionalCode();

  const payload: SubmissionPayload = {
    id: crypto.randomUUID(),
    formId: definition.id,
    formVersion: definition.version,
    capturedAt,
    channel: device.channel,
    deviceId: device.deviceId,
    locale,
    provisionalCode,
    trackingCode: createTrackingCode(),
    values,
  };
  if (attachments.length > 0) {
    payload.attachments = attachments.map(({ sha256, name, type, size }) => ({ sha256, name, type, size }));
  }

  const answers: ReceiptSummary['answers'] = {};
  for (const field of definition.receiptFields) {
    const value = values[field];
    if (value !== undefined) answers[field] = value;
  }
  const agency = values[definition.agencyField];
  const receipt: ReceiptSummary = {
    formId: definition.id,
    agency: typeof agency === 'string' ? agency : '',
    capturedAt,
    provisionalCode,
    answers,
  };
  if (attachments.length > 0) receipt.attachments = attachments.map(({ name, size }) => ({ name, size }));
  const name = values.name;
  if (typeof name === 'string' && name !== '') {
    const nik = values.nik;
    receipt.applicant = typeof nik === 'string' && nik !== '' ? { name, nikMasked: maskNik(nik) } : { name };
  }
  return { payload, receipt };
}
