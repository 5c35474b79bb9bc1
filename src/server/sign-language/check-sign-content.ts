import { readFile, stat } from 'node:fs/promises';
import { join, posix, resolve } from 'node:path';
import { formDefinitions } from '../../domain/forms/registry.ts';
import type { FormDefinition } from '../../domain/forms/types.ts';
import { DEFAULT_SIGN_LANGUAGE, parseSignManifest, type ManifestProblem } from '../../domain/sign-language/manifest.ts';
import { allSignTopics, fallbackTopics } from '../../domain/sign-language/topics.ts';
import { checkCaptions } from './check-captions.ts';
import { coverageTopics } from './coverage-topics.ts';
import { judgeVideo } from './judge-video.ts';
import { listContentFiles } from './list-content-files.ts';
import { manifestProblemFinding } from './manifest-problem-finding.ts';
import { manifestSyntaxFinding } from './manifest-syntax.ts';
import { nearestName } from './nearest-name.ts';
import { collectManifestReferences, countManifestClips, type ManifestReference } from './manifest-references.ts';
import { createVideoProber, type VideoProber } from './probe-video.ts';
import type { SignCheckFinding, SignCheckReport } from './sign-check-finding.ts';
import { unknownPropertyFindings } from './unknown-property-findings.ts';

export const MANIFEST_FILE = 'manifest.json';

/**
 * Seconds captions may run past the video's end before a warning: one frame at 25 fps is
 * 0.04 s, and timings rounded to a tenth of a second stay inside this.
 */
const CAPTION_OVERRUN_SECONDS = 0.1;

/** Thrown when the folder or its manifest cannot be read at all, so nothing can be checked. */
export class SignCheckReadError extends Error {
  override name = 'SignCheckReadError';

  constructor(
    readonly reason: 'folderMissing' | 'manifestMissing' | 'manifestUnreadable',
    readonly path: string,
    readonly detail = '',
  ) {
    super(`${reason}: ${path}${detail ? ` (${detail})` : ''}`);
  }
}

export interface SignCheckOptions {
  /** The forms whose keys are known; by default every form the kiosk offers. */
  definitions?: readonly FormDefinition[];
}

/**
 * Checks a sign-language content folder against its manifest.json. Faults are the manifest's
 * format, keys the app does not know, missing and extra files, videos that some browser cannot
 * play, and captions that do not parse. Warnings are unknown manifest properties, small or
 * long videos, captions that outlast their video, and parts of the app without a clip in the default language. Every
 * finding is collected, so one run lists them all.
 */
export async function checkSignContent(folderPath: string, options: SignCheckOptions = {}): Promise<SignCheckReport> {
  const folder = resolve(folderPath);
  // Browsers drop a byte order mark before JSON (Fetch's UTF-8 decode), and Windows editors write one.
  const manifestText = (await readManifest(folder)).replace(/^\uFEFF/, '');
  const files = await listContentFiles(folder);
  const definitions = options.definitions ?? Object.values(formDefinitions);
  const report: SignCheckReport = { folder, findings: [], clipCount: 0, fileCount: files.length };

  let json: unknown;
  try {
    json = JSON.parse(manifestText);
  } catch (error) {
    report.findings.push(manifestSyntaxFinding(MANIFEST_FILE, manifestText, error));
    return report;
  }
  report.clipCount = countManifestClips(json);

  const parsed = parseSignManifest(json);
  const problems = parsed.ok ? [] : parsed.problems;
  report.findings.push(...problems.map((problem) => manifestProblemFinding(MANIFEST_FILE, json, problem)));
  report.findings.push(...unknownPropertyFindings(MANIFEST_FILE, json));

  const references = collectManifestReferences(json);
  report.findings.push(...unknownKeyFindings(references, problems, definitions));
  const caseMatches = caseOnlyMatches(references, files);
  report.findings.push(...(await fileFindings(folder, references, new Set(files), caseMatches)));

  // A file whose name differs from the manifest's only in case is reported with the clip, not as extra.
  const referenced = new Set([...references.map((reference) => reference.path), ...caseMatches.values()]);
  for (const file of files) {
    if (file !== MANIFEST_FILE && !referenced.has(file)) report.findings.push({ code: 'extraFile', file, details: {} });
  }
  report.findings.push(...coverageFindings(references, definitions));
  return report;
}

