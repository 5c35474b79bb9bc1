import { describe, expect, it } from 'vitest';
import messages from '../../../src/app/i18n/locales/id.json';
import { formDefinitions } from '../../../src/domain/forms/registry.ts';
import { sampleTopicSources, SCREEN_TEXTS } from '../../../src/server/sign-language/sample-topics.ts';
import { lookupLocaleKey } from '../../../src/server/sign-language/sample-text.ts';

const sources = sampleTopicSources(Object.values(formDefinitions));

describe('sample topic table', () => {
  it('names only locale keys that exist', () => {
    for (const source of sources) {
      for (const text of source.texts) {
        if (text.optional) continue;
        expect(lookupLocaleKey(messages, text.key), `${source.key}: ${text.key}`).toBeTypeOf('string');
      }
    }
  });

  it('gives every screen a heading and a lead', () => {
    for (const [screen, texts] of Object.entries(SCREEN_TEXTS)) {
      expect(texts.length, screen).toBe(2);
      for (const text of texts) expect(lookupLocaleKey(messages, text.key), `${screen}: ${text.key}`).toBeTypeOf('string');
    }
  });

  it('finds at least one optional hint', () => {
    // Guards the optional keys against a renamed pattern, which would silently drop every hint.
    const hints = sources.flatMap((source) => source.texts.filter((text) => text.optional));
    expect(hints.some((text) => lookupLocaleKey(messages, text.key) !== undefined)).toBe(true);
  });

  it('lists each topic once', () => {
    const keys = sources.map((source) => source.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
