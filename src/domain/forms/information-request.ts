import type { FormDefinition } from './types.ts';

/**
 * Formulir Permohonan Informasi Publik: the minimum content of a request under UU 14/2008
 * (Keterbukaan Informasi Publik) and the form layout of Perki 1/2021 (Peraturan Komisi
 * Informasi No. 1 Tahun 2021 tentang Standar Layanan Informasi Publik).
 *
 * Step order puts the contact step last because which contact fields are required depends on
 * how a copy is delivered: e-mail delivery requires an e-mail address, fax delivery a fax number.
 */
export const informationRequest: FormDefinition = {
  id: 'information-request',
  version: 1,
  series: 'PI',
  deadline: { answerWorkingDays: 10, extensionWorkingDays: 7 },
  agencyField: 'agency',
  receiptFields: ['agency', 'details', 'accessMethod', 'copyFormat', 'copyDelivery'],
  fields: [
    // Perorangan shows a KTP (NIK); kelompok orang files through a member with a KTP;
    // badan hukum gives the SK number of its deed's approval by Kemenkumham.
    { name: 'applicantType', type: 'radio', required: true, options: ['individual', 'group', 'legalEntity'] },
    {
      name: 'nik',
      type: 'nik',
      personal: true,
      visibleWhen: { field: 'applicantType', in: ['individual', 'group'] },
      required: { field: 'applicantType', in: ['individual', 'group'] },
    },
    {
      name: 'legalEntitySk',
      type: 'text',
      maxLength: 100,
      visibleWhen: { field: 'applicantType', in: ['legalEntity'] },
      required: { field: 'applicantType', in: ['legalEntity'] },
    },
    { name: 'name', type: 'text', required: true, maxLength: 150, personal: true, autocomplete: 'name' },
    { name: 'occupation', type: 'text', maxLength: 100, autocomplete: 'organization-title' },

    // Someone filing on another's behalf needs a surat kuasa khusus (special power of attorney).
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
      name: 'proxyNik',
      type: 'nik',
      personal: true,
      visibleWhen: { field: 'byProxy', in: ['yes'] },
      required: { field: 'byProxy', in: ['yes'] },
    },
    {
      name: 'proxyPhone',
      type: 'tel',
      personal: true,
      visibleWhen: { field: 'byProxy', in: ['yes'] },
    },

    { name: 'agency', type: 'select', required: true, options: 'agencies' },
    { name: 'details', type: 'textarea', required: true, maxLength: 2000 },
    { name: 'purpose', type: 'textarea', required: true, maxLength: 1000 },

    { name: 'accessMethod', type: 'radio', required: true, options: ['inspect', 'copy'] },
    {
      name: 'copyFormat',
      type: 'radio',
      options: ['hardcopy', 'softcopy'],
      visibleWhen: { field: 'accessMethod', in: ['copy'] },
      required: { field: 'accessMethod', in: ['copy'] },
    },
    {
      name: 'copyDelivery',
      type: 'radio',
      options: ['pickup', 'courier', 'post', 'fax', 'email'],
      visibleWhen: { field: 'accessMethod', in: ['copy'] },
      required: { field: 'accessMethod', in: ['copy'] },
    },

    { name: 'address', type: 'textarea', required: true, maxLength: 500, personal: true, autocomplete: 'street-address' },
    // Phone and e-mail are two fields; at least one is needed to reach the applicant.
    { name: 'phone', type: 'tel', personal: true, autocomplete: 'tel', required: { field: 'email', empty: true } },
    {
      name: 'email',
      type: 'email',
      maxLength: 254,
      personal: true,
      autocomplete: 'email',
      required: { field: 'copyDelivery', in: ['email'] },
    },
    {
      name: 'fax',
      type: 'tel',
      personal: true,
      visibleWhen: { field: 'copyDelivery', in: ['fax'] },
      required: { field: 'copyDelivery', in: ['fax'] },
    },
  ],
  steps: [
    { id: 'applicant', fields: ['applicantType', 'nik', 'legalEntitySk', 'name', 'occupation'] },
    { id: 'proxy', fields: ['byProxy', 'proxyName', 'proxyNik', 'proxyPhone'] },
    { id: 'request', fields: ['agency', 'details', 'purpose'] },
    { id: 'delivery', fields: ['accessMethod', 'copyFormat', 'copyDelivery'] },
    { id: 'contact', fields: ['address', 'phone', 'email', 'fax'] },
  ],
};
