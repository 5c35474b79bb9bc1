import { FIELD_ERROR_CODES, type FieldErrorCode, type FormDefinition } from '../forms/types.ts';
import type { SignClip, SignLanguage, SignManifest } from './manifest.ts';

/**
 * Topic keys name what a sign-language clip explains. The app marks each part of a screen with
 * its key (data-sign-topic) and plays the clip of the most specific key that has one:
 *
 * - `screen.<screen>`: a whole screen (SIGN_SCREENS)
 * - `step.<formId>.<stepId>`: what a form step requests
 * - `field.<formId>.<field>`, falling back to `field.<field>`: what a field means; the short
 *   form lets a city record one clip for a field that every form shares, such as `nik`
 * - `error.<formId>.<field>.<code>`, falling back to `error.<code>`: what is wrong and how to fix it
 * - `errors.summary`: the list of problems shown when a step cannot continue
 * - `receipt.<formId>`, falling back to `screen.receipt`: the receipt of one kind of form
 */

export const SIGN_SCREENS = [
  'start',
  'chooser',
  'objectionSource',
  'review',
  'receipt',
  'receipts',
  'blankForms',
  'braille',
  'status',
] as const;
export type SignScreen = (typeof SIGN_SCREENS)[number];

export const screenTopic = (screen: SignScreen): string => `screen.${screen}`;
export const stepTopic = (formId: string, stepId: string): string => `step.${formId}.${stepId}`;
export const fieldTopic = (formId: string, field: string): string => `field.${formId}.${field}`;
export const errorTopic = (formId: string, field: string, code: string): string => `error.${formId}.${field}.${code}`;
export const ERROR_SUMMARY_TOPIC = 'errors.summary';
export const receiptTopic = (formId: string): string => `receipt.${formId}`;

/** Keys to try for `topic`, most specific first. */
export function fallbackTopics(topic: string): string[] {
  const parts = topic.split('.');
  if (parts[0] === 'field' && parts.length === 3) return [topic, `field.${parts[2]}`];
  if (parts[0] === 'error' && parts.length === 4) return [topic, `error.${parts[3]}`];
  if (parts[0] === 'receipt' && parts.length === 2) return [topic, 'screen.receipt'];
  return [topic];
}

/** Finds the clip for `topic` in `language`, trying its fallbacks. Returns undefined when none is recorded. */
export function findSignClip(
  manifest: SignManifest,
  language: SignLanguage,
  topic: string,
): { key: string; clip: SignClip } | undefined {
  const clips = manifest.languages[language];
  if (!clips) return undefined;
  for (const key of fallbackTopics(topic)) {
    const clip = clips[key];
    if (clip) return { key, clip };
  }
  return undefined;
}

/**
 * Lists every key the app can request with these forms and error codes, canonical and fallback
 * forms both, sorted. The content checker uses it to name keys a manifest misspells.
 */
export function allSignTopics(definitions: readonly FormDefinition[], errorCodes: readonly FieldErrorCode[] = FIELD_ERROR_CODES): string[] {
  const keys = new Set<string>(SIGN_SCREENS.map(screenTopic));
  keys.add(ERROR_SUMMARY_TOPIC);
  for (const code of errorCodes) keys.add(`error.${code}`);
  for (const definition of definitions) {
    keys.add(receiptTopic(definition.id));
    for (const step of definition.steps) keys.add(stepTopic(definition.id, step.id));
    for (const field of definition.fields) {
      keys.add(fieldTopic(definition.id, field.name));
      keys.add(`field.${field.name}`);
      for (const code of errorCodes) keys.add(errorTopic(definition.id, field.name, code));
    }
  }
  return [...keys].sort();
}