async function readManifest(folder: string): Promise<string> {
  const folderStat = await stat(folder).catch(() => undefined);
  if (!folderStat?.isDirectory()) throw new SignCheckReadError('folderMissing', folder);
  const manifestPath = join(folder, MANIFEST_FILE);
  try {
    return await readFile(manifestPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SignCheckReadError('manifestMissing', manifestPath);
    throw new SignCheckReadError('manifestUnreadable', manifestPath, code ?? String(error));
  }
}

/**
 * Reports keys the app never requests, once per language, with the nearest known key when it
 * is close enough to be a misspelling. A malformed key is already a manifest problem.
 */
function unknownKeyFindings(references: readonly ManifestReference[], problems: readonly ManifestProblem[], definitions: readonly FormDefinition[]): SignCheckFinding[] {
  const known = new Set(allSignTopics(definitions));
  const malformed = new Set(problems.filter((problem) => problem.kind === 'badKey').map((problem) => problem.path));
  const findings: SignCheckFinding[] = [];
  const seen = new Set<string>();
  for (const { language, key } of references) {
    const id = `${language}\u0000${key}`;
    if (seen.has(id) || known.has(key) || malformed.has(`/languages/${language}/clips/${key}`)) continue;
    seen.add(id);
    const suggestion = nearestName(key, known);
    findings.push({ code: 'unknownKey', language, key, file: MANIFEST_FILE, details: suggestion === undefined ? { key } : { key, suggestion } });
  }
  return findings;
}

/**
 * Maps each named path that is missing to the one present file whose name differs from it only
 * in letter case. Servers on Linux match names exactly, so such a clip never loads there, even
 * though it may play from a copy on Windows or macOS. A file that the manifest also names
 * exactly elsewhere is no match, because renaming it would break that other clip.
 */
function caseOnlyMatches(references: readonly ManifestReference[], files: readonly string[]): Map<string, string> {
  const present = new Set(files);
  const named = new Set(references.map((reference) => reference.path));
  const byLowerCase = new Map<string, string[]>();
  for (const file of files) byLowerCase.set(file.toLowerCase(), [...(byLowerCase.get(file.toLowerCase()) ?? []), file]);
  const matches = new Map<string, string>();
  for (const { path } of references) {
    const candidates = byLowerCase.get(path.toLowerCase()) ?? [];
    const [candidate] = candidates;
    if (!present.has(path) && candidates.length === 1 && candidate !== undefined && !named.has(candidate)) matches.set(path, candidate);
  }
  return matches;
}

/**
 * Builds the shell command that gives a file the name the manifest uses. When a folder name differs
 * in case too, that folder does not exist yet on a case-sensitive file system, so the command
 * creates it first.
 */
function renameCommand(actual: string, path: string): string {
  const folder = posix.dirname(path);
  const move = `mv ${actual} ${path}`;
  return folder !== '.' && folder !== posix.dirname(actual) ? `mkdir -p ${folder} && ${move}` : move;
}

/** Checks each named file once and reports its findings under every clip that names it. */
async function fileFindings(
  folder: string,
  references: readonly ManifestReference[],
  present: ReadonlySet<string>,
  caseMatches: ReadonlyMap<string, string>,
): Promise<SignCheckFinding[]> {
  const findings: SignCheckFinding[] = [];
  const results = new Map<string, { findings: Omit<SignCheckFinding, 'language' | 'key'>[]; seconds: number | undefined }>();
  let prober: VideoProber | undefined;
  try {
    for (const reference of references) {
      const { language, key, path } = reference;
      if (!present.has(path)) {
        const actual = caseMatches.get(path);
        if (actual === undefined) {
          findings.push({ code: 'missingFile', language, key, file: path, details: { role: reference.role } });
        } else {
          findings.push({ code: 'caseMismatch', language, key, file: path, details: { role: reference.role, actual }, fix: renameCommand(actual, path) });
        }
        continue;
      }
      let result = results.get(`${reference.role}:${path}`);
      if (!result) {
        if ((await stat(join(folder, path))).size === 0) {
          // An interrupted copy or export leaves 0 bytes, which MediaInfo would call an unknown format.
          result = { findings: [{ code: 'emptyFile', file: path, details: { role: reference.role } }], seconds: undefined };
        } else if (reference.role === 'video') {
          prober ??= await createVideoProber();
          const facts = await prober.probe(join(folder, path));
          result = { findings: judgeVideo(path, facts), seconds: facts.durationSeconds };
        } else {
          const captions = await checkCaptions(path, await readFile(join(folder, path)));
          result = { findings: captions.findings, seconds: captions.lastCueEnd };
        }
        results.set(`${reference.role}:${path}`, result);
      }
      findings.push(...result.findings.map((finding) => ({ ...finding, language, key })));
    }
  } finally {
    prober?.close();
  }
  findings.push(...overrunFindings(references, results));
  return findings;
}

/** Warns about captions whose last cue ends after the clip's video, because that text never shows with its signs. */
function overrunFindings(references: readonly ManifestReference[], results: ReadonlyMap<string, { seconds: number | undefined }>): SignCheckFinding[] {
  const findings: SignCheckFinding[] = [];
  for (const captions of references.filter((reference) => reference.role === 'captions')) {
    const captionsEnd = results.get(`captions:${captions.path}`)?.seconds;
    if (captionsEnd === undefined) continue;
    const videos = references.filter((reference) => reference.role === 'video' && reference.language === captions.language && reference.key === captions.key);
    for (const video of videos) {
      const videoEnd = results.get(`video:${video.path}`)?.seconds;
      if (videoEnd !== undefined && captionsEnd > videoEnd + CAPTION_OVERRUN_SECONDS) {
        findings.push({
          code: 'captionsPastEnd',
          language: captions.language,
          key: captions.key,
          file: captions.path,
          details: { captionsEnd: round(captionsEnd), videoEnd: round(videoEnd), video: video.path },
        });
      }
    }
  }
  return findings;
}

/** Warns about topics without a clip in the default language, after fallbacks such as `receipt.<form>` → `screen.receipt`. */
function coverageFindings(references: readonly ManifestReference[], definitions: readonly FormDefinition[]): SignCheckFinding[] {
  const keys = new Set(references.filter((reference) => reference.language === DEFAULT_SIGN_LANGUAGE).map((reference) => reference.key));
  return coverageTopics(definitions)
    .filter((topic) => !fallbackTopics(topic).some((key) => keys.has(key)))
    .map((topic) => ({ code: 'noClip', language: DEFAULT_SIGN_LANGUAGE, key: topic, details: { key: topic } }));
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}
