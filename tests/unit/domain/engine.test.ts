import { describe, expect, it } from 'vitest';
import {
  isEmpty,
  isRequired,
  isVisible,
  normalizeValues,
  resolveVisibility,
  stepOfField,
  validateForm,
  validateFields,
  validateStep,
  type FormContext,
} from '../../../src/domain/forms/engine.ts';
import { informationRequest } from '../../../src/domain/forms/information-request.ts';
import type { FieldDefinition, FieldError, FormDefinition, FormValues } from '../../../src/domain/forms/types.ts';

const context: FormContext = { agencyCodes: ['DINKES', 'DISKOMINFO'] };

// Synthetic applicant: the NIK has a valid structure (15 August 85, serial 0001) and the
// phone number uses the 0812 mobile range with made-up digits.
const individual: FormValues = {
  applicantType: 'individual',
  nik: '3671011508850001',
  name: 'Budi Contoh',
  occupation: 'Guru',
  byProxy: 'no',
  agency: 'DINKES',
  details: 'Jadwal imunisasi puskesmas tahun 2025',
  purpose: 'Penelitian',
  accessMethod: 'inspect',
  address: 'Jl. Contoh No. 1, Tangerang',
  phone: '081234567890',
};

const emailCopy: FormValues = {
  ...individual,
  accessMethod: 'copy',
  copyFormat: 'softcopy',
  copyDelivery: 'email',
  email: 'budi@contoh.id',
};

/** Returns a copy of the values without the named answers. */
function without(values: FormValues, ...names: string[]): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !names.includes(name)));
}

function required(field: string): FieldError {
  return { field, code: 'required' };
}

// A small form that uses what the information request does not: checkboxes, an `empty`
// condition and a checkbox list of agencies.
const survey: FormDefinition = {
  id: 'test-survey',
  version: 1,
  series: 'TS',
  deadline: { answerWorkingDays: 10, extensionWorkingDays: 7 },
  agencyField: 'agency',
  receiptFields: ['topics'],
  fields: [
    { name: 'topics', type: 'checkboxes', required: true, options: ['health', 'roads', 'schools'] },
    { name: 'roadDetail', type: 'text', required: true, visibleWhen: { field: 'topics', in: ['roads'] } },
    { name: 'agency', type: 'select', options: 'agencies' },
    { name: 'copiedAgencies', type: 'checkboxes', options: 'agencies' },
    { name: 'note', type: 'text', maxLength: 5 },
    { name: 'noteSource', type: 'text', visibleWhen: { field: 'note', empty: false }, required: true },
  ],
  steps: [{ id: 'survey', fields: ['topics', 'roadDetail', 'agency', 'copiedAgencies', 'note', 'noteSource'] }],
};

describe('isEmpty', () => {
  it.each<[string, FormValues[string] | undefined, boolean]>([
    ['undefined', undefined, true],
    ['empty string', '', true],
    ['whitespace only', ' \t\n', true],
    ['zero-width space only', '\u200b', true],
    ['byte order mark and word joiner', '\ufeff\u2060', true],
    ['format characters among spaces', ' \u200b \u00ad\u2060 ', true],
    ['text with a zero-width space', 'a\u200b', false],
    ['empty array', [], true],
    ['text', 'a', false],
    ['array with one answer', ['health'], false],
  ])('treats %s', (_label, value, expected) => {
    expect(isEmpty(value)).toBe(expected);
  });
});

describe('isRequired', () => {
  const field = (requiredRule: FieldDefinition['required']): FieldDefinition => ({ name: 'x', type: 'text', required: requiredRule });

  it.each<[string, FieldDefinition['required'], boolean]>([
    ['undefined rule', undefined, false],
    ['false rule', false, false],
    ['true rule', true, true],
    ['holding condition', { field: 'mode', in: ['a'] }, true],
    ['failing condition', { field: 'mode', in: ['b'] }, false],
  ])('evaluates %s', (_label, rule, expected) => {
    expect(isRequired(field(rule), { mode: 'a' })).toBe(expected);
  });
});

