// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyDisplaySettings, defaultDisplaySettings, readDisplaySettings } from '../../src/app/display/display-settings.ts';
import { ReachToggle } from '../../src/app/display/ReachToggle.tsx';
import { initI18n, i18n } from '../../src/app/i18n/i18n.ts';
import { chooseIntroPlacement } from '../../src/app/kiosk/reach-intro.ts';
import { applyReachBand, isReachLayoutOffered, reachBandOf } from '../../src/app/kiosk/reach-layout.ts';
import type { ReachBand } from '../../src/domain/kiosk/reach-band.ts';

const PARTIAL_BAND: ReachBand = { kind: 'band', top: 0.25, bottom: 0.9, basis: 'geometry' };

beforeAll(async () => {
  // The device identity is read once per test file: this one is a kiosk.
  localStorage.setItem('loket.device', JSON.stringify({ deviceId: 'KIOSK-TEST-1', channel: 'kiosk', retentionHours: 24 }));
  initI18n();
  await i18n.changeLanguage('id');
});

afterEach(() => {
  cleanup();
  applyDisplaySettings({ highContrast: false, textSize: '100', reachLayout: false, approachSide: 'none' });
});

describe('defaultDisplaySettings', () => {
  it('takes reach and side from the profile', () => {
    expect(defaultDisplaySettings({ reachByDefault: true, hand: 'left' }, true)).toMatchObject({ reachLayout: true, approachSide: 'left' });
  });

  it('keeps reach off when the profile says so', () => {
    expect(defaultDisplaySettings({ reachByDefault: false, hand: 'right' }, true)).toMatchObject({ reachLayout: false, approachSide: 'right' });
  });

  it('keeps reach off where not offered', () => {
    expect(defaultDisplaySettings({ reachByDefault: true, hand: 'none' }, false)).toMatchObject({ reachLayout: false });
  });

  it('starts at normal text size', () => {
    expect(defaultDisplaySettings({ reachByDefault: true, hand: 'none' }, true).textSize).toBe('100');
  });
});

describe('reach settings on <html>', () => {
  it('round-trip through data attributes', () => {
    applyDisplaySettings({ highContrast: true, textSize: '150', reachLayout: true, approachSide: 'right' });
    expect(document.documentElement.dataset.reach).toBe('on');
    expect(document.documentElement.dataset.reachSide).toBe('right');
    expect(readDisplaySettings()).toEqual({ highContrast: true, textSize: '150', reachLayout: true, approachSide: 'right' });
  });

  it('unknown side reads as none', () => {
    document.documentElement.dataset.reachSide = 'up';
    expect(readDisplaySettings().approachSide).toBe('none');
  });

  it('band as viewport lengths', () => {
    const root = document.createElement('div');
    applyReachBand(PARTIAL_BAND, root);
    expect(root.style.getPropertyValue('--reach-top')).toBe('25dvh');
    expect(root.style.getPropertyValue('--reach-bottom')).toBe('90dvh');

    applyReachBand({ kind: 'none', reason: 'above' }, root);
    expect(root.style.getPropertyValue('--reach-top')).toBe('');
    expect(root.style.getPropertyValue('--reach-bottom')).toBe('');
  });
});

describe('reachBandOf', () => {
  it('uses both heights', () => {
    expect(reachBandOf({ screenHeightMm: 708, screenBottomMm: 760 })).toMatchObject({ kind: 'band', basis: 'geometry', bottom: 1 });
  });

  it.each([
    ['only the height', { screenHeightMm: 708 }],
    ['only the lower edge', { screenBottomMm: 760 }],
    ['neither', {}],
  ])('falls back to the default with %s', (_label, profile) => {
    expect(reachBandOf(profile)).toEqual({ kind: 'band', top: 0.5, bottom: 1, basis: 'default' });
  });
});

describe('isReachLayoutOffered', () => {
  it.each<[string, ReachBand, 'kiosk' | 'tablet' | 'web', boolean]>([
    ['band on a kiosk', PARTIAL_BAND, 'kiosk', true],
    ['band on a tablet', PARTIAL_BAND, 'tablet', true],
    ['band on the web', PARTIAL_BAND, 'web', false],
    ['whole screen on a kiosk', { kind: 'whole-screen', top: 0, bottom: 1 }, 'kiosk', false],
    ['no band on a kiosk', { kind: 'none', reason: 'too-small' }, 'kiosk', false],
  ])('%s', (_label, band, channel, offered) => {
    expect(isReachLayoutOffered(band, channel)).toBe(offered);
  });
});

describe('chooseIntroPlacement', () => {
  it.each<[number, number, number, string]>([
    [400, 120, 200, 'above'],
    [320, 120, 200, 'above'],
    [300, 120, 200, 'heading-above'],
    [120, 120, 0, 'above'],
    [100, 120, 0, 'inline'],
    [100, 120, 200, 'inline'],
  ])('area %i, heading %i, lead %i: %s', (area, heading, lead, placement) => {
    expect(chooseIntroPlacement(area, heading, lead)).toBe(placement);
  });
});

describe('ReachToggle', () => {
  it('turns the layout on and shows the sides', async () => {
    const user = userEvent.setup();
    render(<ReachToggle />);
    const toggle = screen.getByRole('button', { name: 'Tombol dalam jangkauan kursi roda' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Posisi tombol' })).toBeNull();

    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.dataset.reach).toBe('on');
    expect(screen.getByRole('button', { name: 'Tengah', pressed: true })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Kiri' }));
    expect(document.documentElement.dataset.reachSide).toBe('left');
    expect(screen.getByRole('button', { name: 'Kiri', pressed: true })).toBeTruthy();
  });

  it('two toggles stay in step', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ReachToggle />
        <ReachToggle large />
      </>,
    );
    const [first, second] = screen.getAllByRole('button', { name: 'Tombol dalam jangkauan kursi roda' });
    await user.click(first as HTMLElement);
    await screen.findAllByRole('button', { name: 'Tombol dalam jangkauan kursi roda', pressed: true });
    expect(second?.getAttribute('aria-pressed')).toBe('true');
    expect(second?.className).toContain('button--large');
  });

  it('follows a reset between visitors', async () => {
    applyDisplaySettings({ highContrast: false, textSize: '100', reachLayout: true, approachSide: 'left' });
    render(<ReachToggle />);
    expect(screen.getByRole('button', { name: 'Tombol dalam jangkauan kursi roda' }).getAttribute('aria-pressed')).toBe('true');

    applyDisplaySettings({ highContrast: false, textSize: '100', reachLayout: false, approachSide: 'none' });
    await screen.findByRole('button', { name: 'Tombol dalam jangkauan kursi roda', pressed: false });
    expect(screen.queryByRole('group', { name: 'Posisi tombol' })).toBeNull();
  });
});
