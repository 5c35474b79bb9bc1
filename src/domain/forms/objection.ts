import type { FormDefinition } from './types.ts';

/**
 * The reasons for an objection, UU 14/2008 Pasal 35 ayat 1 huruf a–g (restated in Perki 1/2021
 * Pasal 39), in the law's order. Each screen shows the letter and a plain explanation.
 */
export const OBJECTION_REASONS = [
  'exemptionRefusal', // a. refused on the grounds of an exemption (Pasal 17)
  'periodicNotPublished', // b. informasi berkala not published (Pasal 9)
  'notAnswered', // c. request not answered
  'answeredOtherwise', // d. answered other than as asked
  'notFulfilled', // e. request not fulfilled
  'unreasonableFees', // f. unreasonable fees charged
  'lateDelivery', // g. delivered later than the law allows
] as const;

/**
 * Formulir Keberatan: an objection to how a PPID handled an information request. It names the
 * original request by its registration number; the Atasan PPID (the PPID's superior) answers
 * within 30 working days (UU 14/2008 Pasal 36), with no extension.
 *
 * The request, agency, purpose and identity fields share their names with the information
 * request, so a request the visitor picks or looks up fills them (OBJECTION_PREFILL_FIELDS)
 * and the visitor is not asked again (WCAG 3.3.7 Redundant Entry).
 */
export const objection: FormDefinition = {
  id: 'objection',
  version: 1,
  series: 'KB',
  deadline: { answerWorkingDays: 30, extensionWorkingDays: 0 },
  agencyField: 'agency',
  receiptFields: ['requestNumber', 'agency', 'reasons'],
  fields: [
    { name: 'requestNumber', type: 'text', required: true, maxLength: 100 },
    { name: 'agency', type: 'select', required: true, options: 'agencies' },
    { name: 'purpose', type: 'textarea', required: true, maxLength: 1000 },

    { name: 'reasons', type: 'checkboxes', required: true, options: OBJECTION_REASONS },
    // Kasus posisi: the applicant's own account of what happened.
    { name: 'caseDetails', type: 'textarea', required: true, maxLength: 3000 },

    { name: 'name', type: 'text', required: true, maxLength: 150, personal: true, autocomplete: 'name' },
    { name: 'occupation', type: 'text', maxLength: 100, autocomplete: 'organization-title' },
    { name: 'address', type: 'textarea', required: true, maxLength: 500, personal: true, autocomplete: 'street-address' },
    { name: 'phone', type: 'tel', personal: true, autocomplete: 'tel', required: { field: 'email', empty: true } },
    { name: 'email', type: 'email', maxLength: 254, personal: true, autocomplete: 'email' },

    // An objection may be lodged by a proxy (kuasa) holding a surat kuasa khusus.
    { name: 'byProxy', type: 'radio', required: true, options: ['no', 'yes'] },
    {
      name: 'proxyName',
      type: 'text',
      maxLength: 150,
      personal: true,
      visibleWhen: { field: 'byProxy', in: ['yes'] },
      required: { field: 'byProxy', in: ['yes'] },
    },
    {
      name: 'proxyAddress',
      type: 'textarea',
      maxLength: 500,
      personal: true,
      visibleWhen: { field: 'byProxy', in: ['yes'] },
      required: { field: 'byProxy', in: ['yes'] },
    },
    { name: 'proxyOccupation', type: 'text', maxLength: 100, visibleWhen: { field: 'byProxy', in: ['yes'] } },
    {
      name: 'proxyPhone',
      type: 'tel',
      personal: true,
      visibleWhen: { field: 'byProxy', in: ['yes'] },
      required: { field: 'byProxy', in: ['yes'] },
    },
  ],
  steps: [
    { id: 'request', fields: ['requestNumber', 'agency', 'purpose'] },
    { id: 'reasons', fields: ['reasons', 'caseDetails'] },
    { id: 'applicant', fields: ['name', 'occupation', 'address', 'phone', 'email'] },
    { id: 'proxy', fields: ['byProxy', 'proxyName', 'proxyAddress', 'proxyOccupation', 'proxyPhone'] },
    { id: 'attachments', fields: [], attachments: true },
  ],
};

/**
 * Fields an objection takes from its original request: objection field → request field. The
 * proxy of the request is not carried over, because an objection may have another proxy or none.
 */
export const OBJECTION_PREFILL_FIELDS: Readonly<Record<string, string>> = {
  agency: 'agency',
  purpose: 'purpose',
  name: 'name',
  occupation: 'occupation',
  address: 'address',
  phone: 'phone',
  email: 'email',
};
