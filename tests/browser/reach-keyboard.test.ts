import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApproachSide } from '../../src/app/kiosk/kiosk-profile.ts';
import { computeReachBand, type ScreenGeometry } from '../../src/domain/kiosk/reach-band.ts';
import { BrowserSession } from './support/browser-session.ts';
import { DISPLAY_MODES, LOCALES, setDisplayMode, setLanguage } from './support/display-modes.ts';
import { expectAccessibleEverywhere } from './support/expect-accessible.ts';
import { focusObscured, hiddenKeyboardKeys, keyboardRegion } from './support/on-screen-keyboard.ts';
import { reachFailures, type BandFractions } from './support/reach.ts';
import { beginRequest, passAttractScreen } from './support/request-form.ts';

// The reach layout with Loket's own keyboard open, on a kiosk that has no physical keyboard.
// A 32-inch portrait panel whose band reaches the screen's lower edge, and a tall panel
// mounted so low that its lowest strip is out of reach too: the keyboard must dock above it.
const VIEWPORT = { width: 1080, height: 1920 };
const GEOMETRIES: readonly { name: string; geometry: ScreenGeometry }[] = [
  { name: 'band to the lower edge', geometry: { screenHeightMm: 708, screenBottomMm: 760 } },
  { name: 'band cut at both ends', geometry: { screenHeightMm: 900, screenBottomMm: 330 } },
];

function bandOf(geometry: ScreenGeometry): BandFractions {
  const band = computeReachBand(geometry);
  if (band.kind !== 'band') throw new Error(`Test geometry gives no band: ${JSON.stringify(band)}`);
  return band;
}

let session: BrowserSession;

beforeAll(async () => {
  session = await BrowserSession.open({ viewport: VIEWPORT });
});

afterAll(async () => {
  await session?.close();
});

async function openKiosk(geometry: ScreenGeometry, hand: ApproachSide = 'none'): Promise<Page> {
  const page = await session.context.newPage();
  page.setDefaultTimeout(10_000);
  const query = new URLSearchParams({
    channel: 'kiosk',
    keyboard: 'onscreen',
    reach: 'on',
    hand,
    screenHeightMm: String(geometry.screenHeightMm),
    screenBottomMm: String(geometry.screenBottomMm),
  });
  await page.goto(`${session.server.origin}/?${query}`);
  await passAttractScreen(page);
  await beginRequest(page);
  await page.getByRole('radio', { name: 'Perorangan', exact: true }).check();
  return page;
}

/** Taps a field, as a visitor does, and waits for the keyboard and its height on <html>. */
async function tapField(page: Page, id: string): Promise<void> {
  await page.locator(`#${id}`).click();
  await keyboardRegion(page).waitFor();
  await page.waitForFunction(() => parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--keyboard-height')) > 0);
  await page.evaluate(() => new Promise(requestAnimationFrame));
}

/** Returns the reach-layout failures and the typed field's visibility failures, for each field and mode. */
async function failuresWithKeyboard(page: Page, band: BandFractions, fields: readonly string[], side: ApproachSide = 'none'): Promise<string[]> {
  const failures: string[] = [];
  for (const locale of LOCALES) {
    await setLanguage(page, locale);
    for (const mode of DISPLAY_MODES) {
      await setDisplayMode(page, mode);
      for (const field of fields) {
        await tapField(page, field);
        const obscured = await focusObscured(page);
        if (obscured) failures.push(`${locale}, ${mode.name}, #${field}: ${obscured}`);
        // reachFailures moves focus away, which closes the keyboard only after it has measured.
        for (const failure of await reachFailures(page, band, side)) failures.push(`${locale}, ${mode.name}, #${field}: ${failure}`);
      }
    }
  }
  await setLanguage(page, 'id');
  await setDisplayMode(page, DISPLAY_MODES[0]!);
  return failures;
}

describe('reach layout with the on-screen keyboard open', () => {
  for (const { name, geometry } of GEOMETRIES) {
    it(`keeps keys and fields in the band: ${name}`, async () => {
      const page = await openKiosk(geometry);
      // The NIK gets the numeric pad, the name the letters: two keyboards of different heights.
      expect(await failuresWithKeyboard(page, bandOf(geometry), ['field-nik', 'field-name'])).toEqual([]);
      await page.close();
    });
  }

  it('docks the keyboard on the band, not the screen edge', async () => {
    const geometry = GEOMETRIES[1]!.geometry;
    const band = bandOf(geometry);
    const page = await openKiosk(geometry);
    await tapField(page, 'field-name');
    const keys = await keyboardRegion(page).boundingBox();
    expect(keys).not.toBeNull();
    expect(keys!.y + keys!.height).toBeLessThanOrEqual(band.bottom * VIEWPORT.height + 1);
    expect(keys!.y).toBeGreaterThanOrEqual(band.top * VIEWPORT.height - 1);
    await page.close();
  });

  it('keeps the keyboard on the approach side', async () => {
    const geometry = GEOMETRIES[0]!.geometry;
    const page = await openKiosk(geometry, 'left');
    expect(await failuresWithKeyboard(page, bandOf(geometry), ['field-name'], 'left')).toEqual([]);
    // The keyboard is narrower on the approach side, and its letter keys still show whole.
    for (const mode of DISPLAY_MODES) {
      await setDisplayMode(page, mode);
      await tapField(page, 'field-name');
      expect(await hiddenKeyboardKeys(page), mode.name).toEqual([]);
    }
    await page.close();
  });

  it('fits the letters on a landscape kiosk', async () => {
    // A 400 mm tall screen whose lower edge is 920 mm up: the band is its lower half, 540 px.
    const page = await session.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${session.server.origin}/?channel=kiosk&keyboard=onscreen&reach=on&hand=none&screenHeightMm=400&screenBottomMm=920`);
    await passAttractScreen(page);
    await beginRequest(page);
    await page.getByRole('radio', { name: 'Perorangan', exact: true }).check();
    const failures: string[] = [];
    for (const mode of DISPLAY_MODES) {
      await setDisplayMode(page, mode);
      await tapField(page, 'field-name');
      const obscured = await focusObscured(page);
      if (obscured) failures.push(`${mode.name}: ${obscured}`);
      // At 200 % text the keys scroll inside the keyboard; up to 150 % every key shows.
      if (mode.textSize === '200') continue;
      const cut = await page.evaluate(() => {
        const keyboard = document.querySelector('.osk')?.getBoundingClientRect();
        if (!keyboard) return ['the keyboard is closed'];
        return [...document.querySelectorAll('.osk button')]
          .filter((key) => key.getBoundingClientRect().bottom > keyboard.bottom + 1)
          .map((key) => key.getAttribute('aria-label') ?? key.textContent ?? '');
      });
      if (cut.length > 0) failures.push(`${mode.name}: keys below the keyboard's edge: ${cut.join(' ')}`);
    }
    expect(failures).toEqual([]);
    await page.close();
  });

  it('has no accessibility violations with the keyboard open', async () => {
    const page = await openKiosk(GEOMETRIES[0]!.geometry);
    await tapField(page, 'field-name');
    await expectAccessibleEverywhere(page);
    await page.close();
  });
});
