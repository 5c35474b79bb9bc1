import { describe, expect, it } from 'vitest';
import { availableSignLanguages, isSafeContentPath, parseSignManifest } from '../../../src/domain/sign-language/manifest.ts';

const FORMAT = 'loket-sign-language/1';

function manifestWith(clips: Record<string, unknown>, language = 'bisindo') {
  return { format: FORMAT, languages: { [language]: { clips } } };
}

describe('parseSignManifest', () => {
  it('reads single and alternative videos', () => {
    const result = parseSignManifest(
      manifestWith({
        'screen.start': { video: 'bisindo/screen.start.webm', captions: 'bisindo/screen.start.vtt', sample: true },
        'field.nik': { video: ['bisindo/field.nik.webm', 'bisindo/field.nik.mp4'], captions: 'bisindo/field.nik.vtt' },
      }),
    );
    expect(result).toEqual({
      ok: true,
      manifest: {
        format: FORMAT,
        languages: {
          bisindo: {
            'screen.start': { videos: ['bisindo/screen.start.webm'], captions: 'bisindo/screen.start.vtt', sample: true },
            'field.nik': { videos: ['bisindo/field.nik.webm', 'bisindo/field.nik.mp4'], captions: 'bisindo/field.nik.vtt', sample: false },
          },
        },
      },
    });
  });

  it('reports every problem with path', () => {
    const result = parseSignManifest({
      format: 'loket-sign-language/2',
      languages: {
        asl: { clips: {} },
        bisindo: {
          clips: {
            'Screen start': { video: 'a.webm', captions: 'a.vtt' },
            'field.nik': { video: '../secret.webm', captions: 42 },
            'field.phone': { video: [], captions: 'b.vtt' },
          },
        },
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: '/format', kind: 'format' },
        { path: '/languages/asl', kind: 'unknownLanguage' },
        { path: '/languages/bisindo/clips/Screen start', kind: 'badKey' },
        { path: '/languages/bisindo/clips/field.nik/video/0', kind: 'badPath' },
        { path: '/languages/bisindo/clips/field.nik/captions', kind: 'missingCaptions' },
        { path: '/languages/bisindo/clips/field.phone/video', kind: 'missingVideo' },
      ]),
    );
  });

  it('rejects non-manifest JSON', () => {
    expect(parseSignManifest(null)).toEqual({ ok: false, problems: [{ path: '', kind: 'notObject' }] });
    expect(parseSignManifest([])).toMatchObject({ ok: false });
    expect(parseSignManifest({ format: FORMAT })).toEqual({ ok: false, problems: [{ path: '/languages', kind: 'notObject' }] });
  });

  it('rejects a language without clips', () => {
    expect(parseSignManifest(manifestWith({}))).toEqual({ ok: false, problems: [{ path: '/languages/bisindo/clips', kind: 'noClips' }] });
  });

  it('lists BISINDO before SIBI', () => {
    const clip = { video: 'x.webm', captions: 'x.vtt' };
    const result = parseSignManifest({ format: FORMAT, languages: { sibi: { clips: { 'screen.start': clip } }, bisindo: { clips: { 'screen.start': clip } } } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(availableSignLanguages(result.manifest)).toEqual(['bisindo', 'sibi']);
  });
});

describe('isSafeContentPath', () => {
  it.each(['bisindo/screen.start.webm', 'a.vtt', 'sibi/v2/field_nik-1.mp4'])('accepts %s', (path) => {
    expect(isSafeContentPath(path)).toBe(true);
  });

  it.each(['/etc/passwd', '../a.webm', 'a/../../b.webm', 'a//b.webm', 'a/./b.webm', 'https://example.org/a.webm', 'a\\b.webm', 'a.webm?x=1', 'a b.webm', 'a/', '', '%2e%2e/a.webm'])(
    'refuses %s',
    (path) => {
      expect(isSafeContentPath(path)).toBe(false);
    },
  );
});
