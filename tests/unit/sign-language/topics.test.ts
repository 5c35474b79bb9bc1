import { describe, expect, it } from 'vitest';
import { FIELD_ERROR_CODES } from '../../../src/domain/forms/types.ts';
import { formDefinitions } from '../../../src/domain/forms/registry.ts';
import { parseSignManifest, type SignManifest } from '../../../src/domain/sign-language/manifest.ts';
import { allSignTopics, errorTopic, fallbackTopics, fieldTopic, findSignClip, receiptTopic, stepTopic } from '../../../src/domain/sign-language/topics.ts';

function manifest(keys: Record<string, string[]>): SignManifest {
  const languages = Object.fromEntries(
    Object.entries(keys).map(([language, clipKeys]) => [
      language,
      { clips: Object.fromEntries(clipKeys.map((key) => [key, { video: `${language}/${key}.webm`, captions: `${language}/${key}.vtt` }])) },
    ]),
  );
  const parsed = parseSignManifest({ format: 'loket-sign-language/1', languages });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.manifest;
}

describe('fallbackTopics', () => {
  it('falls back from a form-specific field, error or receipt to the shared clip', () => {
    expect(fallbackTopics(fieldTopic('objection', 'nik'))).toEqual(['field.objection.nik', 'field.nik']);
    expect(fallbackTopics(errorTopic('complaint', 'phone', 'phoneInvalid'))).toEqual(['error.complaint.phone.phoneInvalid', 'error.phoneInvalid']);
    expect(fallbackTopics(receiptTopic('information-request'))).toEqual(['receipt.information-request', 'screen.receipt']);
    expect(fallbackTopics(stepTopic('objection', 'reasons'))).toEqual(['step.objection.reasons']);
  });
});

describe('findSignClip', () => {
  const content = manifest({ bisindo: ['field.nik', 'field.objection.nik', 'screen.receipt'], sibi: ['field.nik'] });

  it('prefers the form-specific clip and falls back to the shared one', () => {
    expect(findSignClip(content, 'bisindo', 'field.objection.nik')?.key).toBe('field.objection.nik');
    expect(findSignClip(content, 'bisindo', 'field.complaint.nik')?.key).toBe('field.nik');
    expect(findSignClip(content, 'bisindo', 'receipt.complaint')?.key).toBe('screen.receipt');
  });

  it('looks only in the chosen language', () => {
    expect(findSignClip(content, 'sibi', 'field.objection.nik')?.clip.videos).toEqual(['sibi/field.nik.webm']);
    expect(findSignClip(content, 'sibi', 'screen.receipt')).toBeUndefined();
  });
});

describe('allSignTopics', () => {
  const topics = allSignTopics(Object.values(formDefinitions));

  it('names every step, field and error of every form, with the shared fallbacks', () => {
    for (const definition of Object.values(formDefinitions)) {
      for (const step of definition.steps) expect(topics).toContain(stepTopic(definition.id, step.id));
      for (const field of definition.fields) {
        expect(topics).toContain(fieldTopic(definition.id, field.name));
        expect(topics).toContain(`field.${field.name}`);
      }
      expect(topics).toContain(receiptTopic(definition.id));
    }
    for (const code of FIELD_ERROR_CODES) expect(topics).toContain(`error.${code}`);
    expect(topics).toContain('errors.summary');
    expect(topics).toContain('screen.start');
  });

  it('is sorted and has no duplicates', () => {
    expect(topics).toEqual([...new Set(topics)].sort());
  });
});
