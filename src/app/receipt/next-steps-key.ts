/** The text each form's receipt shows under "Langkah berikutnya": where to turn if the answer does not come or does not satisfy. */
const NEXT_STEPS_KEYS: Readonly<Record<string, string>> = {
  'information-request': 'receipt.objection',
  objection: 'receipt.nextStepsObjection',
  complaint: 'receipt.nextStepsComplaint',
};

/** Returns the key of a form's next steps on its receipt, the information request's for a form this release does not know. */
export function nextStepsKey(formId: string): string {
  return NEXT_STEPS_KEYS[formId] ?? 'receipt.objection';
}
