// @vitest-environment node
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTemporaryDirectory, removeTemporaryDirectories, startTestServer } from './test-server.ts';

interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** pino's level number for warn. */
const WARN = 40;

const CLIP_MANIFEST = {
  format: 'loket-sign-language/1',
  languages: { bisindo: { clips: { 'screen.start': { video: 'bisindo/screen.start.webm', captions: 'bisindo/screen.start.vtt' } } } },
};

/** Collects pino's JSON lines in memory. */
function createLogCapture(): { write(line: string): void; text(): string; lines(): LogLine[] } {
  const chunks: string[] = [];
  return {
    write: (line) => void chunks.push(line),
    text: () => chunks.join(''),
    lines: () => chunks.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as LogLine),
  };
}

/** Captions whose text must never reach the log. */
const CAPTIONS = 'WEBVTT\n\n00:00.000 --> 00:02.000\nSiti Contoh, 081234567890\n';

/**
 * Creates a sign-language folder with the files of CLIP_MANIFEST's clip and, unless `manifest`
 * is undefined, a manifest.json with that text. `files` adds files by path and content.
 */
async function contentFolder(manifest: string | undefined, files: Record<string, string> = {}): Promise<string> {
  const folder = await createTemporaryDirectory('loket-sign-warning-');
  const all = { 'bisindo/screen.start.webm': 'clip bytes', 'bisindo/screen.start.vtt': CAPTIONS, ...files };
  for (const [path, content] of Object.entries(all)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), content);
  }
  if (manifest !== undefined) await writeFile(join(folder, 'manifest.json'), manifest);
  return folder;
}

/** Starts and stops a server on the folder and returns its warnings about the sign-language content. */
async function startWarnings(options: { signLanguageDir?: string; staticDir?: string }): Promise<{ warnings: LogLine[]; log: string; clipStatus: number }> {
  const capture = createLogCapture();
  const server = await startTestServer({ ...options, logLevel: 'info', logDestination: capture });
  const clipStatus = (await server.get('/sign-language/bisindo/screen.start.webm')).status;
  await server.close();
  const warnings = capture.lines().filter((line) => line.level === WARN && line.msg.startsWith('sign-language '));
  return { warnings, log: capture.text(), clipStatus };
}

afterAll(async () => {
  await removeTemporaryDirectories();
});

describe('sign-language manifest check at start', () => {
  it('stays quiet about a valid manifest', async () => {
    const { warnings } = await startWarnings({ signLanguageDir: await contentFolder(JSON.stringify(CLIP_MANIFEST)) });

    expect(warnings).toEqual([]);
  });

  it('accepts a manifest with a byte order mark', async () => {
    const { warnings } = await startWarnings({ signLanguageDir: await contentFolder(`\uFEFF${JSON.stringify(CLIP_MANIFEST)}`) });

    expect(warnings).toEqual([]);
  });

  it('warns about a missing manifest and still serves the folder', async () => {
    const folder = await contentFolder(undefined);
    const { warnings, clipStatus } = await startWarnings({ signLanguageDir: folder });

    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toBe(
      'sign-language manifest.json is missing, so the app shows no sign-language clips. Add manifest.json (docs/sign-language.md), then run the checker.',
    );
    expect(warnings[0]).toMatchObject({
      from: 'LOKET_SIGN_LANGUAGE_DIR',
      manifestPath: join(folder, 'manifest.json'),
      command: `npm run sign-language:check -- ${folder}`,
    });
    expect(clipStatus).toBe(200);
  });

  it('warns about invalid JSON with its line and column only', async () => {
    // V8's message quotes the characters around the error, here part of the phone number; the log must not.
    const manifest = '{\n  "format": "loket-sign-language/1",\n  "catatan": ["Siti Contoh", "081234567890",],\n  "languages": {}\n}\n';
    const { warnings, log } = await startWarnings({ signLanguageDir: await contentFolder(manifest) });

    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toBe('sign-language manifest.json is not valid JSON, so the app shows no sign-language clips. Run the checker to see what to fix.');
    expect(warnings[0]).toMatchObject({ line: 3, column: 45 });
    expect(log).not.toContain('Siti Contoh');
    expect(log).not.toContain('34567890');
  });

  it('warns about format problems with their kind and location', async () => {
    const manifest = JSON.stringify({ format: 'loket-sign-language/2', languages: { bisindo: { clips: { 'screen.start': { video: 'bisindo/screen.start.webm' } } } } });
    const { warnings } = await startWarnings({ signLanguageDir: await contentFolder(manifest) });

    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toBe(
      'sign-language manifest.json is not a valid loket-sign-language/1 manifest, so the app shows no sign-language clips. Run the checker to see what to fix.',
    );
    expect(warnings[0]).toMatchObject({
      problemCount: 3,
      problems: [
        { kind: 'format', path: '/format' },
        { kind: 'missingCaptions', path: '/languages/bisindo/clips/screen.start/captions' },
        { kind: 'noClips', path: '/languages/bisindo/clips' },
      ],
    });
  });

  it('lists at most five problems', async () => {
    const clips = Object.fromEntries(['screen.start', 'screen.chooser', 'screen.review', 'screen.receipt', 'screen.status'].map((key) => [key, { video: `bisindo/${key}.webm` }]));
    const manifest = JSON.stringify({ format: 'loket-sign-language/1', languages: { bisindo: { clips } } });
    const { warnings } = await startWarnings({ signLanguageDir: await contentFolder(manifest) });

    // Five clips without captions, and so no valid clip in BISINDO.
    expect(warnings[0]?.problemCount).toBe(6);
    expect(warnings[0]?.problems).toHaveLength(5);
  });

  it('checks the folder inside the built app too', async () => {
    const staticDir = await createTemporaryDirectory('loket-static-');
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Loket</title>');
    await mkdir(join(staticDir, 'sign-language'));
    await writeFile(join(staticDir, 'sign-language', 'manifest.json'), '{"format": "loket-sign-language/1"');
    const { warnings } = await startWarnings({ staticDir });

    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ from: 'built app', line: 1, column: 35 });
  });
});

