import { informationRequest } from './information-request.ts';
import type { FormDefinition } from './types.ts';

/** Every form the kiosk offers, by id. Objection and complaint forms join here as new definitions. */
export const formDefinitions: Readonly<Record<string, FormDefinition>> = {
  [informationRequest.id]: informationRequest,
};

export function findFormDefinition(formId: string): FormDefinition | undefined {
  return Object.hasOwn(formDefinitions, formId) ? formDefinitions[formId] : undefined;
}
