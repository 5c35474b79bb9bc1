/**
 * Generates Loket's sample sign-language content in public/sign-language: for each topic a
 * WebM clip that shows the app's Indonesian text under a "CONTOH — bukan bahasa isyarat /
 * SAMPLE — not sign language" label, its WebVTT captions, and manifest.json with every clip
 * marked `"sample": true`. The samples let the panel, the cache and the checker be built and
 * tested before a city records real interpreters; they are never sign language.
 *
 * Run it after changing a text the clips show (tests/unit/sign-language fails until then):
 *
 *     npm run sign-language:samples            # re-encodes only clips whose inputs changed
 *     npm run sign-language:samples -- --force # re-encodes every clip
 *
 * It needs ffmpeg with drawtext and libvpx-vp9, and the DejaVu Sans fonts.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formDefinitions } from '../../domain/forms/registry.ts';
import { SIGN_LANGUAGES, type SignLanguage } from '../../domain/sign-language/manifest.ts';
import { captionCueTexts, timeCaptionCues } from './caption-cues.ts';
import { clipSeconds } from './clip-duration.ts';
import { checkFfmpeg, FFMPEG_PROBLEMS } from './ffmpeg-check.ts';
import type { TextFonts } from './clip-layout.ts';
import { RenderCache } from './render-cache.ts';
import { renderClip } from './render-clip.ts';
import { findSampleFonts, type SampleFonts } from './sample-fonts.ts';
import { sibiClips } from './sample-languages.ts';
import { buildSampleManifest, sampleClipPaths } from './sample-manifest.ts';
import { type SampleClipText, sampleClipTexts } from './sample-text.ts';
import { loadTextMeasure } from './text-width.ts';
import { writeWebVtt } from './webvtt-writer.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CONTENT_DIR = join(ROOT, 'public/sign-language');
const LOCALE_PATH = join(ROOT, 'src/app/i18n/locales/id.json');
const CACHE_PATH = join(ROOT, 'node_modules/.cache/loket-sign-language-samples.json');
/** Sources whose change alters every clip's pixels or encoding. */
const RENDER_SOURCES = ['render-clip.ts', 'clip-layout.ts', 'wrap-lines.ts', 'text-width.ts'].map((name) => fileURLToPath(new URL(name, import.meta.url)));

const LANGUAGE_NAMES: Record<SignLanguage, string> = { bisindo: 'BISINDO', sibi: 'SIBI' };

interface RenderContext {
  fonts: SampleFonts;
  measures: TextFonts;
  ffmpegVersion: string;
  renderSources: string;
  cache: RenderCache;
  force: boolean;
  workDir: string;
}

async function writeClip(language: SignLanguage, clip: SampleClipText, context: RenderContext): Promise<'rendered' | 'kept'> {
  const paths = sampleClipPaths(language, clip.key);
  const seconds = clipSeconds(clip.paragraphs.join(' '));
  const cues = timeCaptionCues(captionCueTexts(clip.paragraphs), seconds);
  await writeFile(join(CONTENT_DIR, paths.captions), writeWebVtt(cues));

  const videoPath = join(CONTENT_DIR, paths.video);
  const inputs = RenderCache.fingerprint({
    paragraphs: clip.paragraphs,
    language: LANGUAGE_NAMES[language],
    seconds,
    fonts: context.fonts,
    ffmpeg: context.ffmpegVersion,
    renderSources: context.renderSources,
  });
  if (!context.force && (await context.cache.isFresh(videoPath, inputs))) return 'kept';
  await renderClip({
    paragraphs: clip.paragraphs,
    languageName: LANGUAGE_NAMES[language],
    seconds,
    outputPath: videoPath,
    workDir: context.workDir,
    fonts: context.fonts,
    measures: context.measures,
  });
  await context.cache.record(videoPath, inputs);
  return 'rendered';
}

async function totalBytes(paths: Iterable<string>): Promise<number> {
  let total = 0;
  for (const path of paths) total += (await stat(join(CONTENT_DIR, path))).size;
  return total;
}

/** Deletes every file under the content folder that the new manifest does not name. */
async function removeUnlisted(listed: ReadonlySet<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const entry of await readdir(CONTENT_DIR, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = relative(CONTENT_DIR, join(entry.parentPath, entry.name));
    if (path === 'manifest.json' || listed.has(path)) continue;
    await rm(join(CONTENT_DIR, path));
    removed.push(path);
  }
  return removed;
}

async function main(): Promise<number> {
  const ffmpeg = await checkFfmpeg();
  if (!ffmpeg.ok) {
    console.error(FFMPEG_PROBLEMS[ffmpeg.problem]);
    return 1;
  }
  const force = process.argv.includes('--force');
  const messages = JSON.parse(await readFile(LOCALE_PATH, 'utf8')) as Record<string, unknown>;
  const clips = sampleClipTexts(Object.values(formDefinitions), messages);
  const fonts = await findSampleFonts();
  const context: RenderContext = {
    fonts,
    measures: { regular: await loadTextMeasure(fonts.regular), bold: await loadTextMeasure(fonts.bold) },
    ffmpegVersion: ffmpeg.version,
    renderSources: RenderCache.fingerprint(RENDER_SOURCES.map((path) => readFileSync(path, 'utf8'))),
    cache: await RenderCache.load(CACHE_PATH, CONTENT_DIR),
    force,
    workDir: await mkdtemp(join(tmpdir(), 'loket-sign-samples-')),
  };

  const keysByLanguage: Partial<Record<SignLanguage, string[]>> = {};
  const listed = new Set<string>();
  try {
    for (const language of SIGN_LANGUAGES) {
      await mkdir(join(CONTENT_DIR, language), { recursive: true });
      const languageClips = language === 'sibi' ? sibiClips(clips, await totalBytes(listed)) : clips;
      let rendered = 0;
      for (const [index, clip] of languageClips.entries()) {
        const result = await writeClip(language, clip, context);
        if (result === 'rendered') rendered += 1;
        const paths = sampleClipPaths(language, clip.key);
        listed.add(paths.video).add(paths.captions);
        // A terminal gets one updating line; a log gets only the summary below.
        if (process.stdout.isTTY) process.stdout.write(`\r${LANGUAGE_NAMES[language]}: ${index + 1}/${languageClips.length} (${rendered} encoded)`);
      }
      if (process.stdout.isTTY) process.stdout.write('\n');
      console.log(`${LANGUAGE_NAMES[language]}: encoded ${rendered} of ${languageClips.length} clips, kept the rest`);
      keysByLanguage[language] = languageClips.map((clip) => clip.key);
      await context.cache.save();
    }
  } finally {
    await rm(context.workDir, { recursive: true, force: true });
  }

  await writeFile(join(CONTENT_DIR, 'manifest.json'), `${JSON.stringify(buildSampleManifest(keysByLanguage), null, 2)}\n`);
  for (const path of await removeUnlisted(listed)) console.log(`Removed ${path}, which the manifest no longer lists`);
  const mebibytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
  for (const language of SIGN_LANGUAGES) {
    const paths = [...listed].filter((path) => path.startsWith(`${language}/`));
    console.log(`${LANGUAGE_NAMES[language]}: ${keysByLanguage[language]?.length ?? 0} clips, ${mebibytes(await totalBytes(paths))}`);
  }
  console.log(`public/sign-language: ${mebibytes(await totalBytes([...listed, 'manifest.json']))} in total`);
  return 0;
}

process.exitCode = await main();
