import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { formDefinitions } from '../../domain/forms/registry.ts';
import { parseSignManifest, type SignManifest } from '../../domain/sign-language/manifest.ts';
import { allSignTopics } from '../../domain/sign-language/topics.ts';
import type { SignManifestWarning } from './sign-manifest-warning.ts';

/** Maximum number of faults the warning lists. The checker lists them all. */
const MAX_LOGGED_FAULTS = 5;

type FileFaultKind = 'missingFile' | 'caseMismatch' | 'emptyFile' | 'unknownKey';

interface FileFault {
  kind: FileFaultKind;
  /** The file path, or for an unknown key the key, as the manifest writes it. */
  path: string;
}

/**
 * Checks, at server start, what the manifest of the served folder names: that every file
 * exists with the same letter case and is not empty, and that every key is one of the app's
 * topics. It reads no file's content, so it takes one `stat` per file. Returns one warning with
 * the count of faults, the first few with their kind and path, and the checker command, which
 * also judges formats and captions. Returns undefined for a missing or invalid manifest, which
 * signManifestWarning() reports, and when nothing is wrong.
 */
export function signFilesWarning(folder: string): SignManifestWarning | undefined {
  const manifest = readManifest(folder);
  if (manifest === undefined) return undefined;

  const faults = [...unknownKeyFaults(manifest), ...fileFaults(folder, manifest)];
  if (faults.length === 0) return undefined;
  return {
    message: `sign-language content has ${faults.length} ${faults.length === 1 ? 'fault' : 'faults'} in the files or keys manifest.json names, so those clips do not play. Run the checker to see what to fix.`,
    fields: {
      signLanguageDir: folder,
      faultCount: faults.length,
      faults: faults.slice(0, MAX_LOGGED_FAULTS),
      command: `npm run sign-language:check -- ${folder}`,
    },
  };
}

function readManifest(folder: string): SignManifest | undefined {
  try {
    const parsed = parseSignManifest(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8').replace(/^\uFEFF/, '')));
    return parsed.ok ? parsed.manifest : undefined;
  } catch {
    return undefined;
  }
}

function unknownKeyFaults(manifest: SignManifest): FileFault[] {
  const known = new Set(allSignTopics(Object.values(formDefinitions)));
  return Object.values(manifest.languages)
    .flatMap((clips) => Object.keys(clips ?? {}))
    .filter((key) => !known.has(key))
    .map((key) => ({ kind: 'unknownKey', path: key }));
}

function fileFaults(folder: string, manifest: SignManifest): FileFault[] {
  const paths = new Set(Object.values(manifest.languages).flatMap((clips) => Object.values(clips ?? {}).flatMap((clip) => [...clip.videos, clip.captions])));
  let lowerCaseNames: Set<string> | undefined;
  const faults: FileFault[] = [];
  for (const path of paths) {
    const size = fileSize(join(folder, path));
    if (size === 0) faults.push({ kind: 'emptyFile', path });
    if (size !== undefined) continue;
    // Listed only when a file is missing, because a folder with no fault needs no listing.
    lowerCaseNames ??= listLowerCaseNames(folder);
    faults.push({ kind: lowerCaseNames.has(path.toLowerCase()) ? 'caseMismatch' : 'missingFile', path });
  }
  return faults;
}

/** Returns a regular file's size in bytes, or undefined when there is no such file. */
function fileSize(path: string): number | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

/** Lists every file below `folder` as a lower-case path with `/` separators. */
function listLowerCaseNames(folder: string): Set<string> {
  try {
    return new Set(readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => name.split(sep).join('/').toLowerCase()));
  } catch {
    return new Set();
  }
}
