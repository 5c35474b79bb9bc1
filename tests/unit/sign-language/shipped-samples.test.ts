import { open, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText } from 'media-captions';
import { beforeAll, describe, expect, it } from 'vitest';
import messages from '../../../src/app/i18n/locales/id.json';
import { formDefinitions } from '../../../src/domain/forms/registry.ts';
import { FIELD_ERROR_CODES } from '../../../src/domain/forms/types.ts';
import { parseSignManifest, type SignManifest } from '../../../src/domain/sign-language/manifest.ts';
import { allSignTopics, SIGN_SCREENS } from '../../../src/domain/sign-language/topics.ts';
import { captionCueTexts } from '../../../src/server/sign-language/caption-cues.ts';
import { clipSeconds } from '../../../src/server/sign-language/clip-duration.ts';
import { sampleClipTexts } from '../../../src/server/sign-language/sample-text.ts';

const CONTENT_DIR = fileURLToPath(new URL('../../../public/sign-language/', import.meta.url));
const REGENERATE = 'The app text changed since the samples were made: run `npm run sign-language:samples` and commit public/sign-language.';
/** Every WebM file starts with the EBML header's ID. */
const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];

const definitions = Object.values(formDefinitions);
const expectedTexts = new Map(sampleClipTexts(definitions, messages).map((clip) => [clip.key, clip.paragraphs]));

let manifest: SignManifest;

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

function clipsOf(language: 'bisindo' | 'sibi') {
  return Object.entries(manifest.languages[language] ?? {});
}

function allClips() {
  return [...clipsOf('bisindo'), ...clipsOf('sibi')];
}

beforeAll(async () => {
  const result = parseSignManifest(JSON.parse(await readFile(join(CONTENT_DIR, 'manifest.json'), 'utf8')));
  if (!result.ok) throw new Error(`The shipped manifest is invalid: ${JSON.stringify(result.problems)}`);
  manifest = result.manifest;
});

describe('shipped sample manifest', () => {
  it('marks every clip as a sample', () => {
    for (const [key, clip] of allClips()) expect(clip.sample, key).toBe(true);
  });

  it('names only files that exist', async () => {
    const files = new Set(await filesUnder(CONTENT_DIR));
    for (const [key, clip] of allClips()) {
      for (const path of [...clip.videos, clip.captions]) expect(files.has(path), `${key}: ${path}`).toBe(true);
    }
  });

  it('leaves no file in the folder unnamed', async () => {
    const named = new Set(['manifest.json', ...allClips().flatMap(([, clip]) => [...clip.videos, clip.captions])]);
    const unnamed = (await filesUnder(CONTENT_DIR)).filter((path) => !named.has(path));
    expect(unnamed).toEqual([]);
  });

  it('uses only keys the app can ask for', () => {
    const topics = new Set(allSignTopics(definitions));
    for (const [key] of allClips()) expect(topics.has(key), key).toBe(true);
  });

  it('covers every screen, step, error and receipt in BISINDO', () => {
    const keys = new Set(clipsOf('bisindo').map(([key]) => key));
    const required = [
      ...SIGN_SCREENS.map((screen) => `screen.${screen}`),
      ...definitions.flatMap((definition) => definition.steps.map((step) => `step.${definition.id}.${step.id}`)),
      ...FIELD_ERROR_CODES.map((code) => `error.${code}`),
      'errors.summary',
      ...definitions.map((definition) => `receipt.${definition.id}`),
    ];
    for (const key of required) expect(keys.has(key), key).toBe(true);
  });

  it('covers every field of every form in BISINDO', () => {
    const keys = new Set(clipsOf('bisindo').map(([key]) => key));
    for (const definition of definitions) {
      for (const field of definition.fields) {
        const found = keys.has(`field.${definition.id}.${field.name}`) || keys.has(`field.${field.name}`);
        expect(found, `${definition.id}.${field.name}`).toBe(true);
      }
    }
  });

  it('has a clip for every key the generator derives now', () => {
    const keys = new Set(clipsOf('bisindo').map(([key]) => key));
    const missing = [...expectedTexts.keys()].filter((key) => !keys.has(key));
    expect(missing, REGENERATE).toEqual([]);
  });
});

describe('shipped sample files', () => {
  it('starts every video with the EBML magic bytes', async () => {
    for (const [key, clip] of allClips()) {
      for (const path of clip.videos) {
        const file = await open(join(CONTENT_DIR, path));
        const { buffer } = await file.read(Buffer.alloc(4), 0, 4, 0);
        await file.close();
        expect([...buffer], `${key}: ${path}`).toEqual(EBML_MAGIC);
      }
    }
  });

  it('has captions that parse as WebVTT', async () => {
    for (const [key, clip] of allClips()) {
      const text = await readFile(join(CONTENT_DIR, clip.captions), 'utf8');
      expect(text.startsWith('WEBVTT'), key).toBe(true);
      const { cues, errors } = await parseText(text, { strict: true });
      expect(errors, key).toEqual([]);
      expect(cues.length, key).toBeGreaterThan(0);
      expect(cues[0]?.startTime, key).toBe(0);
    }
  });

  it('captions the current app text across the clip', async () => {
    for (const [key, clip] of allClips()) {
      const paragraphs = expectedTexts.get(key);
      expect(paragraphs, `${key}: ${REGENERATE}`).toBeDefined();
      if (!paragraphs) continue;
      const { cues } = await parseText(await readFile(join(CONTENT_DIR, clip.captions), 'utf8'), { strict: true });
      // The writer escapes &, < and >; cue text from the parser keeps the entities.
      const texts = cues.map((cue) => cue.text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'));
      expect(texts, `${key}: ${REGENERATE}`).toEqual(captionCueTexts(paragraphs));
      expect(cues.at(-1)?.endTime, `${key}: ${REGENERATE}`).toBe(clipSeconds(paragraphs.join(' ')));
    }
  });
});
