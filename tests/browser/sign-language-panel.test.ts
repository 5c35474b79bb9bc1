import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApproachSide } from '../../src/app/kiosk/kiosk-profile.ts';
import { computeReachBand, type ScreenGeometry } from '../../src/domain/kiosk/reach-band.ts';
import { BrowserSession } from './support/browser-session.ts';
import { DISPLAY_MODES, setDisplayMode } from './support/display-modes.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { focusedName, tabTo } from './support/keyboard.ts';
import { hiddenKeyboardKeys, pressKeypad } from './support/on-screen-keyboard.ts';
import { reachFailures } from './support/reach.ts';
import { passAttractScreen } from './support/request-form.ts';
import {
  fieldErrorCutOff,
  firstControlCutOff,
  focusRingCutOff,
  hiddenPanelControls,
  loadedCueCount,
  panelOverlaps,
  panelShare,
  serveSignContent,
  signPanel,
  testCaption,
  turnOnFromSettings,
  videoCutOff,
  visibleVideoShare,
} from './support/sign-language.ts';

const FORM = 'information-request';
const CONTENT = {
  bisindo: ['screen.start', 'screen.chooser', `step.${FORM}.applicant`, 'field.nik', 'field.name', 'field.byProxy', 'errors.summary', 'error.required'],
  sibi: ['screen.start'],
};

// Every display mode, the combined high contrast and 200 % text included.
const MODES = DISPLAY_MODES;

let session: BrowserSession;
let server: IntakeServer;
let context: BrowserContext;

beforeAll(async () => {
  // Routes serve the test's clips; they cannot see requests a service worker handles.
  session = await BrowserSession.open({ serviceWorkers: 'block' });
  ({ server, context } = session);
  await serveSignContent(context, () => CONTENT);
});

afterAll(async () => {
  await session?.close();
});

interface Launch {
  viewport: { width: number; height: number };
  channel?: 'kiosk' | 'web';
  keyboard?: 'onscreen' | 'physical';
  reach?: 'on' | 'off';
  hand?: ApproachSide;
  geometry?: ScreenGeometry;
}

// A 32-inch portrait kiosk whose lower edge is 760 mm above the floor: the band is the lower half.
const GEOMETRY: ScreenGeometry = { screenHeightMm: 708, screenBottomMm: 760 };
// A tall screen mounted low (330–1230 mm): the band would start at an eighth of the height.
const LOW_GEOMETRY: ScreenGeometry = { screenHeightMm: 900, screenBottomMm: 330 };
// A landscape kiosk 600 mm tall whose lower edge is 700 mm above the floor.
const LANDSCAPE_GEOMETRY: ScreenGeometry = { screenHeightMm: 600, screenBottomMm: 700 };

/**
 * Opens the start screen with a device's launch parameters. Every parameter is given, because
 * the kiosk profile of an earlier page stays in the context's localStorage.
 */
async function open({ viewport, channel = 'web', keyboard = 'physical', reach = 'off', hand = 'none', geometry = GEOMETRY }: Launch): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.setViewportSize(viewport);
  const query = new URLSearchParams({
    channel,
    keyboard,
    reach,
    hand,
    screenHeightMm: String(geometry.screenHeightMm),
    screenBottomMm: String(geometry.screenBottomMm),
  });
  await page.goto(`${server.origin}/?${query}`);
  await passAttractScreen(page);
  // The toggles appear once the manifest has loaded, after the start screen.
  await page.locator('#settings-sign-language').waitFor({ state: 'attached' });
  return page;
}

/** Goes to the applicant step, fails "Lanjut" so the error summary shows, and focuses the NIK field. */
async function showStepWithErrors(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Mulai', exact: true }).click();
  await page.getByRole('button', { name: 'Minta informasi', exact: true }).click();
  await page.getByRole('radio', { name: 'Perorangan' }).check();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('heading', { level: 2, name: 'Ada yang perlu diperbaiki' }).waitFor();
  await focusNik(page);
}

