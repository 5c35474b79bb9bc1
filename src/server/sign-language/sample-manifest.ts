import { SIGN_MANIFEST_FORMAT, type SignLanguage } from '../../domain/sign-language/manifest.ts';

/** Returns the paths of one clip's files, relative to the manifest's folder. */
export function sampleClipPaths(language: SignLanguage, key: string): { video: string; captions: string } {
  return { video: `${language}/${key}.webm`, captions: `${language}/${key}.vtt` };
}

/** Builds the manifest JSON for the sample clips, each marked `"sample": true`, keys sorted. */
export function buildSampleManifest(keysByLanguage: Partial<Record<SignLanguage, readonly string[]>>): unknown {
  const languages: Record<string, { clips: Record<string, unknown> }> = {};
  for (const [language, keys] of Object.entries(keysByLanguage) as [SignLanguage, readonly string[]][]) {
    const clips: Record<string, unknown> = {};
    for (const key of [...keys].sort()) {
      const paths = sampleClipPaths(language, key);
      clips[key] = { video: [paths.video], captions: paths.captions, sample: true };
    }
    languages[language] = { clips };
  }
  return { format: SIGN_MANIFEST_FORMAT, languages };
}
