import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseKioskProfile } from '../../../src/app/kiosk/kiosk-profile.ts';

describe('parseKioskProfile', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('warns about each invalid value', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    parseKioskProfile(new URLSearchParams('screenHeightMm=-708&screenBottomMm=760&reach=yes&hand=up'), { hand: 'left' });
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls[0]?.[0]).toContain('screenHeightMm=-708 is invalid');
    expect(warn.mock.calls[1]?.[0]).toContain('reach=yes is invalid');
    expect(warn.mock.calls[2]?.[0]).toContain('The kiosk keeps hand=left');
  });

  it('stays quiet about valid values', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    parseKioskProfile(new URLSearchParams('screenHeightMm=708&reach=on&hand=none&keyboard=physical'), {});
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads every launch parameter', () => {
    const params = new URLSearchParams('screenHeightMm=400&screenBottomMm=760&reach=on&hand=left&keyboard=onscreen');
    expect(parseKioskProfile(params, {})).toEqual({
      screenHeightMm: 400,
      screenBottomMm: 760,
      reachByDefault: true,
      hand: 'left',
      onScreenKeyboard: true,
    });
  });

  it('keeps the stored profile when the launch has no parameters', () => {
    const stored = { screenHeightMm: 300, screenBottomMm: 800, reachByDefault: true, hand: 'right' as const, onScreenKeyboard: true };
    expect(parseKioskProfile(new URLSearchParams(), stored)).toEqual(stored);
  });

  it('lets parameters turn stored settings off again', () => {
    const stored = { reachByDefault: true, hand: 'left' as const, onScreenKeyboard: true };
    const profile = parseKioskProfile(new URLSearchParams('reach=off&hand=none&keyboard=physical'), stored);
    expect(profile).toMatchObject({ reachByDefault: false, hand: 'none', onScreenKeyboard: false });
  });

  it.each(['', 'abc', '-5', '0', '3001', 'Infinity'])('ignores the length %j and keeps the stored one', (value) => {
    const profile = parseKioskProfile(new URLSearchParams({ screenHeightMm: value }), { screenHeightMm: 350 });
    expect(profile.screenHeightMm).toBe(350);
  });

  it('falls back to a standing kiosk with a physical keyboard', () => {
    const profile = parseKioskProfile(new URLSearchParams('reach=maybe&hand=up&keyboard=touch'), {});
    expect(profile).toEqual({ screenHeightMm: undefined, screenBottomMm: undefined, reachByDefault: false, hand: 'none', onScreenKeyboard: false });
  });
});
