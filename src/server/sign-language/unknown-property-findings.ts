import { SIGN_LANGUAGES, type SignLanguage } from '../../domain/sign-language/manifest.ts';
import { nearestName } from './nearest-name.ts';
import type { SignCheckFinding } from './sign-check-finding.ts';

/** Properties that parseSignManifest reads, per level of manifest.json. */
const MANIFEST_PROPERTIES = ['format', 'languages'];
const LANGUAGE_PROPERTIES = ['clips'];
const CLIP_PROPERTIES = ['video', 'captions', 'sample'];

/**
 * Warns about properties the app does not read, such as a misspelt `captionz`, because
 * parseSignManifest ignores them without reporting a problem. Each warning gives the JSON
 * pointer (RFC 6901) of the property and the known property it is closest to, unless that one
 * is already present. An unknown language is already a manifest problem and is not searched.
 */
export function unknownPropertyFindings(file: string, json: unknown): SignCheckFinding[] {
  if (!isRecord(json)) return [];
  const findings = unknownIn(file, json, MANIFEST_PROPERTIES, []);
  const languages = isRecord(json.languages) ? json.languages : {};
  for (const [language, entry] of Object.entries(languages)) {
    if (!SIGN_LANGUAGES.includes(language as SignLanguage) || !isRecord(entry)) continue;
    findings.push(...unknownIn(file, entry, LANGUAGE_PROPERTIES, ['languages', language], { language }));
    const clips = isRecord(entry.clips) ? entry.clips : {};
    for (const [key, clip] of Object.entries(clips)) {
      if (isRecord(clip)) findings.push(...unknownIn(file, clip, CLIP_PROPERTIES, ['languages', language, 'clips', key], { language, key }));
    }
  }
  return findings;
}

function unknownIn(
  file: string,
  object: Record<string, unknown>,
  known: readonly string[],
  parent: readonly string[],
  clip: { language?: string; key?: string } = {},
): SignCheckFinding[] {
  const absent = known.filter((name) => !(name in object));
  return Object.keys(object)
    .filter((name) => !known.includes(name))
    .map((name): SignCheckFinding => {
      const details: SignCheckFinding['details'] = { name, path: jsonPointer([...parent, name]) };
      const suggestion = nearestName(name, absent);
      if (suggestion !== undefined) details.suggestion = suggestion;
      return { code: 'unknownProperty', file, ...clip, details };
    });
}

function jsonPointer(segments: readonly string[]): string {
  return segments.map((segment) => `/${segment.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