describe('resolveVisibility', () => {
  it('shows NIK for individual', () => {
    const { shown } = resolveVisibility(informationRequest, individual);

    expect(shown.has('nik')).toBe(true);
    expect(shown.has('legalEntitySk')).toBe(false);
  });

  it('shows SK for legal entity', () => {
    const { shown } = resolveVisibility(informationRequest, { ...individual, applicantType: 'legalEntity' });

    expect(shown.has('legalEntitySk')).toBe(true);
    expect(shown.has('nik')).toBe(false);
  });

  it('hides conditional fields before answer', () => {
    const { shown } = resolveVisibility(informationRequest, {});
    const conditional = informationRequest.fields.filter((field) => field.visibleWhen).map((field) => field.name);

    for (const name of conditional) expect(shown.has(name), name).toBe(false);
  });

  it('drops hidden answers from values', () => {
    const { values } = resolveVisibility(informationRequest, { ...individual, proxyName: 'Siti Contoh' });

    expect(values).toEqual(individual);
  });

  it('hidden answer fails later condition', () => {
    // copyDelivery is hidden while the visitor inspects, so its stale 'fax' must not show fax.
    const values = { ...individual, copyDelivery: 'fax' };

    expect(isVisible(informationRequest, 'copyDelivery', values)).toBe(false);
    expect(isVisible(informationRequest, 'fax', values)).toBe(false);
  });

  it('shows fax for fax delivery', () => {
    const values = { ...individual, accessMethod: 'copy', copyFormat: 'hardcopy', copyDelivery: 'fax' };

    expect(isVisible(informationRequest, 'fax', values)).toBe(true);
  });

  it('matches trimmed radio answer', () => {
    expect(isVisible(informationRequest, 'copyFormat', { ...individual, accessMethod: ' copy ' })).toBe(true);
  });

  it('matches any ticked checkbox', () => {
    expect(isVisible(survey, 'roadDetail', { topics: ['health', 'roads'] })).toBe(true);
    expect(isVisible(survey, 'roadDetail', { topics: ['health'] })).toBe(false);
  });

  it.each([
    ['filled', 'x', true],
    ['empty', '', false],
    ['whitespace only', '   ', false],
  ])('evaluates empty condition when %s', (_label, note, expected) => {
    expect(isVisible(survey, 'noteSource', { note })).toBe(expected);
  });
});

