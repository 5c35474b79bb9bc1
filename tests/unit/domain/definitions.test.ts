import { describe, expect, it } from 'vitest';
import { OBJECTION_PREFILL_FIELDS } from '../../../src/domain/forms/objection.ts';
import { findFormDefinition, formDefinitions } from '../../../src/domain/forms/registry.ts';
import type { Condition, FieldDefinition, FormDefinition, OptionSource } from '../../../src/domain/forms/types.ts';

const definitions = Object.values(formDefinitions).map((definition): [string, FormDefinition] => [definition.id, definition]);

const CHOICE_TYPES: readonly FieldDefinition['type'][] = ['radio', 'select', 'checkboxes'];
const PERSONAL_TYPES: readonly FieldDefinition['type'][] = ['nik', 'tel', 'email'];
const PERSONAL_NAMES = ['nik', 'name', 'address', 'phone', 'email', 'fax'];
const CONFIGURED_SOURCES = ['agencies', 'districts', 'complaintCategories'];

/**
 * True for fields that name, identify or reach a person: the applicant's, or the proxy's
 * (proxyName, proxyNik). A proxy's occupation identifies nobody, as the applicant's does not.
 */
function mustBePersonal(field: FieldDefinition): boolean {
  const proxyField = /^proxy([A-Z]\w*)$/.exec(field.name)?.[1];
  const baseName = proxyField === undefined ? field.name : proxyField.charAt(0).toLowerCase() + proxyField.slice(1);
  return PERSONAL_TYPES.includes(field.type) || PERSONAL_NAMES.includes(baseName);
}

/** True for an option list from the configuration: a named source or the villages of another field. */
function isOptionSource(options: FieldDefinition['options']): options is OptionSource {
  if (typeof options === 'string') return CONFIGURED_SOURCES.includes(options);
  return typeof options === 'object' && !Array.isArray(options) && typeof (options as { villagesOf?: unknown }).villagesOf === 'string';
}

function conditionsOf(field: FieldDefinition): [string, Condition][] {
  const conditions: [string, Condition][] = [];
  if (field.visibleWhen) conditions.push(['visibleWhen', field.visibleWhen]);
  if (typeof field.required === 'object') conditions.push(['required', field.required]);
  return conditions;
}

describe('formDefinitions registry', () => {
  it('has at least one form', () => {
    expect(definitions.length).toBeGreaterThan(0);
  });

  it.each(definitions)('keys %s by its id', (id, definition) => {
    expect(formDefinitions[id]).toBe(definition);
    expect(findFormDefinition(id)).toBe(definition);
  });

  it.each(['unknown-form', '', 'toString', '__proto__', 'constructor', 'hasOwnProperty'])('finds nothing for "%s"', (formId) => {
    expect(findFormDefinition(formId)).toBeUndefined();
  });
});

