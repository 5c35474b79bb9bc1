import type { ManifestProblem } from '../../domain/sign-language/manifest.ts';
import type { SignCheckFinding } from './sign-check-finding.ts';

/**
 * Turns a problem that parseSignManifest reports into a finding that names what city staff
 * see in manifest.json: the clip by its key and language, the field to add and the value it
 * should have, or the invalid value itself. `details.path` keeps the problem's JSON-pointer
 * location for scripts that read `--json`; the messages never show it.
 */
export function manifestProblemFinding(file: string, json: unknown, problem: ManifestProblem): SignCheckFinding {
  const [, language, key, field, index] = /^\/languages\/([^/]+)(?:\/clips(?:\/([^/]+)(?:\/(video|captions)(?:\/(\d+))?)?)?)?$/.exec(problem.path) ?? [];
  const details: SignCheckFinding['details'] = { kind: problem.kind, path: problem.path || '/' };
  if (language !== undefined) details.language = language.toUpperCase();
  if (key !== undefined) details.key = key;
  if (field !== undefined) details.field = field;

  if (problem.kind === 'missingCaptions' && language !== undefined && key !== undefined) {
    details.suggested = `${language}/${key}.vtt`;
  }
  if (problem.kind === 'missingVideo' && language !== undefined && key !== undefined) {
    details.suggested = `${language}/${key}.webm`;
  }
  if (problem.kind === 'badPath') {
    const segments = problem.path.split('/').slice(1);
    // parseSignManifest reports a single video path as item 0 of a list, but the manifest may hold it as one string.
    const listed = valueAt(json, segments);
    const value = listed === undefined && index === '0' ? valueAt(json, segments.slice(0, -1)) : listed;
    details.value = typeof value === 'string' ? value : JSON.stringify(value ?? null);
  }
  // An unknown language is quoted as the manifest spells it, not upper-cased like BISINDO.
  if (problem.kind === 'unknownLanguage' && language !== undefined) details.name = language;

  return {
    code: 'manifestProblem',
    file,
    ...(language !== undefined ? { language } : {}),
    ...(key !== undefined ? { key } : {}),
    details,
  };
}

/** Reads the value at a JSON-pointer-like list of segments, or undefined where there is none. */
function valueAt(json: unknown, segments: readonly string[]): unknown {
  let value = json;
  for (const segment of segments) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/**
 * The message variant for a manifest problem: the kind, narrowed by where it is, because "not
 * an object" reads differently for the whole file, for "languages" and for one clip.
 */
export function manifestProblemMessageKey(finding: SignCheckFinding): string {
  const kind = String(finding.details.kind);
  if (kind !== 'notObject') return kind;
  if (finding.key !== undefined) return 'notObjectClip';
  return finding.details.path === '/languages' ? 'notObjectLanguages' : 'notObject';
}