describe('validateForm', () => {
  it.each<[string, FormValues]>([
    ['individual inspecting', individual],
    ['group member', { ...individual, applicantType: 'group' }],
    ['legal entity', { ...without(individual, 'nik'), applicantType: 'legalEntity', legalEntitySk: 'AHU-0012345.AH.01.04.Tahun 2020' }],
    ['copy by e-mail', emailCopy],
    ['copy by fax', { ...individual, accessMethod: 'copy', copyFormat: 'hardcopy', copyDelivery: 'fax', fax: '021-5550-1234' }],
    ['proxy with details', { ...individual, byProxy: 'yes', proxyName: 'Siti Contoh', proxyNik: '3671015203900002', proxyPhone: '0857 1234 5678' }],
    ['e-mail instead of phone', { ...without(individual, 'phone'), email: 'budi@contoh.id' }],
    ['no occupation', without(individual, 'occupation')],
  ])('accepts %s', (_label, values) => {
    expect(validateForm(informationRequest, values, context)).toEqual([]);
  });

  it.each<[string, FormValues, FieldError[]]>([
    ['individual without NIK', without(individual, 'nik'), [required('nik')]],
    ['group without NIK', { ...without(individual, 'nik'), applicantType: 'group' }, [required('nik')]],
    ['legal entity without SK', { ...without(individual, 'nik'), applicantType: 'legalEntity' }, [required('legalEntitySk')]],
    ['proxy without details', { ...individual, byProxy: 'yes' }, [required('proxyName'), required('proxyNik')]],
    ['copy without format', { ...individual, accessMethod: 'copy' }, [required('copyFormat'), required('copyDelivery')]],
    ['e-mail delivery without e-mail', without(emailCopy, 'email'), [required('email')]],
    ['fax delivery without fax', { ...individual, accessMethod: 'copy', copyFormat: 'hardcopy', copyDelivery: 'fax' }, [required('fax')]],
    ['neither phone nor e-mail', without(individual, 'phone'), [required('phone')]],
    ['whitespace-only phone', { ...individual, phone: '   ' }, [required('phone')]],
    ['whitespace-only name', { ...individual, name: ' \t ' }, [required('name')]],
    ['invisible-only name', { ...individual, name: '\u200b\ufeff \u2060' }, [required('name')]],
    ['invisible-only details', { ...individual, details: '\u200b\n\u200b' }, [required('details')]],
    ['padded copy answer', { ...individual, accessMethod: ' copy ' }, [required('copyFormat'), required('copyDelivery')]],
  ])('requires field for %s', (_label, values, errors) => {
    expect(validateForm(informationRequest, values, context)).toEqual(errors);
  });

  it('requires all for empty form', () => {
    const errors = validateForm(informationRequest, {}, context);

    expect(errors).toEqual(
      ['applicantType', 'name', 'byProxy', 'agency', 'details', 'purpose', 'accessMethod', 'address', 'phone'].map(required),
    );
  });

  it.each<[string, FormValues]>([
    ['invalid NIK of a legal entity', { ...individual, applicantType: 'legalEntity', nik: '123', legalEntitySk: 'AHU-1' }],
    ['invalid proxy NIK without proxy', { ...individual, proxyNik: 'not a NIK' }],
    ['invalid fax for post delivery', { ...individual, accessMethod: 'copy', copyFormat: 'hardcopy', copyDelivery: 'post', fax: 'none' }],
    ['copy delivery while inspecting', { ...individual, copyDelivery: 'email' }],
    ['over-long hidden SK', { ...individual, legalEntitySk: 'x'.repeat(500) }],
  ])('ignores hidden %s', (_label, values) => {
    expect(validateForm(informationRequest, values, context)).toEqual([]);
  });

  it.each<[string, FormValues, FieldError[]]>([
    ['NIK month 13', { ...individual, nik: '3671011513850001' }, [{ field: 'nik', code: 'nikMonth' }]],
    ['NIK serial 0000', { ...individual, nik: '3671011508850000' }, [{ field: 'nik', code: 'nikSerial' }]],
    ['NIK province 10', { ...individual, nik: '1071011508850001' }, [{ field: 'nik', code: 'nikProvince' }]],
    ['proxy NIK too short', { ...individual, byProxy: 'yes', proxyName: 'Siti', proxyNik: '3671' }, [{ field: 'proxyNik', code: 'nikLength' }]],
    ['foreign phone', { ...individual, phone: '+1 202 555 0143' }, [{ field: 'phone', code: 'phoneNotIndonesian' }]],
    ['phone with letters', { ...individual, phone: '0812-ABCD-7890' }, [{ field: 'phone', code: 'phoneInvalid' }]],
    ['e-mail without dot', { ...individual, email: 'budi@localhost' }, [{ field: 'email', code: 'emailInvalid' }]],
    ['invalid fax', { ...individual, accessMethod: 'copy', copyFormat: 'hardcopy', copyDelivery: 'fax', fax: '12' }, [{ field: 'fax', code: 'phoneInvalid' }]],
    ['unknown applicant type', { ...individual, applicantType: 'robot' }, [{ field: 'applicantType', code: 'optionInvalid' }]],
    ['agency outside context', { ...individual, agency: 'DISHUB' }, [{ field: 'agency', code: 'optionInvalid' }]],
    ['agency as array', { ...individual, agency: ['DINKES'] }, [{ field: 'agency', code: 'optionInvalid' }]],
    ['option in other case', { ...individual, byProxy: 'No' }, [{ field: 'byProxy', code: 'optionInvalid' }]],
  ])('rejects %s', (_label, values, errors) => {
    expect(validateForm(informationRequest, values, context)).toEqual(errors);
  });

  it('rejects agency for empty context', () => {
    const errors = validateForm(informationRequest, individual, { agencyCodes: [] });

    expect(errors).toEqual([{ field: 'agency', code: 'optionInvalid' }]);
  });

  it('rejects unknown field', () => {
    const errors = validateForm(informationRequest, { ...individual, hobby: 'catur' }, context);

    expect(errors).toEqual([{ field: 'hobby', code: 'unknownField' }]);
  });

  it('rejects prototype key as unknown', () => {
    const values = JSON.parse(`{"__proto__": "x", "constructor": "y"}`) as FormValues;
    const errors = validateForm(informationRequest, { ...individual, ...values }, context);

    expect(errors).toEqual([
      { field: '__proto__', code: 'unknownField' },
      { field: 'constructor', code: 'unknownField' },
    ]);
  });

  it('invalid e-mail lifts phone requirement', () => {
    // A filled e-mail field lifts the phone requirement even when it is invalid, and only its own error remains.
    const errors = validateForm(informationRequest, { ...without(individual, 'phone'), email: 'budi' }, context);

    expect(errors).toEqual([{ field: 'email', code: 'emailInvalid' }]);
  });
});