describe.each(definitions)('definition %s', (_id, definition) => {
  const fieldNames = definition.fields.map((field) => field.name);
  const fieldIndex = new Map(fieldNames.map((name, index) => [name, index]));
  const fieldByName = new Map(definition.fields.map((field) => [field.name, field]));
  const stepOf = (name: string): number => definition.steps.findIndex((step) => step.fields.includes(name));

  it('has positive integer version', () => {
    expect(Number.isSafeInteger(definition.version)).toBe(true);
    expect(definition.version).toBeGreaterThanOrEqual(1);
  });

  it('has series fit for numbers', () => {
    // The series sits between slashes in the registration number, such as PI in 1/PPID/DINKES/PI/2026.
    expect(definition.series).toMatch(/^[A-Z0-9-]+$/);
  });

  it('has unique field names', () => {
    expect(new Set(fieldNames).size).toBe(fieldNames.length);
  });

  it('has a series of its own', () => {
    // Each form counts its own numbers, so two forms never share a series.
    const owners = Object.values(formDefinitions).filter((candidate) => candidate.series === definition.series);

    expect(owners).toEqual([definition]);
  });

  it('has unique step ids', () => {
    const stepIds = definition.steps.map((step) => step.id);

    expect(new Set(stepIds).size).toBe(stepIds.length);
  });

  it('places each field in one step', () => {
    for (const name of fieldNames) {
      const count = definition.steps.filter((step) => step.fields.includes(name)).length;
      expect(count, name).toBe(1);
    }
  });

  it('lists only existing step fields', () => {
    for (const step of definition.steps) {
      for (const name of step.fields) expect(fieldIndex.has(name), `${step.id}.${name}`).toBe(true);
    }
  });

  it('lists step fields only once', () => {
    for (const step of definition.steps) expect(new Set(step.fields).size, step.id).toBe(step.fields.length);
  });

  it('conditions reference existing fields', () => {
    for (const field of definition.fields) {
      for (const [kind, condition] of conditionsOf(field)) {
        expect(fieldIndex.has(condition.field), `${field.name}.${kind} -> ${condition.field}`).toBe(true);
      }
    }
  });

  it('conditions do not reference themselves', () => {
    for (const field of definition.fields) {
      for (const [kind, condition] of conditionsOf(field)) expect(condition.field, `${field.name}.${kind}`).not.toBe(field.name);
    }
  });

  it('conditions test in or empty', () => {
    // A condition with neither part always holds, which is almost certainly a typo.
    for (const field of definition.fields) {
      for (const [kind, condition] of conditionsOf(field)) {
        expect(condition.in !== undefined || condition.empty !== undefined, `${field.name}.${kind}`).toBe(true);
      }
    }
  });

  it('condition values are real options', () => {
    for (const field of definition.fields) {
      for (const [kind, condition] of conditionsOf(field)) {
        const options = fieldByName.get(condition.field)?.options;
        if (condition.in === undefined || !Array.isArray(options)) continue;
        for (const value of condition.in) expect(options, `${field.name}.${kind} in ${value}`).toContain(value);
      }
    }
  });

  it('visibleWhen references earlier fields', () => {
    // resolveVisibility walks the fields in order and evaluates each condition against the
    // answers already counted, so a reference to a later field would never hold.
    for (const field of definition.fields) {
      if (!field.visibleWhen) continue;
      const referenced = fieldIndex.get(field.visibleWhen.field) ?? Infinity;
      expect(referenced, `${field.name} -> ${field.visibleWhen.field}`).toBeLessThan(fieldIndex.get(field.name) ?? -1);
    }
  });

  it('visibleWhen references no later step', () => {
    for (const field of definition.fields) {
      if (!field.visibleWhen) continue;
      expect(stepOf(field.visibleWhen.field), `${field.name} -> ${field.visibleWhen.field}`).toBeLessThanOrEqual(stepOf(field.name));
    }
  });

  it('choice fields have options', () => {
    for (const field of definition.fields.filter((candidate) => CHOICE_TYPES.includes(candidate.type))) {
      const options = field.options;
      const valid = isOptionSource(options) || (Array.isArray(options) && options.length > 0);
      expect(valid, field.name).toBe(true);
    }
  });

  it('villages follow an earlier district field', () => {
    // The village options depend on the district answer, so that field must come first and
    // must itself list the configured districts.
    for (const field of definition.fields) {
      const options = field.options;
      if (typeof options !== 'object' || Array.isArray(options) || !('villagesOf' in options)) continue;
      const district = fieldByName.get(options.villagesOf);

      expect(district?.options, `${field.name} -> ${options.villagesOf}`).toBe('districts');
      expect(fieldIndex.get(options.villagesOf), field.name).toBeLessThan(fieldIndex.get(field.name) ?? -1);
    }
  });

  it('deadline, when present, counts whole working days', () => {
    const deadline = definition.deadline;
    if (deadline === undefined) return;

    expect(Number.isSafeInteger(deadline.answerWorkingDays)).toBe(true);
    expect(deadline.answerWorkingDays).toBeGreaterThan(0);
    expect(Number.isSafeInteger(deadline.extensionWorkingDays)).toBe(true);
    expect(deadline.extensionWorkingDays).toBeGreaterThanOrEqual(0);
  });

  it('attachment steps collect no fields', () => {
    for (const step of definition.steps.filter((candidate) => candidate.attachments === true)) {
      expect(step.fields, step.id).toEqual([]);
    }
  });

  it('option values are unique', () => {
    for (const field of definition.fields) {
      if (!Array.isArray(field.options)) continue;
      expect(new Set(field.options).size, field.name).toBe(field.options.length);
    }
  });

  it('only choice fields have options', () => {
    for (const field of definition.fields.filter((candidate) => !CHOICE_TYPES.includes(candidate.type))) {
      expect(field.options, field.name).toBeUndefined();
    }
  });

  it('free text has maxLength', () => {
    for (const field of definition.fields.filter((candidate) => candidate.type === 'text' || candidate.type === 'textarea')) {
      expect(Number.isSafeInteger(field.maxLength), field.name).toBe(true);
      expect(field.maxLength, field.name).toBeGreaterThan(0);
    }
  });

  it('agency field lists agencies', () => {
    expect(fieldByName.get(definition.agencyField)?.options).toBe('agencies');
  });

  it('receipt fields exist', () => {
    for (const name of definition.receiptFields) expect(fieldIndex.has(name), name).toBe(true);
  });

  it('receipt fields are not personal', () => {
    for (const name of definition.receiptFields) {
      const field = fieldByName.get(name);
      if (!field) continue;

      expect(field.personal ?? false, name).toBe(false);
      expect(mustBePersonal(field), name).toBe(false);
    }
  });

  it('flags personal fields', () => {
    for (const field of definition.fields.filter(mustBePersonal)) expect(field.personal, field.name).toBe(true);
  });
});