describe('sign-language file check at start', () => {
  /** Builds a manifest with one clip per entry of `clips`, key → video path, each with the start clip's captions. */
  function manifestWith(clips: Record<string, string>): string {
    const entries = Object.entries(clips).map(([key, video]) => [key, { video, captions: 'bisindo/screen.start.vtt' }]);
    return JSON.stringify({ format: 'loket-sign-language/1', languages: { bisindo: { clips: Object.fromEntries(entries) } } });
  }

  it('warns once with the count of faults', async () => {
    const manifest = manifestWith({
      'screen.start': 'bisindo/screen.start.webm',
      'screen.chooser': 'bisindo/screen.chooser.webm',
      'screen.review': 'bisindo/screen.review.webm',
      'screen.receipt': 'bisindo/screen.receipt.webm',
      'screen.strat': 'bisindo/screen.start.webm',
    });
    const folder = await contentFolder(manifest, { 'bisindo/screen.review.webm': '', 'bisindo/Screen.Receipt.webm': 'clip bytes' });
    const { warnings, log, clipStatus } = await startWarnings({ signLanguageDir: folder });

    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toBe(
      'sign-language content has 4 faults in the files or keys manifest.json names, so those clips do not play. Run the checker to see what to fix.',
    );
    expect(warnings[0]).toMatchObject({ from: 'LOKET_SIGN_LANGUAGE_DIR', signLanguageDir: folder, faultCount: 4, command: `npm run sign-language:check -- ${folder}` });
    expect(warnings[0]?.faults).toEqual([
      { kind: 'unknownKey', path: 'screen.strat' },
      { kind: 'missingFile', path: 'bisindo/screen.chooser.webm' },
      { kind: 'emptyFile', path: 'bisindo/screen.review.webm' },
      { kind: 'caseMismatch', path: 'bisindo/screen.receipt.webm' },
    ]);
    expect(log).not.toContain('Siti Contoh');
    expect(log).not.toContain('081234567890');
    expect(clipStatus).toBe(200);
  });

  it('counts one fault in the singular', async () => {
    const folder = await contentFolder(manifestWith({ 'screen.start': 'bisindo/screen.start.webm', 'screen.chooser': 'bisindo/screen.chooser.webm' }));
    const { warnings } = await startWarnings({ signLanguageDir: folder });

    expect(warnings.map((warning) => warning.msg)).toEqual([
      'sign-language content has 1 fault in the files or keys manifest.json names, so those clips do not play. Run the checker to see what to fix.',
    ]);
  });

  it('lists at most five faults', async () => {
    const keys = ['screen.chooser', 'screen.objectionSource', 'screen.review', 'screen.receipt', 'screen.receipts', 'screen.blankForms'];
    const folder = await contentFolder(manifestWith(Object.fromEntries(keys.map((key) => [key, `bisindo/${key}.webm`]))));
    const { warnings } = await startWarnings({ signLanguageDir: folder });

    expect(warnings[0]?.faultCount).toBe(6);
    expect(warnings[0]?.faults).toHaveLength(5);
  });

  it('leaves an invalid manifest to its own warning', async () => {
    const manifest = JSON.stringify({ format: 'loket-sign-language/2', languages: { bisindo: { clips: { 'screen.start': { video: 'bisindo/tidak-ada.webm', captions: 'bisindo/screen.start.vtt' } } } } });
    const { warnings } = await startWarnings({ signLanguageDir: await contentFolder(manifest) });

    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toContain('is not a valid loket-sign-language/1 manifest');
  });
});