describe('validateForm maxLength', () => {
  const tooLongName: FieldError = { field: 'name', code: 'tooLong', max: 150 };

  it.each<[string, string, FieldError[]]>([
    ['150 ASCII characters', 'a'.repeat(150), []],
    ['151 ASCII characters', 'a'.repeat(151), [tooLongName]],
    ['150 emoji', '👍'.repeat(150), []],
    ['151 emoji', '👍'.repeat(151), [tooLongName]],
    ['150 accented letters', 'é'.repeat(150), []],
    ['151 accented letters', 'é'.repeat(151), [tooLongName]],
    ['150 CJK characters', '漢'.repeat(150), []],
    ['75 decomposed accents', 'e\u0301'.repeat(75), []],
    ['76 decomposed accents', 'e\u0301'.repeat(76), [tooLongName]],
    ['150 characters with padding', `  ${'a'.repeat(150)}  `, []],
  ])('checks name of %s', (_label, name, errors) => {
    expect(validateForm(informationRequest, { ...individual, name }, context)).toEqual(errors);
  });

  it('emoji fixture spans two code units', () => {
    // 150 emoji are 300 UTF-16 code units, but the limit counts Unicode code points. An e with a
    // combining accent therefore counts as two, as the character count under a textarea shows.
    expect('👍'.repeat(150).length).toBe(300);
  });

  it('checks length before format', () => {
    const errors = validateForm(informationRequest, { ...individual, email: `${'a'.repeat(250)}@contoh.id` }, context);

    expect(errors).toEqual([{ field: 'email', code: 'tooLong', max: 254 }]);
  });
});

describe('validateForm checkboxes', () => {
  it.each<[string, FormValues, FieldError[]]>([
    ['known options', { topics: ['health', 'schools'] }, []],
    ['no topic ticked', { topics: [] }, [required('topics')]],
    ['unknown option', { topics: ['health', 'parks'] }, [{ field: 'topics', code: 'optionInvalid' }]],
    ['text for checkboxes', { topics: 'health' }, [{ field: 'topics', code: 'optionInvalid' }]],
    ['roads without detail', { topics: ['roads'] }, [required('roadDetail')]],
    ['note without source', { topics: ['health'], note: 'x' }, [required('noteSource')]],
    ['agencies from context', { topics: ['health'], copiedAgencies: ['DINKES', 'DISKOMINFO'] }, []],
    ['agency outside context', { topics: ['health'], copiedAgencies: ['DISHUB'] }, [{ field: 'copiedAgencies', code: 'optionInvalid' }]],
    ['note over 5 characters', { topics: ['health'], note: 'abcdef', noteSource: 'x' }, [{ field: 'note', code: 'tooLong', max: 5 }]],
  ])('checks %s', (_label, values, errors) => {
    expect(validateForm(survey, values, context)).toEqual(errors);
  });
});

