import { complaint } from './complaint.ts';
import { informationRequest } from './information-request.ts';
import { objection } from './objection.ts';
import type { FormDefinition } from './types.ts';

/** Every form the kiosk offers, by id, in the order the chooser lists them. */
export const formDefinitions: Readonly<Record<string, FormDefinition>> = {
  [informationRequest.id]: informationRequest,
  [objection.id]: objection,
  [complaint.id]: complaint,
};

export function findFormDefinition(formId: string): FormDefinition | undefined {
  return Object.hasOwn(formDefinitions, formId) ? formDefinitions[formId] : undefined;
}
