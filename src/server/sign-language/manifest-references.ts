import { isSafeContentPath } from '../../domain/sign-language/manifest.ts';

/** One file that a clip in the manifest names. */
export interface ManifestReference {
  language: string;
  key: string;
  role: 'video' | 'captions';
  path: string;
}

/**
 * Collects every file path the manifest names, from the parsed JSON and without judging the
 * rest of it, so that files are still checked while parseSignManifest reports a problem
 * elsewhere. Paths that isSafeContentPath rejects are skipped: parseSignManifest reports them.
 */
export function collectManifestReferences(json: unknown): ManifestReference[] {
  const references: ManifestReference[] = [];
  const languages = isRecord(json) && isRecord(json.languages) ? json.languages : {};
  for (const [language, entry] of Object.entries(languages)) {
    const clips = isRecord(entry) && isRecord(entry.clips) ? entry.clips : {};
    for (const [key, clip] of Object.entries(clips)) {
      if (!isRecord(clip)) continue;
      const videos = Array.isArray(clip.video) ? clip.video : [clip.video];
      for (const video of videos) {
        if (typeof video === 'string' && isSafeContentPath(video)) references.push({ language, key, role: 'video', path: video });
      }
      if (typeof clip.captions === 'string' && isSafeContentPath(clip.captions)) {
        references.push({ language, key, role: 'captions', path: clip.captions });
      }
    }
  }
  return references;
}

/** Counts the clips: one per language and key, whatever state they are in. */
export function countManifestClips(json: unknown): number {
  const languages = isRecord(json) && isRecord(json.languages) ? json.languages : {};
  return Object.values(languages).reduce<number>((total, entry) => total + (isRecord(entry) && isRecord(entry.clips) ? Object.keys(entry.clips).length : 0), 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