describe('validateStep', () => {
  it('checks only applicant step', () => {
    expect(validateStep(informationRequest, 'applicant', {}, context)).toEqual([required('applicantType'), required('name')]);
  });

  it('skips errors on other steps', () => {
    const values = { ...individual, nik: 'bad', phone: 'bad' };

    expect(validateStep(informationRequest, 'request', values, context)).toEqual([]);
  });

  it('leaves e-mail to contact step', () => {
    const values = without(emailCopy, 'email');

    expect(validateStep(informationRequest, 'delivery', values, context)).toEqual([]);
  });

  it('requires e-mail on contact step', () => {
    const values = without(emailCopy, 'email');

    expect(validateStep(informationRequest, 'contact', values, context)).toEqual([required('email')]);
  });

  it('returns only fields of step', () => {
    const stepFields = new Set(informationRequest.steps.find((step) => step.id === 'proxy')?.fields);
    const errors = validateStep(informationRequest, 'proxy', { byProxy: 'yes', nik: 'bad' }, context);

    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(stepFields.has(error.field), error.field).toBe(true);
  });

  it('does not report unknown fields', () => {
    expect(validateStep(informationRequest, 'request', { ...individual, hobby: 'catur' }, context)).toEqual([]);
  });

  it('throws for unknown step', () => {
    expect(() => validateStep(informationRequest, 'payment', {}, context)).toThrow('Unknown step "payment" in form "information-request"');
  });
});

describe('normalizeValues', () => {
  it('strips hidden NIK', () => {
    const values = { ...individual, applicantType: 'legalEntity', legalEntitySk: 'AHU-1' };

    expect(normalizeValues(informationRequest, values)).not.toHaveProperty('nik');
  });

  it('strips fax unless fax delivery', () => {
    const values = { ...emailCopy, fax: '021 5550 1234' };

    expect(normalizeValues(informationRequest, values)).not.toHaveProperty('fax');
  });

  it('strips proxy fields without proxy', () => {
    const values = { ...individual, proxyName: 'Siti', proxyNik: '3671015203900002', proxyPhone: '085712345678' };
    const normalized = normalizeValues(informationRequest, values);

    expect(Object.keys(normalized).filter((name) => name.startsWith('proxy'))).toEqual([]);
  });

  it('trims text answers', () => {
    const normalized = normalizeValues(informationRequest, { ...individual, name: '  Budi Contoh \n', email: ' budi@contoh.id ' });

    expect(normalized.name).toBe('Budi Contoh');
    expect(normalized.email).toBe('budi@contoh.id');
  });

  it('omits empty answers', () => {
    const normalized = normalizeValues(informationRequest, { ...individual, occupation: '   ', email: '' });

    expect(normalized).not.toHaveProperty('occupation');
    expect(normalized).not.toHaveProperty('email');
  });

  it('keeps NIK digits only', () => {
    const normalized = normalizeValues(informationRequest, {
      ...individual,
      nik: ' 3671.0115-0885 0001 ',
      byProxy: 'yes',
      proxyName: 'Siti',
      proxyNik: '3671-0152-0390-0002',
    });

    expect(normalized.nik).toBe('3671011508850001');
    expect(normalized.proxyNik).toBe('3671015203900002');
  });

  it('stores phones in E.164', () => {
    const normalized = normalizeValues(informationRequest, {
      ...individual,
      phone: '0812-3456-7890',
      byProxy: 'yes',
      proxyPhone: '62 857 1234 5678',
      accessMethod: 'copy',
      copyDelivery: 'fax',
      fax: '(021) 5550 1234',
    });

    expect(normalized.phone).toBe('+6281234567890');
    expect(normalized.proxyPhone).toBe('+6285712345678');
    expect(normalized.fax).toBe('+622155501234');
  });

  it('copies checkbox arrays', () => {
    const topics = ['health', 'roads'];
    const normalized = normalizeValues(survey, { topics, roadDetail: 'Jl. Contoh' });

    expect(normalized.topics).toEqual(topics);
    expect(normalized.topics).not.toBe(topics);
  });

  it('leaves input unchanged', () => {
    const values = { ...individual, name: ' Budi ', nik: '3671 0115 0885 0001' };
    const before = structuredClone(values);
    normalizeValues(informationRequest, values);

    expect(values).toEqual(before);
  });

  // Browser and server both run this pipeline: the browser queues normalizeValues output and
  // the server validates it again, so accepted answers must stay accepted once normalised.
  it.each<[string, FormValues]>([
    ['individual', { ...individual, nik: '3671 0115 0885 0001', phone: '+62 812-3456-7890', occupation: ' ' }],
    ['legal entity with stale NIK', { ...individual, applicantType: 'legalEntity', legalEntitySk: ' AHU-1 ', nik: 'x' }],
    ['padded copy answers', { ...emailCopy, accessMethod: ' copy ', copyFormat: 'softcopy ', copyDelivery: ' email' }],
    ['fax delivery', { ...individual, accessMethod: 'copy', copyFormat: 'hardcopy', copyDelivery: 'fax', fax: '021.5550.1234' }],
  ])('keeps %s valid and stable', (_label, values) => {
    expect(validateForm(informationRequest, values, context)).toEqual([]);

    const normalized = normalizeValues(informationRequest, values);

    expect(validateForm(informationRequest, normalized, context)).toEqual([]);
    expect(normalizeValues(informationRequest, normalized)).toEqual(normalized);
  });
});

