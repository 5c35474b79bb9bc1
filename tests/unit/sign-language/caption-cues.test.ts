import { parseText } from 'media-captions';
import { describe, expect, it } from 'vitest';
import { captionCueTexts, MAX_CUE_CHARACTERS, timeCaptionCues } from '../../../src/server/sign-language/caption-cues.ts';
import { clipSeconds } from '../../../src/server/sign-language/clip-duration.ts';
import { writeWebVtt } from '../../../src/server/sign-language/webvtt-writer.ts';

describe('captionCueTexts', () => {
  it('makes one cue per sentence', () => {
    expect(captionCueTexts(['Judul', 'Satu kalimat. Kalimat kedua?'])).toEqual(['Judul', 'Satu kalimat.', 'Kalimat kedua?']);
  });

  it('ends no sentence after an abbreviation', () => {
    expect(captionCueTexts(['Lampu mati di Jl. Contoh.'])).toEqual(['Lampu mati di Jl. Contoh.']);
  });

  it('splits a long sentence at a comma near its middle', () => {
    const sentence = 'Isi bagian ini jika Anda mengajukan permohonan untuk orang lain, sebagai kuasa Pemohon yang sah.';
    expect(captionCueTexts([sentence])).toEqual([
      'Isi bagian ini jika Anda mengajukan permohonan untuk orang lain,',
      'sebagai kuasa Pemohon yang sah.',
    ]);
  });

  it('splits a long sentence without commas between words', () => {
    const sentence = Array.from({ length: 30 }, (_, index) => `kata${index}`).join(' ');
    const cues = captionCueTexts([sentence]);
    expect(cues.length).toBeGreaterThan(1);
    for (const cue of cues) expect(cue.length).toBeLessThanOrEqual(MAX_CUE_CHARACTERS);
    expect(cues.join(' ')).toBe(sentence);
  });
});

describe('timeCaptionCues', () => {
  it('spans the clip from 0 in proportion to length', () => {
    const cues = timeCaptionCues(['aaaa', 'aaaaaaaaaaaa'], 8);
    expect(cues.map(({ start, end }) => [start, end])).toEqual([
      [0, 2],
      [2, 8],
    ]);
  });
});

describe('writeWebVtt', () => {
  it('writes captions media-captions parses back', async () => {
    const texts = ['Judul', 'Kalimat <satu> & dua.'];
    const { cues, errors } = await parseText(writeWebVtt(timeCaptionCues(texts, 4)), { strict: true });
    expect(errors).toEqual([]);
    expect(cues.map((cue) => [cue.startTime, cue.endTime])).toEqual([
      [0, 0.769],
      [0.769, 4],
    ]);
    expect(cues[1]?.text).toBe('Kalimat &lt;satu&gt; &amp; dua.');
  });

  it('rejects a cue with a line break', () => {
    expect(() => writeWebVtt([{ start: 0, end: 1, text: 'dua\nbaris' }])).toThrow(/one line/);
  });
});

describe('clipSeconds', () => {
  it('reads 15 characters a second within 4 to 20 seconds', () => {
    expect(clipSeconds('a'.repeat(10))).toBe(4);
    expect(clipSeconds('a'.repeat(151))).toBe(11);
    expect(clipSeconds('a'.repeat(1000))).toBe(20);
  });
});
