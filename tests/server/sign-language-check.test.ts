// @vitest-environment node
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formDefinitions } from '../../src/domain/forms/registry.ts';
import { allSignTopics } from '../../src/domain/sign-language/topics.ts';
import { mp4Command, webmCommand } from '../../src/server/sign-language/conversion-commands.ts';
import type { SignCheckJsonFinding, SignCheckJsonReport } from '../../src/server/sign-language/format-sign-report.ts';
import { EXIT_FAULTS, EXIT_OK, EXIT_UNREADABLE, runSignCheck } from '../../src/server/sign-language/run-sign-check.ts';
import { createTemporaryDirectory, removeTemporaryDirectories } from './test-server.ts';

const repositoryRoot = resolve(import.meta.dirname, '../..');
const videoFixtures = join(repositoryRoot, 'tests/fixtures/sign-language/video');

const CAPTIONS = 'WEBVTT\n\n00:00.000 --> 00:01.000\nSelamat datang di Loket PPID.\n';

interface ClipSpec {
  video: string | string[];
  captions: string;
  sample?: boolean;
}

/** A content folder as a test describes it: manifest clips per language, and each file with its fixture or text. */
interface FolderSpec {
  manifest?: unknown;
  clips?: Record<string, Record<string, ClipSpec>>;
  /** Path in the folder → a file in tests/fixtures/sign-language/video, or `{ text }`. */
  files: Record<string, string | { text: string }>;
}

/** The smallest valid folder: one BISINDO clip in WebM and MP4, one SIBI clip. */
function validFolder(): Required<Pick<FolderSpec, 'clips'>> & FolderSpec {
  return {
    clips: {
      bisindo: {
        'screen.start': { video: ['bisindo/screen.start.webm', 'bisindo/screen.start.mp4'], captions: 'bisindo/screen.start.vtt', sample: false },
        'step.information-request.applicant': {
          video: 'bisindo/step.information-request.applicant.webm',
          captions: 'bisindo/step.information-request.applicant.vtt',
        },
      },
      sibi: { 'screen.start': { video: 'sibi/screen.start.webm', captions: 'sibi/screen.start.vtt' } },
    },
    files: {
      'bisindo/screen.start.webm': 'vp9.webm',
      'bisindo/screen.start.mp4': 'h264.mp4',
      'bisindo/screen.start.vtt': { text: CAPTIONS },
      'bisindo/step.information-request.applicant.webm': 'vp9-opus.webm',
      'bisindo/step.information-request.applicant.vtt': { text: CAPTIONS },
      'sibi/screen.start.webm': 'av1.webm',
      'sibi/screen.start.vtt': { text: CAPTIONS },
      '.DS_Store': { text: 'ignored because it is a dotfile' },
    },
  };
}

