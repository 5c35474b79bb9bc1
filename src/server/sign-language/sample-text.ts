import type { FormDefinition } from '../../domain/forms/types.ts';
import { type LocaleText, sampleTopicSources } from './sample-topics.ts';

/** A sample clip's topic key and the paragraphs of app text it shows and captions. */
export interface SampleClipText {
  key: string;
  paragraphs: string[];
}

export type LocaleMessages = Readonly<Record<string, unknown>>;

/** Looks a dotted i18next key up in nested locale messages; undefined when it is not a string. */
export function lookupLocaleKey(messages: LocaleMessages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Fills i18next placeholders (`{{name}}`, `{{name, format}}`); a placeholder without a value throws. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>> = {}): string {
  return text.replace(/\{\{\s*([A-Za-z0-9_]+)\s*(?:,[^}]*)?\}\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for the placeholder {{${name}}} in "${text}"`);
    return value;
  });
}

/** Capitalises the first letter, for a message that starts with a placeholder such as "kolom ini". */
function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('id') + text.slice(1);
}

function resolveTexts(messages: LocaleMessages, texts: readonly LocaleText[]): string[] {
  const paragraphs: string[] = [];
  for (const text of texts) {
    const message = lookupLocaleKey(messages, text.key);
    if (message === undefined) {
      if (text.optional) continue;
      throw new Error(`The locale has no text for the key ${text.key}`);
    }
    paragraphs.push(capitalise(fillPlaceholders(message, text.values).trim()));
  }
  return paragraphs;
}

const sameParagraphs = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((paragraph, index) => paragraph === b[index]);

/**
 * Returns the text of every sample clip, resolved from the Indonesian locale. A field whose
 * label and hint read the same in every form that has it gets one clip under `field.<field>`,
 * which the app finds through the topic fallback. Otherwise each form gets
 * `field.<formId>.<field>`.
 */
export function sampleClipTexts(definitions: readonly FormDefinition[], messages: LocaleMessages): SampleClipText[] {
  const resolved = sampleTopicSources(definitions).map((source) => ({ source, paragraphs: resolveTexts(messages, source.texts) }));

  const variantsByField = new Map<string, string[][]>();
  for (const { source, paragraphs } of resolved) {
    if (source.field === undefined) continue;
    const variants = variantsByField.get(source.field) ?? [];
    if (!variants.some((variant) => sameParagraphs(variant, paragraphs))) variants.push(paragraphs);
    variantsByField.set(source.field, variants);
  }

  const clips: SampleClipText[] = [];
  const seen = new Set<string>();
  for (const { source, paragraphs } of resolved) {
    const shared = source.field !== undefined && variantsByField.get(source.field)?.length === 1;
    const key = shared ? `field.${source.field}` : source.key;
    if (seen.has(key)) continue;
    seen.add(key);
    clips.push({ key, paragraphs });
  }
  return clips;
}
