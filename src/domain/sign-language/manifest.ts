/**
 * The sign-language content manifest: which recorded clip explains which part of the app, per
 * sign language. It lives at SIGN_LANGUAGE_MANIFEST_PATH beside the clips, so a city replaces
 * the clips and the manifest together without rebuilding the app. Paths in it are relative to
 * the manifest's folder and never leave it.
 *
 * BISINDO (Bahasa Isyarat Indonesia) is the sign language of Indonesia's Deaf community and the
 * default; SIBI (Sistem Isyarat Bahasa Indonesia) is the signed system taught in schools, which
 * follows Indonesian word order. A manifest may hold clips for either or both.
 */

export const SIGN_LANGUAGE_BASE_PATH = '/sign-language/';
export const SIGN_LANGUAGE_MANIFEST_PATH = '/sign-language/manifest.json';
export const SIGN_MANIFEST_FORMAT = 'loket-sign-language/1';

export const SIGN_LANGUAGES = ['bisindo', 'sibi'] as const;
export type SignLanguage = (typeof SIGN_LANGUAGES)[number];
export const DEFAULT_SIGN_LANGUAGE: SignLanguage = 'bisindo';

export interface SignClip {
  /** Alternative encodings of one recording, best first. The player takes the first it can play. */
  videos: readonly string[];
  /** WebVTT captions in Indonesian. */
  captions: string;
  /** A generated sample that shows text, not sign language: the player labels it as such. */
  sample: boolean;
}

export interface SignManifest {
  format: typeof SIGN_MANIFEST_FORMAT;
  /** Languages with at least one clip, the default first when present. */
  languages: Partial<Record<SignLanguage, Readonly<Record<string, SignClip>>>>;
}

export type ManifestParseResult = { ok: true; manifest: SignManifest } | { ok: false; problems: readonly ManifestProblem[] };

/** A manifest problem: its location as a JSON-pointer-like path, and its kind. */
export interface ManifestProblem {
  path: string;
  kind: 'notObject' | 'format' | 'unknownLanguage' | 'noClips' | 'badKey' | 'badPath' | 'missingCaptions' | 'missingVideo';
}

const KEY_PATTERN = /^[a-z][a-zA-Z0-9-]*(\.[a-zA-Z0-9-]+)+$/;

/**
 * Accepts a relative path inside the manifest's folder: no scheme, no leading slash, no `..`,
 * no backslash, no query. Letters, digits, `.`, `-`, `_` and `/` only, so a path is also a
 * safe URL and a safe file name on every system.
 */
export function isSafeContentPath(path: string): boolean {
  if (!/^[A-Za-z0-9._\-/]+$/.test(path)) return false;
  if (path.startsWith('/') || path.endsWith('/')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseClip(value: unknown, path: string, problems: ManifestProblem[]): SignClip | undefined {
  if (!isRecord(value)) {
    problems.push({ path, kind: 'notObject' });
    return undefined;
  }
  const rawVideos = typeof value.video === 'string' ? [value.video] : value.video;
  const videos = Array.isArray(rawVideos) ? rawVideos.filter((entry): entry is string => typeof entry === 'string') : [];
  if (videos.length === 0 || (Array.isArray(rawVideos) && videos.length !== rawVideos.length)) {
    problems.push({ path: `${path}/video`, kind: 'missingVideo' });
  }
  for (const [index, video] of videos.entries()) {
    if (!isSafeContentPath(video)) problems.push({ path: `${path}/video/${index}`, kind: 'badPath' });
  }
  if (typeof value.captions !== 'string') {
    problems.push({ path: `${path}/captions`, kind: 'missingCaptions' });
  } else if (!isSafeContentPath(value.captions)) {
    problems.push({ path: `${path}/captions`, kind: 'badPath' });
  }
  if (typeof value.captions !== 'string' || videos.length === 0) return undefined;
  return { videos, captions: value.captions, sample: value.sample === true };
}

/**
 * Reads a manifest from parsed JSON. Shape:
 *
 *     { "format": "loket-sign-language/1",
 *       "languages": { "bisindo": { "clips": {
 *         "step.information-request.applicant": {
 *           "video": ["bisindo/step.information-request.applicant.webm"],
 *           "captions": "bisindo/step.information-request.applicant.vtt",
 *           "sample": true } } } } }
 *
 * `video` may be one path or a list of alternatives. Every problem is reported, not only the
 * first, so a city fixes its manifest in one pass.
 */
export function parseSignManifest(json: unknown): ManifestParseResult {
  const problems: ManifestProblem[] = [];
  if (!isRecord(json)) return { ok: false, problems: [{ path: '', kind: 'notObject' }] };
  if (json.format !== SIGN_MANIFEST_FORMAT) problems.push({ path: '/format', kind: 'format' });
  if (!isRecord(json.languages)) {
    problems.push({ path: '/languages', kind: 'notObject' });
    return { ok: false, problems };
  }
  const languages: SignManifest['languages'] = {};
  for (const [language, entry] of Object.entries(json.languages)) {
    const path = `/languages/${language}`;
    if (!SIGN_LANGUAGES.includes(language as SignLanguage)) {
      problems.push({ path, kind: 'unknownLanguage' });
      continue;
    }
    if (!isRecord(entry) || !isRecord(entry.clips)) {
      problems.push({ path: `${path}/clips`, kind: 'noClips' });
      continue;
    }
    const clips: Record<string, SignClip> = {};
    for (const [key, value] of Object.entries(entry.clips)) {
      const clipPath = `${path}/clips/${key}`;
      if (!KEY_PATTERN.test(key)) problems.push({ path: clipPath, kind: 'badKey' });
      const clip = parseClip(value, clipPath, problems);
      if (clip) clips[key] = clip;
    }
    if (Object.keys(clips).length === 0) problems.push({ path: `${path}/clips`, kind: 'noClips' });
    else languages[language as SignLanguage] = clips;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, manifest: { format: SIGN_MANIFEST_FORMAT, languages } };
}

/** Languages the manifest has clips for, BISINDO first. */
export function availableSignLanguages(manifest: SignManifest): SignLanguage[] {
  return SIGN_LANGUAGES.filter((language) => manifest.languages[language] !== undefined);
}