async function writeFolder(spec: FolderSpec): Promise<string> {
  const folder = await createTemporaryDirectory('loket-sign-check-');
  const manifest = spec.manifest ?? {
    format: 'loket-sign-language/1',
    languages: Object.fromEntries(Object.entries(spec.clips ?? {}).map(([language, clips]) => [language, { clips }])),
  };
  await writeFile(join(folder, 'manifest.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest, null, 2));
  for (const [path, source] of Object.entries(spec.files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    if (typeof source === 'string') await copyFile(join(videoFixtures, source), join(folder, path));
    else await writeFile(join(folder, path), source.text);
  }
  return folder;
}

interface CheckRun {
  exitCode: number;
  report: SignCheckJsonReport;
  stderr: string;
}

async function check(folder: string): Promise<CheckRun> {
  let stdout = '';
  let stderr = '';
  const exitCode = await runSignCheck([folder, '--json'], {
    env: {},
    cwd: repositoryRoot,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { exitCode, report: JSON.parse(stdout) as SignCheckJsonReport, stderr };
}

/** Runs the real command as a city does, through npm and tsx. */
async function runCli(args: string[], env: Record<string, string> = {}): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const child = spawn('npm', ['run', '--silent', 'sign-language:check', '--', ...args], {
    cwd: repositoryRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [exitCode] = (await once(child, 'exit')) as [number];
  return { exitCode, stdout, stderr };
}

/** Where a finding is, and what: enough to tell one fault from another. */
function located(finding: SignCheckJsonFinding): { code: string; language?: string; key?: string; file?: string } {
  const { code, language, key, file } = finding;
  return { code, ...(language ? { language } : {}), ...(key ? { key } : {}), ...(file ? { file } : {}) };
}

/** Checks the valid folder with one file replaced and returns the faults. */
async function faultsWithFile(path: string, source: string | { text: string }): Promise<SignCheckJsonFinding[]> {
  const spec = validFolder();
  spec.files[path] = source;
  const { exitCode, report } = await check(await writeFolder(spec));
  expect(exitCode).toBe(EXIT_FAULTS);
  return report.faults;
}

afterAll(async () => {
  await removeTemporaryDirectories();
});

describe('sign-language checker', () => {
  it('passes the shipped samples', async () => {
    const { exitCode, report } = await check(resolve('public/sign-language'));

    expect(report.faults).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(exitCode).toBe(EXIT_OK);
  });

  it('passes a valid folder', async () => {
    const { exitCode, report } = await check(await writeFolder(validFolder()));

    expect(report.faults).toEqual([]);
    expect(exitCode).toBe(EXIT_OK);
    expect(report.ok).toBe(true);
    // Seven clip files and manifest.json; .DS_Store is not counted.
    expect(report.summary).toMatchObject({ faults: 0, clips: 3, files: 8 });
  });

  it('warns about topics without a BISINDO clip', async () => {
    const { report } = await check(await writeFolder(validFolder()));
    const uncovered = report.warnings.filter((warning) => warning.code === 'noClip').map((warning) => warning.key);

    expect(uncovered).toContain('screen.chooser');
    expect(uncovered).toContain('step.information-request.request');
    expect(uncovered).toContain('receipt.objection');
    expect(uncovered).toContain('errors.summary');
    expect(uncovered).toContain('error.required');
    expect(uncovered).not.toContain('error.unknownField');
    expect(uncovered).not.toContain('screen.start');
    expect(uncovered).not.toContain('step.information-request.applicant');
  });

  it('counts a receipt covered by screen.receipt', async () => {
    const spec = validFolder();
    spec.clips.bisindo!['screen.receipt'] = { video: 'bisindo/screen.receipt.webm', captions: 'bisindo/screen.receipt.vtt' };
    spec.files['bisindo/screen.receipt.webm'] = 'vp8.webm';
    spec.files['bisindo/screen.receipt.vtt'] = { text: CAPTIONS };
    const { report } = await check(await writeFolder(spec));
    const uncovered = report.warnings.filter((warning) => warning.code === 'noClip').map((warning) => warning.key);

    expect(report.faults).toEqual([]);
    expect(uncovered).not.toContain('screen.receipt');
    expect(uncovered).not.toContain('receipt.information-request');
  });

  it('reports a missing file', async () => {
    const spec = validFolder();
    delete spec.files['bisindo/screen.start.mp4'];
    const { exitCode, report } = await check(await writeFolder(spec));

    expect(exitCode).toBe(EXIT_FAULTS);
    expect(report.faults.map(located)).toEqual([{ code: 'missingFile', language: 'bisindo', key: 'screen.start', file: 'bisindo/screen.start.mp4' }]);
  });

  it('reports missing captions', async () => {
    const spec = validFolder();
    delete spec.files['sibi/screen.start.vtt'];
    const { report } = await check(await writeFolder(spec));

    expect(report.faults.map(located)).toEqual([{ code: 'missingFile', language: 'sibi', key: 'screen.start', file: 'sibi/screen.start.vtt' }]);
    expect(report.faults[0]?.message.id).toBe(
      'manifest.json menyebut berkas teks WebVTT sibi/screen.start.vtt untuk klip "screen.start" (SIBI), tetapi berkasnya tidak ada di folder. Salin berkas itu ke folder konten dengan nama tersebut, atau perbaiki jalurnya di manifest.json.',
    );
    expect(report.faults[0]?.message.en).toBe(
      'manifest.json names the WebVTT captions file sibi/screen.start.vtt for clip "screen.start" (SIBI), but the file is not in the folder. Copy the file into the content folder under that name, or correct the path in manifest.json.',
    );
  });

  it.each([
    ['video', 'bisindo/screen.start.webm'],
    ['captions', 'bisindo/screen.start.vtt'],
  ])('reports an empty %s file', async (role, path) => {
    const faults = await faultsWithFile(path, { text: '' });

    expect(faults.map(located)).toEqual([{ code: 'emptyFile', language: 'bisindo', key: 'screen.start', file: path }]);
    expect(faults[0]?.details).toEqual({ role });
  });

  it('tells how to fix an empty file in both languages', async () => {
    const faults = await faultsWithFile('bisindo/screen.start.webm', { text: '' });

    expect(faults[0]?.message.id).toBe(
      'Berkas video bisindo/screen.start.webm kosong (0 byte), biasanya karena penyalinan atau ekspor terputus. Salin berkasnya lagi, atau ekspor ulang dari sumbernya.',
    );
    expect(faults[0]?.message.en).toBe(
      'The video file bisindo/screen.start.webm is empty (0 bytes), usually after an interrupted copy or export. Copy the file again, or export it again from its source.',
    );
  });

  it('reports a file name that differs only in case', async () => {
    const spec = validFolder();
    delete spec.files['bisindo/screen.start.webm'];
    spec.files['bisindo/Screen.Start.webm'] = 'vp9.webm';
    const { exitCode, report } = await check(await writeFolder(spec));

    expect(exitCode).toBe(EXIT_FAULTS);
    // The file is reported with its clip, not also as an extra file.
    expect(report.faults.map(located)).toEqual([{ code: 'caseMismatch', language: 'bisindo', key: 'screen.start', file: 'bisindo/screen.start.webm' }]);
    expect(report.faults[0]?.details).toEqual({ role: 'video', actual: 'bisindo/Screen.Start.webm' });
    expect(report.faults[0]?.fix).toBe('mv bisindo/Screen.Start.webm bisindo/screen.start.webm');
    expect(report.faults[0]?.message.id).toBe(
      'Nama berkas berbeda huruf besar/kecil: bisindo/Screen.Start.webm ada, manifest menyebut bisindo/screen.start.webm. Server membedakan huruf besar dan kecil, jadi klip "screen.start" (BISINDO) tidak dimuat. Ganti nama berkasnya dengan perintah ini, atau perbaiki jalurnya di manifest.json:',
    );
    expect(report.faults[0]?.message.en).toBe(
      'File name differs in letter case: bisindo/Screen.Start.webm exists, the manifest names bisindo/screen.start.webm. The server tells upper from lower case, so clip "screen.start" (BISINDO) does not load. Rename the file with this command, or correct the path in manifest.json:',
    );
  });

  it('creates the folder when its name differs in case', async () => {
    const spec = validFolder();
    delete spec.files['sibi/screen.start.webm'];
    delete spec.files['sibi/screen.start.vtt'];
    spec.files['SIBI/screen.start.webm'] = 'av1.webm';
    spec.files['SIBI/screen.start.vtt'] = { text: CAPTIONS };
    const { report } = await check(await writeFolder(spec));

    expect(report.faults.map((fault) => [fault.code, fault.fix])).toEqual([
      ['caseMismatch', 'mkdir -p sibi && mv SIBI/screen.start.webm sibi/screen.start.webm'],
      ['caseMismatch', 'mkdir -p sibi && mv SIBI/screen.start.vtt sibi/screen.start.vtt'],
    ]);
  });

  it('reports a missing file when its case twin belongs to another clip', async () => {
    const spec = validFolder();
    spec.clips.bisindo!['screen.chooser'] = { video: 'bisindo/Screen.Start.webm', captions: 'bisindo/screen.start.vtt' };
    const { report } = await check(await writeFolder(spec));

    // Renaming screen.start.webm would break the clip that names it exactly.
    expect(report.faults.map(located)).toEqual([{ code: 'missingFile', language: 'bisindo', key: 'screen.chooser', file: 'bisindo/Screen.Start.webm' }]);
  });

  it('reports an extra file', async () => {
    const spec = validFolder();
    spec.files['bisindo/screen.start-old.webm'] = 'vp9.webm';
    const { report } = await check(await writeFolder(spec));

    expect(report.faults.map(located)).toEqual([{ code: 'extraFile', file: 'bisindo/screen.start-old.webm' }]);
  });

  it.each([
    ['AVI', 'mpeg4-part2.avi', 'unplayableContainer', { container: 'AVI', video: 'MPEG-4 Visual' }],
    ['MPEG-4 Part 2 in MP4', 'mpeg4-part2.mp4', 'unplayableVideo', { container: 'MP4', video: 'MPEG-4 Visual' }],
    ['HEVC in MP4', 'hevc.mp4', 'unplayableVideo', { container: 'MP4', video: 'HEVC' }],
    ['ProRes in MOV', 'prores.mov', 'unplayableContainer', { container: 'QuickTime (MOV)', video: 'ProRes' }],
    ['Matroska', 'vp9.mkv', 'unplayableContainer', { container: 'Matroska', video: 'VP9' }],
    ['VP9 in MP4', 'vp9.mp4', 'unplayableVideo', { container: 'MP4', video: 'VP9' }],
    ['H.264 4:4:4', 'h264-444.mp4', 'unplayableProfile', { profile: 'High 4:4:4 Predictive 8-bit 4:4:4' }],
    ['Opus in MP4', 'h264-opus.mp4', 'unplayableAudio', { container: 'MP4', audio: 'Opus' }],
  ])('reports %s as unplayable', async (_name, fixture, code, details) => {
    const file = `bisindo/screen.start${fixture.slice(fixture.lastIndexOf('.'))}`;
    const spec = validFolder();
    spec.clips.bisindo!['screen.start']!.video = file;
    delete spec.files['bisindo/screen.start.webm'];
    delete spec.files['bisindo/screen.start.mp4'];
    spec.files[file] = fixture;
    const { exitCode, report } = await check(await writeFolder(spec));

    expect(exitCode).toBe(EXIT_FAULTS);
    expect(report.faults.map(located)).toEqual([{ code, language: 'bisindo', key: 'screen.start', file }]);
    expect(report.faults[0]?.details).toMatchObject(details);
    expect(report.faults[0]?.fix).toMatch(/^ffmpeg -i bisindo\/screen\.start\.\w+ .* bisindo\/screen\.start\.(v2\.)?(webm|mp4)$/);
  });

  it('converts an AVI to WebM VP9 with the documented command', async () => {
    const spec = validFolder();
    spec.clips.bisindo!['screen.start']!.video = 'bisindo/screen.start.avi';
    spec.files = { ...spec.files, 'bisindo/screen.start.avi': 'mpeg4-part2.avi' };
    delete spec.files['bisindo/screen.start.webm'];
    delete spec.files['bisindo/screen.start.mp4'];
    const { report } = await check(await writeFolder(spec));

    expect(report.faults[0]?.fix).toBe(webmCommand('bisindo/screen.start.avi', 'bisindo/screen.start.webm'));
    expect(report.faults[0]?.message.en).toContain('This AVI file (video MPEG-4 Visual, audio none) does not play in every browser.');
    expect(report.faults[0]?.message.id).toContain('Berkas AVI (video MPEG-4 Visual, audio tidak ada) tidak dapat diputar di semua browser.');
  });

  it('remuxes H.264 from MOV without encoding again', async () => {
    const faults = await faultsWithFile('bisindo/screen.start.mp4', 'h264.mov');
    // The file keeps its .mp4 name, so the container is the fault and the fix copies the video.
    expect(faults.map(located)).toEqual([{ code: 'unplayableContainer', language: 'bisindo', key: 'screen.start', file: 'bisindo/screen.start.mp4' }]);
    expect(faults[0]?.fix).toBe('ffmpeg -i bisindo/screen.start.mp4 -map 0:v:0 -c:v copy -an -movflags +faststart bisindo/screen.start.v2.mp4');
  });

  it('reports a truncated WebM', async () => {
    const faults = await faultsWithFile('bisindo/screen.start.webm', 'truncated.webm');

    expect(faults.map(located)).toEqual([{ code: 'truncated', language: 'bisindo', key: 'screen.start', file: 'bisindo/screen.start.webm' }]);
  });

  it('reports a renamed text file', async () => {
    const faults = await faultsWithFile('bisindo/screen.start.webm', 'text.webm');

    expect(faults.map(located)).toEqual([{ code: 'unknownFormat', language: 'bisindo', key: 'screen.start', file: 'bisindo/screen.start.webm' }]);
  });

  it.each([
    ['a picture', 'image.png', 'PNG'],
    ['a sound', 'audio.wav', 'Wave'],
  ])('reports %s renamed to .webm as no video', async (_name, fixture, container) => {
    const faults = await faultsWithFile('bisindo/screen.start.webm', fixture);

    expect(faults.map(located)).toEqual([{ code: 'notVideo', language: 'bisindo', key: 'screen.start', file: 'bisindo/screen.start.webm' }]);
    expect(faults[0]?.details).toMatchObject({ container, extension: 'webm' });
    expect(faults[0]?.fix).toBeUndefined();
  });

  it('tells staff that a renamed picture is no video', async () => {
    const faults = await faultsWithFile('bisindo/screen.start.webm', 'image.png');

    expect(faults[0]?.message.id).toBe(
      'Ini berkas PNG, bukan video, meskipun namanya berakhiran .webm. Mungkin berkas lain tersalin dengan nama klip ini. Salin video yang benar, atau ekspor ulang rekamannya.',
    );
    expect(faults[0]?.message.en).toBe(
      "This is a PNG file, not a video, although its name ends in .webm. Perhaps another file was copied under the clip's name. Copy the right video, or export the recording again.",
    );
  });

  it('reports a file without a video track', async () => {
    const faults = await faultsWithFile('bisindo/screen.start.webm', 'audio-only.webm');

    expect(faults.map(located)).toEqual([{ code: 'noVideoTrack', language: 'bisindo', key: 'screen.start', file: 'bisindo/screen.start.webm' }]);
  });

  it('reports an extension that does not match the container', async () => {
    const faults = await faultsWithFile('bisindo/screen.start.mp4', 'webm-named.mp4');

    expect(faults.map(located)).toEqual([{ code: 'extensionMismatch', language: 'bisindo', key: 'screen.start', file: 'bisindo/screen.start.mp4' }]);
    expect(faults[0]?.details).toMatchObject({ extension: 'mp4', expected: 'webm', container: 'WebM' });
    expect(faults[0]?.fix).toBe('mv bisindo/screen.start.mp4 bisindo/screen.start.webm');
  });

  it.each([
    ['no header', '00:00.000 --> 00:01.500\nSelamat datang.\n', 'captionsNoHeader', {}],
    ['a header that only starts with WEBVTT', 'WEBVTTX\n\n00:00.000 --> 00:01.500\nSelamat datang.\n', 'captionsNoHeader', {}],
    ['a broken start timestamp', 'WEBVTT\n\n0:00.000 --> 00:01.500\nSatu.\n', 'captionsInvalid', { line: 3, reason: 'startTimestamp', value: '0:00.000' }],
    ['a broken end timestamp', 'WEBVTT\n\n00:00.000 --> 00:01.500\nSatu.\n\n00:01.500 --> 00:0x.000\nDua.\n', 'captionsInvalid', { line: 6, reason: 'endTimestamp', value: '00:0x.000' }],
    ['an invalid cue setting value', 'WEBVTT\n\n00:00.000 --> 00:01.500 align:tengah\nSatu.\n', 'captionsInvalid', { line: 3, reason: 'settingValue', name: 'align', value: 'tengah' }],
    ['an unknown cue setting', 'WEBVTT\n\n00:00.000 --> 00:01.500 warna:merah\nSatu.\n', 'captionsInvalid', { line: 3, reason: 'unknownSetting', name: 'warna', value: 'merah' }],
    ['zero cues', 'WEBVTT\n\n', 'captionsNoCues', {}],
    ['only blank lines', ' \n\n', 'captionsEmpty', {}],
    ['a cue that ends before it starts', 'WEBVTT\n\n00:01.500 --> 00:00.500\nSatu.\n', 'captionsCueOrder', { line: 3 }],
  ])('reports captions with %s', async (_name, text, code, details) => {
    const faults = await faultsWithFile('bisindo/screen.start.vtt', { text });

    expect(faults.map(located)).toEqual([{ code, language: 'bisindo', key: 'screen.start', file: 'bisindo/screen.start.vtt' }]);
    expect(faults[0]?.details).toMatchObject(details);
  });

  it.each([
    ['a one-dash arrow after a good cue', 'WEBVTT\n\n00:00.000 --> 00:02.000\nSatu.\n\n00:02.000 -> 00:04.000\nDua.\n', { line: 6, reason: 'timingLine', value: '00:02.000 -> 00:04.000' }],
    ['a one-dash arrow in the only cue', 'WEBVTT\n\n00:00.000 -> 00:02.000\nSatu.\n', { line: 3, reason: 'timingLine', value: '00:00.000 -> 00:02.000' }],
    ['an identifier above a broken timing line', 'WEBVTT\n\nsalam\n00:00.000 => 00:02.000\nSatu.\n', { line: 4, reason: 'timingLine', value: '00:00.000 => 00:02.000' }],
    ['a blank line between timing and text', 'WEBVTT\n\n00:00.000 --> 00:02.000\n\nSatu.\n', { line: 5, reason: 'textWithoutTiming' }],
    ['text below the header without a cue', 'WEBVTT\n\nSatu.\n', { line: 3, reason: 'textWithoutTiming' }],
  ])('reports captions with %s', async (_name, text, details) => {
    const faults = await faultsWithFile('bisindo/screen.start.vtt', { text });

    expect(faults.map(located)).toEqual([{ code: 'captionsInvalid', language: 'bisindo', key: 'screen.start', file: 'bisindo/screen.start.vtt' }]);
    expect(faults[0]?.details).toEqual(details);
  });

  it('reports every cue that browsers skip', async () => {
    const text = 'WEBVTT\n\n00:00.000 --> 00:01.000\nSatu.\n\n00:01.000 -> 00:02.000\nDua.\n\n00:02.000 --> 00:03.000\n\nTiga.\n';
    const faults = await faultsWithFile('bisindo/screen.start.vtt', { text });

    expect(faults.map((fault) => fault.details)).toEqual([
      { line: 6, reason: 'timingLine', value: '00:01.000 -> 00:02.000' },
      { line: 11, reason: 'textWithoutTiming' },
    ]);
  });

  it('accepts captions with header lines, comments, style and regions', async () => {
    const spec = validFolder();
    spec.files['bisindo/screen.start.vtt'] = {
      text: [
        'WEBVTT - Loket',
        'Kind: captions',
        '',
        'STYLE',
        '::cue { color: yellow }',
        '',
        'REGION',
        'id:bawah width:80%',
        '',
        'NOTE Direkam 2026, jam 10:00',
        '00:09.000 bukan baris waktu',
        '',
        'salam',
        '00:00.000 --> 00:01.000',
        'Selamat datang.',
        '',
      ].join('\n'),
    };
    const { report } = await check(await writeFolder(spec));

    expect(report.faults).toEqual([]);
  });

  it('names the broken timing line in both languages', async () => {
    const faults = await faultsWithFile('bisindo/screen.start.vtt', { text: 'WEBVTT\n\n00:00.000 -> 00:02.000\nSatu.\n' });

    expect(faults[0]?.message.id).toBe(
      'Baris 3 ("00:00.000 -> 00:02.000") bukan baris waktu yang sah, jadi browser melewati cue-nya dan teksnya tidak pernah tampil. Tulis awal dan akhirnya dengan --> (dua tanda hubung dan >) di antaranya, seperti 00:02.000 --> 00:04.000.',
    );
    expect(faults[0]?.message.en).toBe(
      'Line 3 ("00:00.000 -> 00:02.000") is not a valid timing line, so browsers skip its cue and the text never shows. Write the start and the end with --> (two hyphens and >) between them, such as 00:02.000 --> 00:04.000.',
    );
  });

  it('reports captions that are not UTF-8', async () => {
    const spec = validFolder();
    const folder = await writeFolder(spec);
    await writeFile(join(folder, 'bisindo/screen.start.vtt'), Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.500\nPerbaikan jalan \xe9\n', 'latin1'));
    const { report } = await check(folder);

    expect(report.faults.map(located)).toEqual([{ code: 'captionsNotUtf8', language: 'bisindo', key: 'screen.start', file: 'bisindo/screen.start.vtt' }]);
  });

  it('accepts captions with a byte order mark and CRLF lines', async () => {
    const spec = validFolder();
    spec.files['bisindo/screen.start.vtt'] = { text: '\uFEFFWEBVTT\r\n\r\n00:00.000 --> 00:01.500\r\nSelamat datang.\r\n' };
    const { report } = await check(await writeFolder(spec));

    expect(report.faults).toEqual([]);
  });

  it('translates a WebVTT error into both languages', async () => {
    const faults = await faultsWithFile('bisindo/screen.start.vtt', { text: 'WEBVTT\n\n00:00.000 --> 00:01,500\nSatu.\n' });

    expect(faults[0]?.message.id).toBe(
      'Cap waktu akhir "00:01,500" di baris 3 tidak sah. Tulis menit dan detik dengan dua angka, lalu titik dan milidetik, seperti 00:01.500.',
    );
    expect(faults[0]?.message.en).toBe(
      'The end timestamp "00:01,500" on line 3 is invalid. Write minutes and seconds with two digits each, then a full stop and milliseconds, such as 00:01.500.',
    );
  });

  it.each([
    ['an invalid setting value', 'WEBVTT\n\n00:00.000 --> 00:01.500 align:tengah\nSatu.\n'],
    ['an unknown setting', 'WEBVTT\n\n00:00.000 --> 00:01.500 warna:merah\nSatu.\n'],
    ['a broken start timestamp', 'WEBVTT\n\n0:00.000 --> 00:01.500\nSatu.\n'],
  ])('keeps the parser English out of the message for %s', async (_name, text) => {
    const faults = await faultsWithFile('bisindo/screen.start.vtt', { text });

    for (const message of [faults[0]?.message.id, faults[0]?.message.en]) {
      expect(message).toContain('3');
      expect(message).not.toMatch(/`|on line \d+ \(value|is invalid on line/);
    }
    expect(faults[0]?.message.id).not.toMatch(/\b(invalid|unknown|setting|line)\b/);
  });

  it('reports a key the app does not know', async () => {
    const spec = validFolder();
    spec.clips.bisindo!['screen.strat'] = spec.clips.bisindo!['screen.start']!;
    const { exitCode, report } = await check(await writeFolder(spec));

    expect(exitCode).toBe(EXIT_FAULTS);
    expect(report.faults.map(located)).toEqual([{ code: 'unknownKey', language: 'bisindo', key: 'screen.strat', file: 'manifest.json' }]);
  });

  it('suggests the nearest key for a misspelt one', async () => {
    const spec = validFolder();
    spec.clips.bisindo!['screen.strat'] = spec.clips.bisindo!['screen.start']!;
    spec.clips.bisindo!['step.information-request.aplicant'] = spec.clips.bisindo!['screen.start']!;
    const { report } = await check(await writeFolder(spec));

    expect(report.faults.map((fault) => fault.details)).toEqual([
      { key: 'screen.strat', suggestion: 'screen.start' },
      { key: 'step.information-request.aplicant', suggestion: 'step.information-request.applicant' },
    ]);
    expect(report.faults[0]?.message.id).toBe(
      'Aplikasi tidak mengenal kunci "screen.strat", jadi klip ini tidak pernah diputar. Maksud Anda "screen.start"? Perbaiki kuncinya di manifest.json.',
    );
    expect(report.faults[0]?.message.en).toBe(
      'The app does not know the key "screen.strat", so this clip never plays. Did you mean "screen.start"? Correct the key in manifest.json.',
    );
  });

  it('suggests no key for one unlike any known key', async () => {
    const spec = validFolder();
    spec.clips.bisindo!['kiosk.welcome-video'] = spec.clips.bisindo!['screen.start']!;
    const { report } = await check(await writeFolder(spec));

    expect(report.faults.map((fault) => fault.details)).toEqual([{ key: 'kiosk.welcome-video' }]);
    expect(report.faults[0]?.message.en).toBe(
      'The app does not know the key "kiosk.welcome-video", so this clip never plays. Correct its spelling in manifest.json; --list-keys prints every key.',
    );
  });

  it('warns about unknown manifest properties', async () => {
    const spec = validFolder();
    const manifest = {
      format: 'loket-sign-language/1',
      SECRET_TOKEN_XYZ: 'rahasia-123',
      languages: {
        bisindo: { note: 'recorded 2026', clips: { ...spec.clips.bisindo, 'screen.start': { ...spec.clips.bisindo!['screen.start'], captionz: 'x' } } },
        sibi: { clips: spec.clips.sibi },
      },
    };
    spec.manifest = manifest;
    const { exitCode, report } = await check(await writeFolder(spec));
    const unknown = report.warnings.filter((warning) => warning.code === 'unknownProperty');

    expect(report.faults).toEqual([]);
    expect(exitCode).toBe(EXIT_OK);
    expect(unknown.map(located)).toEqual([
      { code: 'unknownProperty', file: 'manifest.json' },
      { code: 'unknownProperty', language: 'bisindo', file: 'manifest.json' },
      { code: 'unknownProperty', language: 'bisindo', key: 'screen.start', file: 'manifest.json' },
    ]);
    // "captions" is present beside "captionz", so it is not offered as the meant name.
    expect(unknown.map((warning) => warning.details)).toEqual([
      { name: 'SECRET_TOKEN_XYZ', path: '/SECRET_TOKEN_XYZ' },
      { name: 'note', path: '/languages/bisindo/note' },
      { name: 'captionz', path: '/languages/bisindo/clips/screen.start/captionz' },
    ]);
    expect(unknown[0]?.message.en).toBe(
      'manifest.json contains the property "SECRET_TOKEN_XYZ" at /SECRET_TOKEN_XYZ, which the app does not read, so it has no effect. Correct its name, or remove it; docs/sign-language.md lists every property.',
    );
    expect(unknown[0]?.message.id).toBe(
      'manifest.json berisi properti "SECRET_TOKEN_XYZ" di /SECRET_TOKEN_XYZ yang tidak dibaca aplikasi, jadi properti itu tidak berpengaruh. Perbaiki namanya, atau hapus properti itu; docs/sign-language.id.md mencantumkan semua properti.',
    );
  });

  it('suggests the property a misspelt one means', async () => {
    const spec = validFolder();
    spec.manifest = {
      format: 'loket-sign-language/1',
      languages: {
        bisindo: { clips: { 'screen.start': { video: 'bisindo/screen.start.webm', captionz: 'bisindo/screen.start.vtt', Sample: true } } },
        sibi: { klips: spec.clips.sibi },
      },
    };
    const { exitCode, report } = await check(await writeFolder(spec));
    const unknown = report.warnings.filter((warning) => warning.code === 'unknownProperty');
    const problems = report.faults.filter((fault) => fault.code === 'manifestProblem').map((fault) => fault.details.kind);

    expect(exitCode).toBe(EXIT_FAULTS);
    // Neither language has a valid clip left, so both get noClips.
    expect(problems).toEqual(['missingCaptions', 'noClips', 'noClips']);
    expect(unknown.map((warning) => warning.details)).toEqual([
      { name: 'captionz', path: '/languages/bisindo/clips/screen.start/captionz', suggestion: 'captions' },
      { name: 'Sample', path: '/languages/bisindo/clips/screen.start/Sample', suggestion: 'sample' },
      { name: 'klips', path: '/languages/sibi/klips', suggestion: 'clips' },
    ]);
    expect(unknown[0]?.message.en).toBe(
      'manifest.json contains the property "captionz" at /languages/bisindo/clips/screen.start/captionz, which the app does not read. Did you mean "captions"? Correct the name in manifest.json.',
    );
    expect(unknown[0]?.message.id).toBe(
      'manifest.json berisi properti "captionz" di /languages/bisindo/clips/screen.start/captionz yang tidak dibaca aplikasi. Maksud Anda "captions"? Perbaiki namanya di manifest.json.',
    );
  });

  it('searches no unknown language for properties', async () => {
    const spec = validFolder();
    spec.manifest = { format: 'loket-sign-language/1', languages: { bisindo: { clips: spec.clips.bisindo }, sibi: { clips: spec.clips.sibi }, asl: { klips: {} } } };
    const { report } = await check(await writeFolder(spec));

    expect(report.warnings.filter((warning) => warning.code === 'unknownProperty')).toEqual([]);
    expect(report.faults.map((fault) => fault.details.kind)).toEqual(['unknownLanguage']);
  });

  it('reports invalid manifest JSON with its line', async () => {
    const spec = validFolder();
    spec.manifest = '{\n  "format": "loket-sign-language/1",\n  "languages": {\n    "bisindo": { "clips": {}, }\n  }\n}\n';
    const { exitCode, report } = await check(await writeFolder(spec));

    expect(exitCode).toBe(EXIT_FAULTS);
    expect(report.faults.map(located)).toEqual([{ code: 'manifestSyntax', file: 'manifest.json' }]);
    expect(report.faults[0]?.details).toMatchObject({ line: 4, column: 31, kind: 'propertyName' });
    expect(report.faults[0]?.message.id).toBe(
      'manifest.json bukan JSON yang sah di baris 4, kolom 31: di sini seharusnya ada nama dalam tanda kutip ganda, seperti "captions". Hapus koma berlebih sebelum } atau komentar (JSON tidak mengizinkan keduanya), dan tulis nama dengan tanda kutip ganda, bukan tunggal.',
    );
    expect(report.faults[0]?.message.en).toBe(
      'manifest.json is not valid JSON at line 4, column 31: a name in double quotes, such as "captions", belongs here. Remove an extra comma before } or a comment (JSON allows neither), and write names in double quotes, not single ones.',
    );
  });

  const CLIP_LINE = '  "languages": { "bisindo": { "clips": { "screen.start": { "video": ["bisindo/screen.start.webm"], "captions": "bisindo/screen.start.vtt" } } } }';
  it.each([
    ['a missing comma', '{\n  "format": "loket-sign-language/1"\n  "languages": {}\n}\n', { line: 3, column: 3, kind: 'comma' }, 'Tambahkan koma'],
    ['a missing colon', '{\n  "format" "loket-sign-language/1"\n}\n', { line: 2, column: 12, kind: 'colon' }, 'titik dua (:)'],
    ['single quotes', "{\n  'format': 'loket-sign-language/1'\n}\n", { line: 2, column: 3, kind: 'propertyName' }, 'tanda kutip ganda'],
    ['a comment', '{\n  // BISINDO\n  "format": "loket-sign-language/1"\n}\n', { line: 2, column: 3, kind: 'propertyName' }, 'komentar'],
    ['a file cut short', '{\n  "format": "loket-sign-language/1",\n  "languages": {\n', { line: 4, column: 1, kind: 'unexpectedEnd' }, 'kurung tutup'],
    ['an empty manifest', '', { line: 1, column: 1, kind: 'unexpectedEnd' }, 'kurung tutup'],
    ['a backslash in a path', '{\n  "languages": { "bisindo": { "clips": { "screen.start": { "video": "bisindo\\screen.start.webm" } } } }\n}\n', { line: 2, column: 78, kind: 'escape' }, 'garis miring biasa'],
    ['a comma before ] in a long line', `{\n${CLIP_LINE.replace('.webm"]', '.webm",]')}\n}\n`, { line: 2, column: 98, kind: 'token' }, 'koma berlebih'],
    ['text after the end', '{ "format": "loket-sign-language/1" }\n}\n', { line: 2, column: 1, kind: 'afterEnd' }, 'Hapus semua teks'],
  ])('locates and explains %s in manifest.json', async (_name, manifest, details, hint) => {
    const spec = validFolder();
    spec.manifest = manifest;
    const { report } = await check(await writeFolder(spec));

    expect(report.faults.map(located)).toEqual([{ code: 'manifestSyntax', file: 'manifest.json' }]);
    expect(report.faults[0]?.details).toMatchObject(details);
    expect(report.faults[0]?.message.id).toContain(`baris ${details.line}, kolom ${details.column}`);
    expect(report.faults[0]?.message.id).toContain(hint);
    expect(report.faults[0]?.message.en).toContain(`line ${details.line}, column ${details.column}`);
    // V8's English message stays in details.reason; neither line quotes it.
    expect(report.faults[0]?.message.id).not.toContain(String(report.faults[0]?.details.reason));
    expect(report.faults[0]?.message.en).not.toContain(String(report.faults[0]?.details.reason));
  });

  it('accepts a manifest with a byte order mark', async () => {
    const spec = validFolder();
    const folder = await writeFolder(spec);
    const manifest = await readFile(join(folder, 'manifest.json'), 'utf8');
    await writeFile(join(folder, 'manifest.json'), `\uFEFF${manifest}`);
    const { report } = await check(folder);

    expect(report.faults).toEqual([]);
  });

  it('reports each format problem with its path', async () => {
    const spec = validFolder();
    spec.manifest = {
      format: 'loket-sign-language/2',
      languages: {
        bisindo: {
          clips: {
            'screen.start': { video: ['bisindo/screen.start.webm', 'bisindo/screen.start.mp4'], captions: 'bisindo/screen.start.vtt' },
            'step.information-request.applicant': { video: '../rahasia.webm', captions: 'bisindo/step.information-request.applicant.vtt' },
          },
        },
        asl: { clips: {} },
        sibi: { clips: { 'screen.start': { video: 'sibi/screen.start.webm' } } },
      },
    };
    const { report } = await check(await writeFolder(spec));
    const problems = report.faults.filter((fault) => fault.code === 'manifestProblem').map((fault) => fault.details);

    expect(problems).toEqual([
      { kind: 'format', path: '/format' },
      {
        kind: 'badPath',
        path: '/languages/bisindo/clips/step.information-request.applicant/video/0',
        language: 'BISINDO',
        key: 'step.information-request.applicant',
        field: 'video',
        value: '../rahasia.webm',
      },
      { kind: 'unknownLanguage', path: '/languages/asl', language: 'ASL', name: 'asl' },
      {
        kind: 'missingCaptions',
        path: '/languages/sibi/clips/screen.start/captions',
        language: 'SIBI',
        key: 'screen.start',
        field: 'captions',
        suggested: 'sibi/screen.start.vtt',
      },
      { kind: 'noClips', path: '/languages/sibi/clips', language: 'SIBI' },
    ]);
    // The files are still checked: the captions nobody names any more are extra.
    expect(report.faults.filter((fault) => fault.code === 'extraFile').map((fault) => fault.file)).toEqual([
      'bisindo/step.information-request.applicant.webm',
      'sibi/screen.start.vtt',
    ]);
  });

  it('names the clip and the fix in each format problem', async () => {
    const spec = validFolder();
    spec.manifest = {
      format: 'loket-sign-language/2',
      languages: {
        bisindo: { clips: { 'screen.start': { video: 'C:\\Video\\screen.start.webm' }, Screen: 'bisindo/screen.start.webm' } },
        asl: { clips: {} },
      },
    };
    const { report } = await check(await writeFolder(spec));
    const messages = report.faults.filter((fault) => fault.code === 'manifestProblem').map((fault) => fault.message);

    expect(messages.map((message) => message.en)).toEqual([
      '"format" in manifest.json must be "loket-sign-language/1". Write "format": "loket-sign-language/1" at the start of manifest.json.',
      'The file path "C:\\Video\\screen.start.webm" in "video" of clip "screen.start" (BISINDO) is invalid. Write a path inside this folder, such as bisindo/screen.start.webm: letters, digits, dots, hyphens, underscores and slashes only, and no "..".',
      'Clip "screen.start" (BISINDO) has no "captions", the WebVTT captions file. Add "captions": "bisindo/screen.start.vtt".',
      'The key "Screen" (BISINDO) is not a topic key such as screen.start or step.information-request.applicant. Correct the key; --list-keys prints every key.',
      'Clip "Screen" (BISINDO) must be a JSON object with "video" and "captions", such as "Screen": { "video": "…", "captions": "…" }.',
      'The language BISINDO contains no valid clip. Add clips under "clips", or remove this language from manifest.json.',
      'The sign language "asl" is unknown. Use "bisindo" or "sibi" as the language name under "languages".',
    ]);
    expect(messages.map((message) => message.id)).toEqual([
      '"format" di manifest.json harus "loket-sign-language/1". Tulis "format": "loket-sign-language/1" di awal manifest.json.',
      'Jalur berkas "C:\\Video\\screen.start.webm" di "video" pada klip "screen.start" (BISINDO) tidak sah. Tulis jalur di dalam folder ini, seperti bisindo/screen.start.webm: hanya huruf, angka, titik, tanda hubung, garis bawah dan garis miring, tanpa "..".',
      'Klip "screen.start" (BISINDO) tidak punya "captions", yaitu berkas teks WebVTT. Tambahkan "captions": "bisindo/screen.start.vtt".',
      'Kunci "Screen" (BISINDO) tidak berbentuk kunci topik, seperti screen.start atau step.information-request.applicant. Perbaiki kuncinya; --list-keys menampilkan semua kunci.',
      'Klip "Screen" (BISINDO) harus berupa objek JSON dengan "video" dan "captions", seperti "Screen": { "video": "…", "captions": "…" }.',
      'Bahasa BISINDO tidak berisi satu klip pun yang sah. Tambahkan klip di "clips", atau hapus bahasa ini dari manifest.json.',
      'Bahasa isyarat "asl" tidak dikenal. Gunakan "bisindo" atau "sibi" sebagai nama bahasa di "languages".',
    ]);
  });

  it.each([
    ['an array', [], 'manifest.json must be one JSON object, starting with { and ending with }. See the example in docs/sign-language.md.'],
    [
      'languages as a list',
      { format: 'loket-sign-language/1', languages: [] },
      '"languages" in manifest.json must be a JSON object with one entry per language, such as "languages": { "bisindo": { "clips": { … } } }.',
    ],
  ])('explains a manifest with %s', async (_name, manifest, message) => {
    const spec = validFolder();
    spec.manifest = manifest;
    const { report } = await check(await writeFolder(spec));
    const problems = report.faults.filter((fault) => fault.code === 'manifestProblem');

    expect(problems.at(-1)?.message.en).toBe(message);
  });

  it('warns about a small, a long and an overrunning clip', async () => {
    const spec = validFolder();
    spec.files['bisindo/screen.start.webm'] = 'small.webm';
    spec.files['bisindo/step.information-request.applicant.webm'] = 'long.webm';
    spec.files['sibi/screen.start.vtt'] = { text: 'WEBVTT\n\n00:00.000 --> 00:05.000\nSelamat datang.\n' };
    const { exitCode, report } = await check(await writeFolder(spec));
    const warnings = report.warnings.filter((warning) => warning.code !== 'noClip');

    expect(exitCode).toBe(EXIT_OK);
    expect(warnings.map(located)).toEqual([
      { code: 'smallVideo', language: 'bisindo', key: 'screen.start', file: 'bisindo/screen.start.webm' },
      { code: 'longVideo', language: 'bisindo', key: 'step.information-request.applicant', file: 'bisindo/step.information-request.applicant.webm' },
      { code: 'captionsPastEnd', language: 'sibi', key: 'screen.start', file: 'sibi/screen.start.vtt' },
    ]);
    expect(warnings[0]?.details).toMatchObject({ width: 320, height: 240 });
    expect(warnings[1]?.details).toMatchObject({ seconds: 61 });
    expect(warnings[2]?.details).toMatchObject({ captionsEnd: 5, videoEnd: 2, video: 'sibi/screen.start.webm' });
  });

  it('reads LOKET_SIGN_LANGUAGE_DIR, else public/sign-language', async () => {
    const configured = await writeFolder(validFolder());
    const cwd = await createTemporaryDirectory('loket-sign-cwd-');
    const outputs: string[] = [];
    const context = (env: NodeJS.ProcessEnv) => ({ env, cwd, stdout: (text: string) => outputs.push(text), stderr: () => {} });

    const fromEnvironment = await runSignCheck(['--json'], context({ LOKET_SIGN_LANGUAGE_DIR: configured }));
    const withoutFolder = await runSignCheck(['--json'], context({}));
    await mkdir(join(cwd, 'public'));
    await cp(configured, join(cwd, 'public/sign-language'), { recursive: true });
    const fromDefault = await runSignCheck(['--json'], context({}));

    expect(fromEnvironment).toBe(EXIT_OK);
    expect((JSON.parse(outputs[0] ?? '') as SignCheckJsonReport).folder).toBe(configured);
    expect(withoutFolder).toBe(EXIT_UNREADABLE);
    expect(JSON.parse(outputs[1] ?? '')).toMatchObject({ ok: false, error: { code: 'folderMissing', path: join(cwd, 'public/sign-language') } });
    expect(fromDefault).toBe(EXIT_OK);
    expect((JSON.parse(outputs[2] ?? '') as SignCheckJsonReport).folder).toBe(join(cwd, 'public/sign-language'));
  });

  it('resolves a typed folder against INIT_CWD', async () => {
    const caller = await createTemporaryDirectory('loket-sign-caller-');
    await cp(await writeFolder(validFolder()), join(caller, 'isyarat'), { recursive: true });
    let stdout = '';
    const exitCode = await runSignCheck(['isyarat', '--json'], { env: { INIT_CWD: caller }, cwd: repositoryRoot, stdout: (text) => (stdout += text), stderr: () => {} });

    expect(exitCode).toBe(EXIT_OK);
    expect((JSON.parse(stdout) as SignCheckJsonReport).folder).toBe(join(caller, 'isyarat'));
  });

  it('lists every known key', async () => {
    let stdout = '';
    const exitCode = await runSignCheck(['--list-keys'], { env: {}, cwd: repositoryRoot, stdout: (text) => (stdout += text), stderr: () => {} });

    expect(exitCode).toBe(EXIT_OK);
    expect(stdout.trim().split('\n')).toEqual(allSignTopics(Object.values(formDefinitions)));
  });
});

describe('sign-language:check command', () => {
  it('checks a folder relative to where npm --prefix was typed', async () => {
    const caller = await createTemporaryDirectory('loket-sign-caller-');
    await cp(await writeFolder(validFolder()), join(caller, 'isyarat'), { recursive: true });
    const child = spawn('npm', ['--prefix', repositoryRoot, 'run', '--silent', 'sign-language:check', '--', 'isyarat', '--json'], {
      cwd: caller,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const [exitCode] = (await once(child, 'exit')) as [number];

    expect(exitCode).toBe(EXIT_OK);
    expect((JSON.parse(stdout) as SignCheckJsonReport).folder).toBe(join(caller, 'isyarat'));
  });

  it('exits 0 on a valid folder with a readable report', async () => {
    const run = await runCli([await writeFolder(validFolder())]);

    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('Ringkasan: 0 kesalahan');
    expect(run.stdout).toContain('Summary: 0 faults');
    expect(run.stdout.indexOf('Tidak ada kesalahan')).toBeLessThan(run.stdout.indexOf('No faults'));
  });

  it('exits 1 with faults, Indonesian before English', async () => {
    const spec = validFolder();
    delete spec.files['bisindo/screen.start.mp4'];
    const run = await runCli([await writeFolder(spec)]);
    const heading = 'KESALAHAN / FAULT · bisindo · screen.start · bisindo/screen.start.mp4';

    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `${heading}\n` +
        '  manifest.json menyebut berkas video bisindo/screen.start.mp4 untuk klip "screen.start" (BISINDO), tetapi berkasnya tidak ada di folder. Salin berkas itu ke folder konten dengan nama tersebut, atau perbaiki jalurnya di manifest.json.\n' +
        '  manifest.json names the video file bisindo/screen.start.mp4 for clip "screen.start" (BISINDO), but the file is not in the folder. Copy the file into the content folder under that name, or correct the path in manifest.json.\n',
    );
    expect(run.stdout).toContain('Summary: 1 fault,');
  });

  it('exits 2 when the folder or manifest is missing', async () => {
    const empty = await createTemporaryDirectory('loket-sign-empty-');
    const missingFolder = await runCli([join(empty, 'tidak-ada')]);
    const missingManifest = await runCli([], { LOKET_SIGN_LANGUAGE_DIR: empty });

    expect(missingFolder.exitCode).toBe(2);
    expect(missingFolder.stderr).toContain(`Folder ${join(empty, 'tidak-ada')} tidak ada.`);
    expect(missingManifest.exitCode).toBe(2);
    expect(missingManifest.stderr).toContain(`${join(empty, 'manifest.json')} does not exist.`);
  });
});

describe('docs/sign-language.md', () => {
  it.each(['docs/sign-language.md', 'docs/sign-language.id.md'])('%s quotes the checker commands', async (path) => {
    const text = await readFile(join(repositoryRoot, path), 'utf8');

    expect(text).toContain(webmCommand('rekaman.mp4', 'bisindo/screen.start.webm'));
    expect(text).toContain(mp4Command('rekaman.mp4', 'bisindo/screen.start.mp4'));
  });
});