async function focusNik(page: Page): Promise<void> {
  await focusFieldInError(page, 'nik', 'NIK');
}

/** Focuses a field that shows an error and waits until the panel explains that error. */
async function focusFieldInError(page: Page, id: string, label: string): Promise<void> {
  await page.locator(`#field-${id}`).focus();
  await signPanel(page).getByText(`Penjelasan: Kesalahan di kolom ${label}`).waitFor();
  // The layout settles after the panel's height is published and the keyboard opens.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Checks the panel in the page's current state: it covers nothing it must not, and is large enough. */
async function expectPanelClear(page: Page, layout: 'side' | 'top' | 'reach'): Promise<void> {
  expect(await panelOverlaps(page)).toEqual([]);
  const share = await panelShare(page);
  expect(share.layout).toBe(layout);
  expect(share.share).toBeGreaterThanOrEqual(1 / 3 - 0.005);
  // The signer shows without scrolling the panel, whatever the text size does to the controls.
  expect(await visibleVideoShare(page)).toBeGreaterThanOrEqual(1 / 4);
  expect(await videoCutOff(page)).toEqual([]);
}

describe('turning the mode on', () => {
  it('from the start screen', async () => {
    const page = await open({ viewport: { width: 1920, height: 1080 }, channel: 'kiosk' });
    const toggle = page.getByRole('button', { name: 'Video bahasa isyarat', exact: true }).and(page.locator('#start-sign-language'));
    await toggle.click();
    await signPanel(page).waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await signPanel(page).getByText('Penjelasan: Layar awal').waitFor();
    expect(await signPanel(page).getByText('Contoh, bukan bahasa isyarat sungguhan').isVisible()).toBe(true);

    const track = page.locator('.sign-panel video track');
    expect(await track.getAttribute('kind')).toBe('captions');
    expect(await track.getAttribute('srclang')).toBe('id');
    expect(await loadedCueCount(page)).toBeGreaterThan(0);
    // The captions show in a box below the video, and the track itself stays hidden.
    const captions = signPanel(page).locator('.sign-panel__captions');
    await page.waitForFunction(() => document.querySelector('.sign-panel__captions')?.textContent !== '');
    expect(await captions.textContent()).toBe(testCaption('screen.start'));
    expect(
      await page.evaluate(() => {
        const track = document.querySelector<HTMLVideoElement>('.sign-panel video')?.textTracks[0];
        return { mode: track?.mode, active: [...(track?.activeCues ?? [])].map((cue) => (cue as VTTCue).text).join('\n') };
      }),
    ).toEqual({ mode: 'hidden', active: testCaption('screen.start') });
    const videoBox = await page.locator('.sign-panel video').boundingBox();
    const captionBox = await captions.boundingBox();
    expect(captionBox!.y).toBeGreaterThanOrEqual(videoBox!.y + videoBox!.height);
    await page.close();
  });

  it('from the web start screen', async () => {
    const page = await open({ viewport: { width: 360, height: 740 } });
    await page.locator('#start-sign-language').click();
    await signPanel(page).waitFor();
    expect(await page.locator('#start-sign-language').getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('from the settings bar', async () => {
    const page = await open({ viewport: { width: 1080, height: 1600 } });
    await turnOnFromSettings(page);
    expect(await page.locator('#settings-sign-language').getAttribute('aria-pressed')).toBe('true');
    expect(await loadedCueCount(page)).toBeGreaterThan(0);
    await page.locator('#settings-sign-language').click();
    await signPanel(page).waitFor({ state: 'detached' });
    await page.close();
  });

  it('plays and switches to SIBI', async () => {
    const page = await open({ viewport: { width: 1920, height: 1080 } });
    await turnOnFromSettings(page);
    await page.waitForFunction(() => {
      const video = document.querySelector<HTMLVideoElement>('.sign-panel video');
      return video !== null && !video.paused && video.currentTime > 0;
    });
    await signPanel(page).getByRole('button', { name: 'SIBI' }).click();
    await page.getByRole('complementary', { name: 'Video bahasa isyarat · SIBI' }).waitFor();
    expect(await page.locator('.sign-panel video source').getAttribute('src')).toBe('/sign-language/sibi/screen.start.webm');
    await page.close();
  });
});

// Each layout: the applicant step with the error summary showing and the NIK field focused.
describe('layout beside the form', () => {
  const LAYOUTS: { name: string; viewport: { width: number; height: number }; layout: 'side' | 'top' }[] = [
    { name: 'phone portrait', viewport: { width: 360, height: 740 }, layout: 'top' },
    { name: 'tablet portrait', viewport: { width: 800, height: 1280 }, layout: 'top' },
    { name: 'kiosk landscape', viewport: { width: 1920, height: 1080 }, layout: 'side' },
    { name: 'small kiosk landscape', viewport: { width: 1280, height: 800 }, layout: 'side' },
    // A 1280x800 screen at 200 % browser zoom.
    { name: 'landscape at 200% zoom', viewport: { width: 640, height: 400 }, layout: 'side' },
  ];

  for (const { name, viewport, layout } of LAYOUTS) {
    describe(name, () => {
      let page: Page;

      beforeAll(async () => {
        page = await open({ viewport });
        await turnOnFromSettings(page);
        await showStepWithErrors(page);
      });

      afterAll(async () => {
        await page?.close();
      });

      for (const mode of MODES) {
        it(mode.name, async () => {
          await setDisplayMode(page, mode);
          await focusNik(page);
          await expectPanelClear(page, layout);
        });
      }
    });
  }
});

describe('error summary below the panel', () => {
  it('shows its heading when it appears at 200 % text on a phone', async () => {
    const page = await open({ viewport: { width: 390, height: 844 } });
    await turnOnFromSettings(page);
    await setDisplayMode(page, { name: 'high contrast + text 200%', highContrast: true, textSize: '200' });
    await page.getByRole('button', { name: 'Mulai', exact: true }).click();
    await page.getByRole('button', { name: 'Minta informasi', exact: true }).click();
    await page.getByRole('radio', { name: 'Perorangan' }).check();
    await page.getByRole('button', { name: 'Lanjut' }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'Ada yang perlu diperbaiki' });
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
    // The summary is taller than the box below the panel, so its heading, which names the links, must show first.
    const [box, title] = await Promise.all([page.locator('#app').boundingBox(), heading.boundingBox()]);
    expect(box).not.toBeNull();
    expect(title).not.toBeNull();
    expect(title!.y).toBeGreaterThanOrEqual(box!.y - 0.5);
    expect(title!.y + title!.height).toBeLessThanOrEqual(box!.y + box!.height + 0.5);
    await page.close();
  });
});

describe('with the on-screen keyboard open', () => {
  for (const [name, viewport, layout] of [
    ['kiosk landscape', { width: 1920, height: 1080 }, 'side'],
    ['small kiosk landscape', { width: 1280, height: 800 }, 'side'],
    ['landscape at 200% zoom', { width: 640, height: 400 }, 'side'],
    ['tablet portrait', { width: 800, height: 1280 }, 'top'],
  ] as const) {
    it(name, async () => {
      const page = await open({ viewport, channel: 'kiosk', keyboard: 'onscreen' });
      await page.locator('#start-sign-language').click();
      await showStepWithErrors(page);
      await page.locator('.osk').waitFor();
      for (const mode of MODES) {
        await setDisplayMode(page, mode);
        await focusNik(page);
        await page.locator('.osk').waitFor();
        expect(await panelOverlaps(page), mode.name).toEqual([]);
        expect((await panelShare(page)).layout).toBe(layout);
        // The whole signer shows while the visitor types.
        expect(await videoCutOff(page), mode.name).toEqual([]);
      }
      await page.close();
    });
  }
});

describe('in the reach layout', () => {
  /** The band with the video above it: the video takes a third of the screen, so the band starts there at the latest. */
  function signBandOf(geometry: ScreenGeometry) {
    const band = computeReachBand(geometry);
    if (band.kind !== 'band') throw new Error(`The test geometry gives no reach band: ${JSON.stringify(band)}`);
    return { top: Math.max(band.top, 1 / 3), bottom: band.bottom };
  }

  const PORTRAIT = { width: 1080, height: 1920 };
  const LANDSCAPE = { width: 1920, height: 1080 };
  // The NIK field opens the number keypad, the name field the taller letter keyboard.
  const NIK = { id: 'nik', label: 'NIK' };
  const NAME = { id: 'name', label: 'Nama lengkap' };
  for (const [hand, keyboard, geometry, viewport, field] of [
    ['left', 'physical', GEOMETRY, PORTRAIT, NIK],
    ['none', 'physical', GEOMETRY, PORTRAIT, NIK],
    ['right', 'physical', GEOMETRY, PORTRAIT, NIK],
    ['none', 'onscreen', GEOMETRY, PORTRAIT, NIK],
    ['left', 'onscreen', GEOMETRY, PORTRAIT, NIK],
    ['none', 'onscreen', GEOMETRY, PORTRAIT, NAME],
    ['left', 'onscreen', GEOMETRY, PORTRAIT, NAME],
    ['none', 'physical', LOW_GEOMETRY, PORTRAIT, NIK],
    ['none', 'onscreen', LANDSCAPE_GEOMETRY, LANDSCAPE, NIK],
    ['right', 'onscreen', LANDSCAPE_GEOMETRY, LANDSCAPE, NAME],
  ] as const) {
    it(`approach ${hand}, ${keyboard} keyboard at ${field.id}, screen edge at ${geometry.screenBottomMm} mm, ${viewport.width}x${viewport.height}`, async () => {
      const signBand = signBandOf(geometry);
      const page = await open({ viewport, channel: 'kiosk', reach: 'on', hand, keyboard, geometry });
      await page.locator('#start-sign-language').click();
      await showStepWithErrors(page);
      for (const mode of MODES) {
        await setDisplayMode(page, mode);
        await focusFieldInError(page, field.id, field.label);
        expect(await panelOverlaps(page), mode.name).toEqual([]);
        expect(await panelShare(page)).toMatchObject({ layout: 'reach' });
        expect((await panelShare(page)).share).toBeGreaterThanOrEqual(1 / 3 - 0.005);
        // The header, the video and its captions fill the area above the band, the signer a
        // third of the screen or more, and the screen's intro moves into the band. While the
        // on-screen keyboard is open the signer yields height to its keys, down to a quarter.
        const stageBottom = await page.locator('.sign-panel__stage').evaluate((stage) => stage.getBoundingClientRect().bottom / window.innerHeight);
        const bandTop = await page.locator('#app').evaluate((app) => app.getBoundingClientRect().top / window.innerHeight);
        expect(stageBottom).toBeLessThanOrEqual(bandTop + 0.001);
        const videoShare = await page.locator('.sign-panel video').evaluate((video) => video.getBoundingClientRect().height / window.innerHeight);
        expect(videoShare, mode.name).toBeGreaterThanOrEqual(keyboard === 'onscreen' ? 1 / 4 : 1 / 3 - 0.005);
        expect(await videoCutOff(page), mode.name).toEqual([]);
        // The captions keep room for two lines wherever they go, below the video or beside it.
        const captionRoom = await page
          .locator('.sign-panel__captions')
          .evaluate((captions) => captions.getBoundingClientRect().height / parseFloat(getComputedStyle(captions).fontSize));
        expect(captionRoom, mode.name).toBeGreaterThanOrEqual(2);
        // Every panel control is in the band and can be seen and pressed, the keyboard open or not.
        if (keyboard === 'onscreen') {
          await page.locator('.osk').waitFor();
          // Every key shows whole, so the visitor can type without scrolling the keyboard.
          expect(await hiddenKeyboardKeys(page), mode.name).toEqual([]);
          // The visitor reads what to fix while typing, and the play button stays in view.
          // NOTE: on the landscape kiosk at 200 % text, the letter keyboard and the strip leave
          // the form about 170 px, less than the error and the field take together, so only the
          // field shows whole there. The keyboard's preview repeats the field's label.
          const errorFits = !(viewport === LANDSCAPE && field === NAME && mode.textSize === '200');
          if (errorFits) expect(await fieldErrorCutOff(page, `field-${field.id}`), mode.name).toEqual([]);
          expect(await firstControlCutOff(page), mode.name).toEqual([]);
        }
        expect(await hiddenPanelControls(page, signBand), mode.name).toEqual([]);
        expect(await page.locator('.screen-intro').getAttribute('data-placement')).toBe('inline');
        // Every control, those of the panel included, lies in the band (reach.ts).
        expect(await reachFailures(page, signBand, hand), mode.name).toEqual([]);
      }
      await page.close();
    });
  }
});

describe('focus in the reach strip', () => {
  it('shows each control\'s ring whole', async () => {
    const page = await open({ viewport: { width: 1920, height: 1080 }, channel: 'kiosk', reach: 'on', keyboard: 'physical', geometry: LANDSCAPE_GEOMETRY });
    await page.locator('#start-sign-language').click();
    await setDisplayMode(page, MODES.find((mode) => mode.name === 'text 200%')!);
    await showStepWithErrors(page);

    // At 200 % text the strip scrolls, and focus brings each control in with room for its ring.
    await page.keyboard.press('#');
    const visited: string[] = [];
    const inPanel = () => page.evaluate(() => document.activeElement?.closest('.sign-panel') != null);
    for (let press = 0; press < 30 && (await inPanel()); press += 1) {
      const name = await focusedName(page);
      visited.push(name);
      expect(await focusRingCutOff(page), name).toEqual([]);
      await page.keyboard.press('Tab');
    }
    expect(visited).toContain('Tutup video');
    await page.close();
  });
});

describe('other language offered in the reach layout', () => {
  it('keeps the offer button in the band', async () => {
    const page = await open({ viewport: { width: 1920, height: 1080 }, channel: 'kiosk', reach: 'on', keyboard: 'onscreen', geometry: LANDSCAPE_GEOMETRY });
    await page.locator('#start-sign-language').click();
    await setDisplayMode(page, MODES.find((mode) => mode.name === 'text 200%')!);
    await signPanel(page).getByRole('button', { name: 'SIBI' }).click();
    await showStepWithErrors(page);

    // SIBI has no clip for the field, so the panel offers BISINDO's next to its controls.
    const offer = signPanel(page).getByRole('button', { name: 'Putar video BISINDO' });
    await offer.waitFor();
    await page.locator('.osk').waitFor();
    const band = computeReachBand(LANDSCAPE_GEOMETRY);
    if (band.kind !== 'band') throw new Error('The landscape geometry gives no reach band');
    expect(await hiddenPanelControls(page, { top: Math.max(band.top, 1 / 3), bottom: band.bottom })).toEqual([]);
    expect(await firstControlCutOff(page)).toEqual([]);
    await offer.click();
    // The panel's landmark has no box of its own in this layout, so the test waits for its heading.
    await signPanel(page).getByRole('heading', { name: 'Video bahasa isyarat · BISINDO' }).waitFor();
    await page.close();
  });
});

describe('keyboard only', () => {
  it('reaches and operates the controls', async () => {
    const page = await open({ viewport: { width: 1920, height: 1080 } });
    await tabTo(page, /^Video bahasa isyarat$/);
    await page.keyboard.press('Enter');
    await signPanel(page).waitFor();
    await page.waitForFunction(() => !document.querySelector<HTMLVideoElement>('.sign-panel video')?.paused);

    await tabTo(page, /^Jeda$/);
    await page.keyboard.press('Enter');
    // The button keeps focus and takes the name of what it does next.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Putar');
    expect(await page.evaluate(() => document.querySelector<HTMLVideoElement>('.sign-panel video')?.paused)).toBe(true);

    await tabTo(page, /^1×$/);
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe('0,75×');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('.sign-panel video')?.playbackRate === 0.75);

    await tabTo(page, /^Tutup video$/);
    await page.keyboard.press('Enter');
    await signPanel(page).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('settings-sign-language');
    await page.close();
  });

  it('goes from the last field to the panel and keeps the field topic', async () => {
    const page = await open({ viewport: { width: 1920, height: 1080 } });
    await turnOnFromSettings(page);
    await page.getByRole('button', { name: 'Mulai', exact: true }).click();
    await page.getByRole('button', { name: 'Minta informasi', exact: true }).click();
    await page.getByRole('radio', { name: 'Perorangan' }).check();
    await page.locator('#field-nik').fill('3671014501900001');
    await page.locator('#field-name').fill('Siti Contoh');
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('heading', { level: 1, name: /Kuasa Pemohon/ }).waitFor();

    // The proxy question is the step's last field.
    await page.locator('[data-sign-topic$="byProxy"] input[type="radio"]').last().focus();
    const topic = signPanel(page).locator('.sign-panel__topic');
    await topic.filter({ hasText: 'Penjelasan: Kolom ' }).waitFor();
    const fieldTopic = await topic.textContent();

    // Tab passes the step's buttons, then enters the panel, and the field's clip plays throughout.
    const path: { name: string; place: string; topic: string | null }[] = [];
    for (let press = 0; press < 8; press += 1) {
      await page.keyboard.press('Tab');
      const place = await page.evaluate(() => (document.activeElement?.closest('.sign-panel') ? 'panel' : (document.activeElement?.closest('main')?.id ?? 'elsewhere')));
      path.push({ name: await focusedName(page), place, topic: await topic.textContent() });
      if (place === 'panel') break;
    }
    expect(path.at(-1)?.place, JSON.stringify(path)).toBe('panel');
    expect(path.slice(0, -1).map(({ place }) => place)).toEqual(path.slice(0, -1).map(() => 'main'));
    expect(path.map(({ name }) => name)).toContain('Lanjut');
    for (const step of path) expect(step.topic, step.name).toBe(fieldTopic);
    await page.close();
  });

  it('jumps to the error clip with # and back with Escape', async () => {
    const page = await open({ viewport: { width: 1920, height: 1080 }, channel: 'kiosk', keyboard: 'onscreen' });
    await page.locator('#start-sign-language').click();
    await showStepWithErrors(page);
    const panel = signPanel(page);
    await panel.getByText('Tekan # untuk ke tombol putar video, Esc (Batal) untuk kembali.').waitFor();
    const topic = panel.locator('.sign-panel__topic');
    const errorTopic = 'Penjelasan: Kesalahan di kolom NIK';
    const nikBefore = await page.locator('#field-nik').inputValue();

    // Only keypad keys: `#` lands on the play button of the clip the field plays.
    await pressKeypad(page, '#');
    expect(await page.evaluate(() => document.activeElement?.closest('.sign-panel') !== null)).toBe(true);
    expect(await focusedName(page)).toMatch(/^(Jeda|Putar)$/);
    expect(await topic.textContent()).toBe(errorTopic);
    expect(await panel.getByRole('button', { name: 'Kesalahan ini' }).isVisible()).toBe(true);
    expect(await panel.getByRole('button', { name: 'Kolom ini' }).isVisible()).toBe(true);
    expect(await page.locator('#field-nik').inputValue()).toBe(nikBefore);

    // The controls act on that clip.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Jeda');
    await pressKeypad(page, 'Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Putar');
    expect(await page.evaluate(() => document.querySelector<HTMLVideoElement>('.sign-panel video')?.paused)).toBe(true);
    expect(await topic.textContent()).toBe(errorTopic);

    // Escape returns to the field, which keeps its clip.
    await pressKeypad(page, 'Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-nik');
    expect(await topic.textContent()).toBe(errorTopic);
    expect(await page.locator('.osk').isVisible()).toBe(true);
    await page.close();
  });

  it('keeps the field clip on the on-screen keys', async () => {
    const page = await open({ viewport: { width: 1920, height: 1080 }, channel: 'kiosk', keyboard: 'onscreen' });
    await page.locator('#start-sign-language').click();
    await showStepWithErrors(page);
    const topic = signPanel(page).locator('.sign-panel__topic');
    const errorTopic = 'Penjelasan: Kesalahan di kolom NIK';

    // A keypad's arrow keys move from the field into the keys, which type into that field.
    await pressKeypad(page, 'ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('.osk') !== null)).toBe(true);
    expect(await topic.textContent()).toBe(errorTopic);
    await pressKeypad(page, '#');
    expect(await focusedName(page)).toMatch(/^(Jeda|Putar)$/);
    expect(await topic.textContent()).toBe(errorTopic);
    await page.close();
  });

  it('types # into a text field on a visitor\'s own device', async () => {
    const page = await open({ viewport: { width: 1920, height: 1080 } });
    await turnOnFromSettings(page);
    await showStepWithErrors(page);
    // A full keyboard types `#` as text; the key jumps to the panel only from other controls.
    await page.locator('#field-name').focus();
    await page.keyboard.type('Siti #2');
    expect(await page.locator('#field-name').inputValue()).toBe('Siti #2');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-name');
    await page.getByRole('radio', { name: 'Perorangan' }).focus();
    await page.keyboard.press('#');
    expect(await focusedName(page)).toMatch(/^(Jeda|Putar)$/);
    await page.close();
  });

  it('returns with Escape to where Tab left', async () => {
    const page = await open({ viewport: { width: 1920, height: 1080 } });
    await turnOnFromSettings(page);
    // Remembers the last element focused outside the panel, the one Tab left for the panel.
    await page.evaluate(() => {
      document.addEventListener('focusin', (event) => {
        const target = event.target as Element;
        if (!target.closest('.sign-panel')) (window as unknown as { lastOutside?: Element }).lastOutside = target;
      });
    });
    await tabTo(page, /^(Jeda|Putar)$/);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.closest('.sign-panel') ?? null)).toBeNull();
    expect(await page.evaluate(() => document.activeElement === (window as unknown as { lastOutside?: Element }).lastOutside)).toBe(true);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
    await page.close();
  });

  it('shows the signer again after Tab leaves', async () => {
    // A phone at 200 % text: the panel's controls do not fit below the video, so the panel scrolls.
    const page = await open({ viewport: { width: 390, height: 844 } });
    await page.locator('#start-sign-language').click();
    await setDisplayMode(page, MODES.find((mode) => mode.name === 'text 200%')!);
    await showStepWithErrors(page);

    await tabTo(page, /^Tutup video$/);
    expect(await page.locator('.sign-panel').evaluate((panel) => panel.scrollTop)).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    await page.locator('#field-name').focus();
    expect(await page.locator('.sign-panel').evaluate((panel) => panel.scrollTop)).toBe(0);
    expect(await videoCutOff(page)).toEqual([]);
    await page.close();
  });

  it('switches the captions with Enter', async () => {
    const page = await open({ viewport: { width: 1920, height: 1080 } });
    await turnOnFromSettings(page);
    await loadedCueCount(page);
    await signPanel(page).getByRole('button', { name: 'Teks (takarir)' }).focus();
    await page.keyboard.press('Enter');
    await signPanel(page).locator('.sign-panel__captions').waitFor({ state: 'detached' });
    await page.keyboard.press('Enter');
    await signPanel(page).getByText(testCaption('screen.start')).waitFor();
    await page.close();
  });
});

describe('by touch, with the on-screen keyboard open', () => {
  let touch: BrowserSession;

  beforeAll(async () => {
    touch = await BrowserSession.open({ serviceWorkers: 'block', hasTouch: true, viewport: { width: 1920, height: 1080 } });
    await serveSignContent(touch.context, () => CONTENT);
  });

  afterAll(async () => {
    await touch?.close();
  });

  /** Opens the applicant step on a touch kiosk with the mode on, having tapped "Lanjut" with the fields empty. */
  async function tapToErrors(): Promise<Page> {
    const page = await touch.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${touch.server.origin}/?channel=kiosk&keyboard=onscreen&reach=off&hand=none`);
    await passAttractScreen(page);
    await page.locator('#start-sign-language').tap();
    await signPanel(page).waitFor();
    await page.getByRole('button', { name: 'Mulai', exact: true }).tap();
    await page.getByRole('button', { name: 'Minta informasi', exact: true }).tap();
    await page.getByRole('radio', { name: 'Perorangan' }).tap();
    await page.getByRole('button', { name: 'Lanjut' }).tap();
    await page.getByRole('heading', { level: 2, name: 'Ada yang perlu diperbaiki' }).waitFor();
    return page;
  }

  const playing = (page: Page) =>
    page.waitForFunction(() => {
      const video = document.querySelector<HTMLVideoElement>('.sign-panel video');
      return video !== null && !video.paused && video.currentTime > 0;
    });

  it('acts on the first tap on a panel control', async () => {
    const page = await tapToErrors();
    await page.locator('#field-name').tap();
    await page.locator('.osk').waitFor();
    await signPanel(page).getByText('Penjelasan: Kesalahan di kolom Nama lengkap').waitFor();
    await signPanel(page).getByRole('button', { name: '0,5×' }).tap();
    await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('.sign-panel video')?.playbackRate === 0.5);
    await page.close();
  });

  it('names the play button after what the video is doing', async () => {
    const page = await tapToErrors();
    // The tap on "Lanjut" started the error summary's clip.
    await playing(page);
    await signPanel(page).getByRole('button', { name: 'Jeda' }).tap();
    await signPanel(page).getByRole('button', { name: 'Putar' }).waitFor();
    expect(await page.evaluate(() => document.querySelector<HTMLVideoElement>('.sign-panel video')?.paused)).toBe(true);
    await signPanel(page).getByRole('button', { name: 'Putar' }).tap();
    await playing(page);
    await signPanel(page).getByRole('button', { name: 'Jeda' }).waitFor();
    await page.close();
  });
});

// The clips the build ships, served by the real server with the app's service worker in place.
describe('with the shipped samples', () => {
  let shipped: BrowserSession;

  beforeAll(async () => {
    shipped = await BrowserSession.open({ viewport: { width: 1920, height: 1080 } });
  });

  afterAll(async () => {
    await shipped?.close();
  });

  it('plays the start screen clip with captions', async () => {
    const page = await shipped.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${shipped.server.origin}/?channel=kiosk&keyboard=physical&reach=off&hand=none`);
    await passAttractScreen(page);
    await page.locator('#start-sign-language').click();
    await signPanel(page).getByText('Penjelasan: Layar awal').waitFor();
    expect(await signPanel(page).getByText('Contoh, bukan bahasa isyarat sungguhan').isVisible()).toBe(true);
    expect(await page.locator('.sign-panel video source').first().getAttribute('src')).toBe('/sign-language/bisindo/screen.start.webm');
    expect(await loadedCueCount(page)).toBeGreaterThan(0);
    await page.waitForFunction(() => (document.querySelector<HTMLVideoElement>('.sign-panel video')?.currentTime ?? 0) > 0);
    await page.close();
  });
});
