import type { AttachmentLimits } from '../../domain/attachments/limits.ts';
import { type FormContext, validateForm } from '../../domain/forms/engine.ts';
import { findFormDefinition } from '../../domain/forms/registry.ts';
import type { FormDefinition, FormValues } from '../../domain/forms/types.ts';
import { isProvisionalCode } from '../../domain/provisional-code.ts';
import { CHANNELS, LOCALES, type SubmissionPayload } from '../../domain/submission.ts';
import { isTrackingCode, normalizeTrackingCode } from '../../domain/tracking-code.ts';
import type { ErrorField } from './api-error.ts';
import { checkAttachmentRefs } from './check-attachment-refs.ts';
import { isIsoDateTime } from './iso-date-time.ts';

/** Maximum length of deviceId, in UTF-16 code units. */
export const MAX_DEVICE_ID_LENGTH = 100;

// deviceId is an identifier, so a control character in it is a client fault. Line separators
// and bidirectional controls are rejected too, because the staff export shows the id.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENVELOPE_KEYS = ['id', 'formId', 'formVersion', 'capturedAt', 'channel', 'deviceId', 'locale', 'provisionalCode', 'values'];
/** Envelope keys that submissions queued by older releases, or without files, lack. */
const OPTIONAL_ENVELOPE_KEYS = ['trackingCode', 'blockNumber', 'attachments'];

export type SubmissionCheck =
  | { ok: true; payload: SubmissionPayload; definition: FormDefinition }
  | { ok: false; fields: ErrorField[] };

/**
 * Checks a decoded request body against SubmissionPayload, then its form values with the
 * domain's validateForm in `context`. Errors on envelope keys name the key (`deviceId`), errors
 * on form values name the field (`nik`), as validateForm does, and errors on attachments name
 * `attachments` or `attachments.N` (see checkAttachmentRefs). Codes that are not in the
 * domain's FieldErrorCode: 'invalid' (wrong type or format), 'unknownForm', 'unsupportedVersion'
 * and the attachment codes. The stored files are not looked at here.
 * The returned payload has its id in lowercase and its tracking code normalised, so neither
 * an id's case nor the dashes in a code make two submissions.
 */
export function checkSubmissionPayload(body: Record<string, unknown>, context: FormContext, limits: AttachmentLimits): SubmissionCheck {
  const fields = checkEnvelope(body);
  const definition = typeof body.formId === 'string' ? findFormDefinition(body.formId) : undefined;
  if (body.attachments !== undefined) fields.push(...checkAttachmentsOfForm(body.attachments, definition, limits));
  const valueTypeErrors = isRecord(body.values) ? checkValueTypes(body.values, definition) : [];
  fields.push(...valueTypeErrors);

  // NOTE: the registry contains only the current version of each form, so a submission that
  // a device queued under an older version is rejected rather than checked against rules that
  // no longer apply. Raising a form's version needs a plan for submissions still queued.
  const versionSupported = !definition || !isFormVersion(body.formVersion) || body.formVersion === definition.version;
  if (!versionSupported) fields.push({ field: 'formVersion', code: 'unsupportedVersion' });

  // validateForm assumes strings and string arrays, so it runs only on well-typed values.
  if (definition && versionSupported && isRecord(body.values) && valueTypeErrors.length === 0) {
    fields.push(...validateForm(definition, body.values as FormValues, context));
  }

  if (fields.length > 0 || !definition) return { ok: false, fields };
  const payload = { ...body, id: (body.id as string).toLowerCase() } as unknown as SubmissionPayload;
  if (payload.trackingCode !== undefined) payload.trackingCode = normalizeTrackingCode(payload.trackingCode);
  return { ok: true, payload, definition };
}