describe('information-request personal fields', () => {
  // Pins the list for the form in use, so a renamed field cannot drop out of the rule above.
  it.each(['nik', 'name', 'address', 'phone', 'email', 'fax', 'proxyName', 'proxyNik', 'proxyPhone'])('flags %s', (name) => {
    const field = findFormDefinition('information-request')?.fields.find((candidate) => candidate.name === name);

    expect(field?.personal).toBe(true);
  });
});

describe('form deadlines', () => {
  it('gives information requests 10 days, extendable by 7', () => {
    // UU 14/2008 Pasal 22 ayat 7-8.
    expect(findFormDefinition('information-request')?.deadline).toEqual({ answerWorkingDays: 10, extensionWorkingDays: 7 });
  });

  it('gives objections 30 days without extension', () => {
    // UU 14/2008 Pasal 36: the Atasan PPID answers an objection within 30 working days.
    expect(findFormDefinition('objection')?.deadline).toEqual({ answerWorkingDays: 30, extensionWorkingDays: 0 });
  });

  it('gives complaints no deadline', () => {
    expect(findFormDefinition('complaint')?.deadline).toBeUndefined();
  });
});

describe('form series', () => {
  it.each([
    ['information-request', 'PI'],
    ['objection', 'KB'],
    ['complaint', 'PG'],
  ])('numbers %s in series %s', (formId, series) => {
    expect(findFormDefinition(formId)?.series).toBe(series);
  });
});

describe('objection prefill fields', () => {
  const objectionFields = new Map(findFormDefinition('objection')?.fields.map((field) => [field.name, field]));
  const requestFields = new Map(findFormDefinition('information-request')?.fields.map((field) => [field.name, field]));

  it.each(Object.entries(OBJECTION_PREFILL_FIELDS))('maps %s to a request field of the same type', (objectionField, requestField) => {
    expect(objectionFields.get(objectionField)?.type).toBeDefined();
    expect(objectionFields.get(objectionField)?.type).toBe(requestFields.get(requestField)?.type);
  });

  it('carries no proxy field over', () => {
    expect(Object.keys(OBJECTION_PREFILL_FIELDS).filter((name) => name.startsWith('proxy'))).toEqual([]);
  });
});

describe.each([
  ['objection', ['name', 'address', 'phone', 'email', 'proxyName', 'proxyAddress', 'proxyPhone']],
  ['complaint', ['name', 'phone', 'email']],
])('%s personal fields', (formId, names) => {
  it.each(names)('flags %s', (name) => {
    const field = findFormDefinition(formId)?.fields.find((candidate) => candidate.name === name);

    expect(field?.personal).toBe(true);
  });
});
