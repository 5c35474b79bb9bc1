import { describe, expect, it } from 'vitest';
import { computeReachBand, DEFAULT_REACH_LIMITS, type ReachBand, type ScreenGeometry } from '../../../src/domain/kiosk/reach-band.ts';

// Screen sizes of common kiosk panels: a 32-inch portrait panel is about 708 mm tall, a 24-inch
// landscape one about 299 mm, a 10-inch tablet in landscape about 136 mm.
describe('computeReachBand with counter limits (380–1120 mm)', () => {
  it.each<[string, ScreenGeometry, number, number]>([
    // 760–1468 mm: reachable up to 1120, so (1468 − 1120) / 708 from the top.
    ['portrait, floor kiosk', { screenHeightMm: 708, screenBottomMm: 760 }, 348 / 708, 1],
    ['portrait, lowered kiosk', { screenHeightMm: 708, screenBottomMm: 500 }, 88 / 708, 1],
    ['landscape, counter kiosk', { screenHeightMm: 299, screenBottomMm: 900 }, 79 / 299, 1],
    // 300–1008 mm: the lowest 80 mm is below 380.
    ['portrait, mounted low', { screenHeightMm: 708, screenBottomMm: 300 }, 0, 628 / 708],
    // 200–1200 mm: cut at both ends.
    ['tall screen, cut at both ends', { screenHeightMm: 1000, screenBottomMm: 200 }, 0.08, 0.82],
    ['landscape, band of exactly 50 mm', { screenHeightMm: 299, screenBottomMm: 1070 }, 249 / 299, 1],
  ])('%s', (_label, geometry, top, bottom) => {
    const band = computeReachBand(geometry);
    expect(band).toMatchObject({ kind: 'band', basis: 'geometry' });
    if (band.kind !== 'band') return;
    expect(band.top).toBeCloseTo(top, 6);
    expect(band.bottom).toBeCloseTo(bottom, 6);
  });

  it.each<[string, ScreenGeometry, ReachBand]>([
    ['tablet on a desk', { screenHeightMm: 136, screenBottomMm: 750 }, { kind: 'whole-screen', top: 0, bottom: 1 }],
    ['screen exactly from 380 to 1120', { screenHeightMm: 740, screenBottomMm: 380 }, { kind: 'whole-screen', top: 0, bottom: 1 }],
    ['lower edge above 1120', { screenHeightMm: 400, screenBottomMm: 1150 }, { kind: 'none', reason: 'above' }],
    ['lower edge at 1120', { screenHeightMm: 400, screenBottomMm: 1120 }, { kind: 'none', reason: 'above' }],
    ['upper edge below 380', { screenHeightMm: 300, screenBottomMm: 50 }, { kind: 'none', reason: 'below' }],
    ['upper edge at 380', { screenHeightMm: 300, screenBottomMm: 80 }, { kind: 'none', reason: 'below' }],
    ['band of 40 mm', { screenHeightMm: 400, screenBottomMm: 1080 }, { kind: 'none', reason: 'too-small' }],
  ])('%s', (_label, geometry, expected) => {
    expect(computeReachBand(geometry)).toEqual(expected);
  });
});

describe('computeReachBand with other limits', () => {
  it('takes a side reach without obstruction', () => {
    const band = computeReachBand({ screenHeightMm: 708, screenBottomMm: 760 }, { lowMm: 380, highMm: 1220 });
    expect(band).toMatchObject({ kind: 'band', bottom: 1 });
    if (band.kind === 'band') expect(band.top).toBeCloseTo(248 / 708, 6);
  });

  it('defaults to 380–1120 mm', () => {
    expect(DEFAULT_REACH_LIMITS).toEqual({ lowMm: 380, highMm: 1120 });
  });
});

describe('computeReachBand without geometry', () => {
  it('returns the lower half', () => {
    expect(computeReachBand(undefined)).toEqual({ kind: 'band', top: 0.5, bottom: 1, basis: 'default' });
  });
});

describe('computeReachBand input checks', () => {
  it.each<[string, ScreenGeometry]>([
    ['zero height', { screenHeightMm: 0, screenBottomMm: 700 }],
    ['negative height', { screenHeightMm: -300, screenBottomMm: 700 }],
    ['negative bottom', { screenHeightMm: 300, screenBottomMm: -1 }],
    ['NaN bottom', { screenHeightMm: 300, screenBottomMm: Number.NaN }],
  ])('rejects %s', (_label, geometry) => {
    expect(() => computeReachBand(geometry)).toThrow(RangeError);
  });

  it('rejects inverted limits', () => {
    expect(() => computeReachBand(undefined, { lowMm: 1120, highMm: 380 })).toThrow(RangeError);
  });
});
