import type { FieldErrorCode, FormDefinition } from '../../domain/forms/types.ts';
import { FIELD_ERROR_CODES } from '../../domain/forms/types.ts';
import { ERROR_SUMMARY_TOPIC, receiptTopic, screenTopic, SIGN_SCREENS, stepTopic } from '../../domain/sign-language/topics.ts';

/**
 * Codes a visitor never sees: `unknownField` only answers API clients that send a field the
 * form does not have, and the app sends only its own fields.
 */
const CODES_NOT_SHOWN: readonly FieldErrorCode[] = ['unknownField'];

/**
 * The topics a city should record before its sign-language mode is complete: every screen,
 * every form step, every receipt, the error summary and each error a visitor can see. The
 * checker warns about each one that has no clip, after the fallbacks of findSignClip, in the
 * default language. Fields are left out: a step's clip explains its fields.
 */
export function coverageTopics(definitions: readonly FormDefinition[]): string[] {
  const topics: string[] = SIGN_SCREENS.map(screenTopic);
  for (const definition of definitions) {
    for (const step of definition.steps) topics.push(stepTopic(definition.id, step.id));
  }
  for (const definition of definitions) topics.push(receiptTopic(definition.id));
  topics.push(ERROR_SUMMARY_TOPIC);
  for (const code of FIELD_ERROR_CODES) {
    if (!CODES_NOT_SHOWN.includes(code)) topics.push(`error.${code}`);
  }
  return topics;
}