describe('stepOfField', () => {
  it.each([
    ['applicantType', 'applicant'],
    ['nik', 'applicant'],
    ['proxyNik', 'proxy'],
    ['agency', 'request'],
    ['copyDelivery', 'delivery'],
    ['email', 'contact'],
    ['fax', 'contact'],
  ])('finds step of %s', (field, step) => {
    expect(stepOfField(informationRequest, field)).toBe(step);
  });

  it('returns undefined for unknown field', () => {
    expect(stepOfField(informationRequest, 'hobby')).toBeUndefined();
  });
});

describe('control characters in answers', () => {
  it.each([
    ['NUL in a name', 'name', 'Siti\u0000Contoh'],
    ['line break in a name', 'name', 'Siti\nContoh'],
    ['escape in details', 'details', 'Data\u001b[31m'],
    ['lone surrogate in details', 'details', 'Data \ud800'],
  ])('rejects %s', (_case, field, text) => {
    const errors = validateFields(informationRequest, [field], { [field]: text }, context);
    expect(errors).toEqual([{ field, code: 'invalidCharacters' }]);
  });

  it.each([
    ['right-to-left override in a name', 'name', 'Siti \u202eevil'],
    ['left-to-right embedding in a name', 'name', '\u202aSiti'],
    ['pop directional formatting in details', 'details', 'Data\u202c'],
    ['first strong isolate in details', 'details', 'Data \u2068x\u2069'],
    ['right-to-left isolate in an e-mail', 'email', 'siti\u2067@contoh.id'],
    ['line separator in a name', 'name', 'Siti\u2028Contoh'],
    ['paragraph separator in occupation', 'occupation', 'Guru\u2029Les'],
  ])('rejects %s', (_case, field, text) => {
    const errors = validateFields(informationRequest, [field], { ...individual, [field]: text }, context);
    expect(errors).toEqual([{ field, code: 'invalidCharacters' }]);
  });

  it('accepts line and paragraph separators in details', () => {
    const errors = validateFields(informationRequest, ['details'], { details: 'Baris satu\u2028Baris dua\u2029Paragraf' }, context);
    expect(errors).toEqual([]);
  });

  it('accepts line breaks and tabs in details', () => {
    const errors = validateFields(informationRequest, ['details'], { details: 'Baris satu\r\n\tBaris dua' }, context);
    expect(errors).toEqual([]);
  });
});