function checkEnvelope(body: Record<string, unknown>): ErrorField[] {
  const fields: ErrorField[] = [];
  const fail = (field: string, code: string, max?: number): void => {
    fields.push(max === undefined ? { field, code } : { field, code, max });
  };

  for (const key of Object.keys(body)) {
    if (!ENVELOPE_KEYS.includes(key) && !OPTIONAL_ENVELOPE_KEYS.includes(key)) fail(key, 'unknownField');
  }
  for (const key of ENVELOPE_KEYS) {
    if (body[key] === undefined) fail(key, 'required');
  }

  if (body.id !== undefined && (typeof body.id !== 'string' || !UUID.test(body.id))) fail('id', 'invalid');

  if (body.formId !== undefined) {
    if (typeof body.formId !== 'string') fail('formId', 'invalid');
    else if (!findFormDefinition(body.formId)) fail('formId', 'unknownForm');
  }

  if (body.formVersion !== undefined && !isFormVersion(body.formVersion)) fail('formVersion', 'invalid');

  if (body.capturedAt !== undefined && (typeof body.capturedAt !== 'string' || !isIsoDateTime(body.capturedAt))) {
    fail('capturedAt', 'invalid');
  }

  checkOption(body, 'channel', CHANNELS, fail);
  checkOption(body, 'locale', LOCALES, fail);
  checkString(body, 'deviceId', { min: 1, max: MAX_DEVICE_ID_LENGTH }, fail);
  if (body.provisionalCode !== undefined && !(typeof body.provisionalCode === 'string' && isProvisionalCode(body.provisionalCode))) {
    fail('provisionalCode', 'invalid');
  }

  if (body.trackingCode !== undefined && !(typeof body.trackingCode === 'string' && isTrackingCode(normalizeTrackingCode(body.trackingCode)))) {
    fail('trackingCode', 'invalid');
  }
  if (body.blockNumber !== undefined && !isBlockNumber(body.blockNumber)) fail('blockNumber', 'invalid');

  if (body.values !== undefined && !isRecord(body.values)) fail('values', 'invalid');
  return fields;
}

/**
 * Checks attachments against the limits. A form without an attachments step takes none, so a
 * non-empty list for it gets 'unknownField'.
 */
function checkAttachmentsOfForm(attachments: unknown, definition: FormDefinition | undefined, limits: AttachmentLimits): ErrorField[] {
  const takesAttachments = definition === undefined || definition.steps.some((step) => step.attachments === true);
  if (!takesAttachments && Array.isArray(attachments) && attachments.length > 0) return [{ field: 'attachments', code: 'unknownField' }];
  return checkAttachmentRefs(attachments, limits);
}

/** True for `{blockId, seq}` with two positive safe integers and no other key. */
function isBlockNumber(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const keysMatch = Object.keys(value).every((key) => key === 'blockId' || key === 'seq');
  return keysMatch && isPositiveSafeInteger(value.blockId) && isPositiveSafeInteger(value.seq);
}

function isPositiveSafeInteger(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 1;
}

/**
 * Flags answers of the wrong JSON type as 'invalid': anything but a string or an array of
 * strings, and, for a field of the form, an array where the field takes text or text where
 * it takes checkboxes. Unknown fields are left to validateForm.
 */
function checkValueTypes(values: Record<string, unknown>, definition: FormDefinition | undefined): ErrorField[] {
  const errors: ErrorField[] = [];
  for (const [name, value] of Object.entries(values)) {
    const isText = typeof value === 'string';
    const isTextList = Array.isArray(value) && value.every((item) => typeof item === 'string');
    const field = definition?.fields.find((candidate) => candidate.name === name);
    let typeMatches: boolean;
    if (field === undefined) typeMatches = isText || isTextList;
    else if (field.type === 'checkboxes') typeMatches = isTextList;
    else typeMatches = isText;
    if (!typeMatches) errors.push({ field: name, code: 'invalid' });
  }
  return errors;
}

type Fail = (field: string, code: string, max?: number) => void;

function checkOption(body: Record<string, unknown>, key: string, options: readonly string[], fail: Fail): void {
  const value = body[key];
  if (value === undefined) return;
  if (typeof value !== 'string') fail(key, 'invalid');
  else if (!options.includes(value)) fail(key, 'optionInvalid');
}

function checkString(body: Record<string, unknown>, key: string, length: { min: number; max: number }, fail: Fail): void {
  const value = body[key];
  if (value === undefined) return;
  if (typeof value !== 'string' || CONTROL_CHARACTER.test(value)) fail(key, 'invalid');
  else if (value.length > length.max) fail(key, 'tooLong', length.max);
  else if (value.trim().length < length.min) fail(key, 'required');
}

function isFormVersion(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1;
}

/** True for a JSON object; arrays and null are not records. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
