import { describe, expect, it } from 'vitest';
import { FRAME_SIZE, layoutText, MARGIN, TEXT_TOP, TIME_BAR_HEIGHT } from '../../../src/server/sign-language/clip-layout.ts';
import type { TextMeasure } from '../../../src/server/sign-language/text-width.ts';
import { wrapLines } from '../../../src/server/sign-language/wrap-lines.ts';

/** A monospaced stand-in for DejaVu Sans: every character 0.6 em wide, every line 1 em tall. */
const mono: TextMeasure = { width: (text) => text.length * 0.6, height: () => 1 };
const fonts = { regular: mono, bold: mono };

const sentence = (words: number) => Array.from({ length: words }, () => 'kata').join(' ');

describe('wrapLines', () => {
  it('breaks between words within the limit', () => {
    expect(wrapLines('satu dua tiga empat', (line) => line.length <= 9)).toEqual(['satu dua', 'tiga', 'empat']);
  });

  it('keeps an overlong word whole', () => {
    expect(wrapLines('a menindaklanjutinya b', (line) => line.length <= 5)).toEqual(['a', 'menindaklanjutinya', 'b']);
  });
});

describe('layoutText', () => {
  it('uses the largest size for a short label', () => {
    expect(layoutText(['Pekerjaan'], fonts).fontSize).toBe(36);
  });

  it('keeps every line inside the margins', () => {
    const layout = layoutText(['Judul', sentence(60)], fonts);
    const lines = [...layout.heading.lines, ...(layout.body?.lines ?? [])];
    for (const line of lines) expect(mono.width(line) * layout.fontSize).toBeLessThanOrEqual(FRAME_SIZE - 2 * MARGIN);
  });

  it('ends the text above the time bar', () => {
    const layout = layoutText(['Judul', sentence(70)], fonts);
    const body = layout.body;
    expect(body).toBeDefined();
    if (!body) return;
    expect(layout.heading.y).toBe(TEXT_TOP);
    expect(body.y).toBeGreaterThan(layout.heading.y + layout.heading.lines.length * layout.heading.step - layout.lineSpacing);
    expect(body.y + body.lines.length * body.step).toBeLessThanOrEqual(FRAME_SIZE - TIME_BAR_HEIGHT);
  });

  it('shrinks the font for a long text', () => {
    expect(layoutText(['Judul', sentence(70)], fonts).fontSize).toBeLessThan(layoutText(['Judul', sentence(10)], fonts).fontSize);
  });

  it('throws for a text no size fits', () => {
    expect(() => layoutText(['Judul', sentence(400)], fonts)).toThrow(/does not fit/);
  });
});
