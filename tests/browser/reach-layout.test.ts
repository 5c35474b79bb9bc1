import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApproachSide } from '../../src/app/kiosk/kiosk-profile.ts';
import { computeReachBand, type ScreenGeometry } from '../../src/domain/kiosk/reach-band.ts';
import { BrowserSession } from './support/browser-session.ts';
import { displayModeFailures } from './support/display-modes.ts';
import { expectAccessibleEverywhere } from './support/expect-accessible.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { reachFailures, setKeyboardHeight, type BandFractions } from './support/reach.ts';
import { passAttractScreen } from './support/request-form.ts';
import { postSubmission, STAFF_TOKEN } from './support/status-api.ts';

// A 32-inch portrait panel (1080 × 1920 px, 708 mm tall) with its lower edge 760 mm above the
// floor: controls may go only below 1120 mm, the lower half of the screen.
const VIEWPORT = { width: 1080, height: 1920 };
const GEOMETRY: ScreenGeometry = { screenHeightMm: 708, screenBottomMm: 760 };
// A tall panel mounted low (330–1230 mm): the band is cut at the top and at the bottom.
const LOW_GEOMETRY: ScreenGeometry = { screenHeightMm: 900, screenBottomMm: 330 };

function bandOf(geometry: ScreenGeometry): BandFractions {
  const band = computeReachBand(geometry);
  if (band.kind !== 'band') throw new Error(`Test geometry gives no band: ${JSON.stringify(band)}`);
  return band;
}

const BAND = bandOf(GEOMETRY);

let session: BrowserSession;
let server: IntakeServer;
let context: BrowserContext;

beforeAll(async () => {
  session = await BrowserSession.open({ viewport: VIEWPORT }, { LOKET_STAFF_TOKEN: STAFF_TOKEN });
  ({ server, context } = session);
});

afterAll(async () => {
  await session?.close();
});

interface Launch {
  path?: string;
  geometry?: ScreenGeometry;
  reach?: 'on' | 'off';
  hand?: ApproachSide;
  channel?: 'kiosk' | 'web';
}

/** Opens a new page with the kiosk's launch parameters, as the kiosk's start command does. */
async function openKiosk({ path = '/', geometry = GEOMETRY, reach = 'on', hand = 'none', channel = 'kiosk' }: Launch = {}): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const query = new URLSearchParams({
    channel,
    screenHeightMm: String(geometry.screenHeightMm),
    screenBottomMm: String(geometry.screenBottomMm),
    reach,
    hand,
  });
  await page.goto(`${server.origin}${path}?${query}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // A kiosk opens the flow on its attract screen; the tests begin on the start screen after it.
  if (path === '/') await passAttractScreen(page);
  return page;
}

/**
 * Checks the placement in every display mode and both languages, then once more under
 * forced colors, and expects no failure. The page returns to Indonesian, normal contrast,
 * 100 % text and no forced colors.
 */
async function expectInBandEverywhere(page: Page, band: BandFractions = BAND, side: ApproachSide = 'none'): Promise<void> {
  const { violations } = await displayModeFailures(page, () => reachFailures(page, band, side));
  await page.emulateMedia({ forcedColors: 'active' });
  const forced = await reachFailures(page, band, side);
  await page.emulateMedia({ forcedColors: 'none' });
  expect(violations).toEqual([]);
  expect(forced.map((failure) => `forced colors: ${failure}`)).toEqual([]);
}

async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function clickButton(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).click();
}

async function showErrors(page: Page): Promise<void> {
  await clickButton(page, 'Lanjut');
  await page.getByRole('heading', { level: 2, name: 'Ada yang perlu diperbaiki' }).waitFor();
}

// First in the file: once a page has loaded the app, its service worker serves the
// configuration from its cache, where page.route cannot fail the request.
describe('reach layout before the configuration loads', () => {
  it('config error screen', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.route('**/api/v1/config', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(`${server.origin}/?channel=kiosk&screenHeightMm=708&screenBottomMm=760&reach=on&hand=none`);
    await expectHeading(page, 'Loket belum siap');
    await expectInBandEverywhere(page);
    await page.close();
  });
});

describe('reach layout on every screen', () => {
  // One page walks the whole request; each test moves on from where the previous one left it.
  let page: Page;

  beforeAll(async () => {
    page = await openKiosk();
  });

  afterAll(async () => {
    await page?.close();
  });

  it('sets the band from the geometry', async () => {
    const band = await page.evaluate(() => {
      const app = document.getElementById('app')?.getBoundingClientRect();
      return { reach: document.documentElement.dataset.reach, top: app?.top, bottom: app?.bottom };
    });
    expect(band.reach).toBe('on');
    expect(band.top).toBeCloseTo(BAND.top * VIEWPORT.height, 0);
    expect(band.bottom).toBeCloseTo(BAND.bottom * VIEWPORT.height, 0);
  });

  it('start screen', async () => {
    await expectHeading(page, /Layanan Informasi Publik/);
    await expectInBandEverywhere(page);
  });

  it('device receipts list, empty', async () => {
    await page.getByRole('region', { name: 'Status perangkat' }).getByRole('button', { name: /^Tanda bukti di perangkat ini/ }).click();
    await expectHeading(page, 'Tanda bukti di perangkat ini');
    await expectInBandEverywhere(page);
    await clickButton(page, 'Kembali');
  });

  it('applicant step with errors', async () => {
    await clickButton(page, 'Mulai');
    await clickButton(page, 'Minta informasi');
    await expectHeading(page, /Data Pemohon/);
    await showErrors(page);
    await expectInBandEverywhere(page);
  });

  it('applicant step, filled', async () => {
    await page.getByRole('radio', { name: 'Perorangan', exact: true }).check();
    await page.locator('#field-nik').fill('3671014501900001');
    await page.locator('#field-name').fill('Siti Contoh');
    await expectInBandEverywhere(page);
  });

  it('proxy step with errors', async () => {
    await clickButton(page, 'Lanjut');
    await expectHeading(page, /Kuasa Pemohon/);
    await showErrors(page);
    await expectInBandEverywhere(page);
  });

  it('request step with errors', async () => {
    await page.getByRole('radio', { name: 'Tidak, untuk diri sendiri', exact: true }).check();
    await clickButton(page, 'Lanjut');
    await expectHeading(page, /Informasi yang dibutuhkan/);
    await showErrors(page);
    await expectInBandEverywhere(page);
  });

  it('delivery step with errors', async () => {
    await page.locator('#field-agency').selectOption('DISKOMINFO');
    await page.locator('#field-details').fill('Salinan laporan keuangan tahun 2025.');
    await page.locator('#field-purpose').fill('Pengawasan anggaran oleh warga.');
    await clickButton(page, 'Lanjut');
    await expectHeading(page, /Cara memperoleh informasi/);
    await showErrors(page);
    await expectInBandEverywhere(page);
  });

  it('contact step with errors', async () => {
    await page.getByRole('radio', { name: /^Melihat, membaca/ }).check();
    await clickButton(page, 'Lanjut');
    await expectHeading(page, /Alamat dan kontak/);
    await showErrors(page);
    await expectInBandEverywhere(page);
  });

  it('review with change links', async () => {
    await page.locator('#field-address').fill('Jl. Contoh Raya No. 1, Cipondoh');
    await page.locator('#field-phone').fill('081234567890');
    await clickButton(page, 'Lanjut');
    await expectHeading(page, 'Periksa kembali permohonan Anda');
    await expectInBandEverywhere(page);
  });

  it('receipt with print and finish', async () => {
    await clickButton(page, 'Kirim permohonan');
    await expectHeading(page, 'Tanda bukti permohonan');
    await page.getByRole('button', { name: 'Cetak tanda bukti' }).waitFor();
    await expectInBandEverywhere(page);
  });

  it('device receipts list with a receipt', async () => {
    await page.getByRole('region', { name: 'Status perangkat' }).getByRole('button', { name: /^Tanda bukti di perangkat ini/ }).click();
    await expectHeading(page, 'Tanda bukti di perangkat ini');
    await page.getByRole('button', { name: /^Buka tanda bukti/ }).waitFor();
    await expectInBandEverywhere(page);
  });

  it('scrolls the band to the top on a new screen', async () => {
    await page.evaluate(() => document.getElementById('app')?.scrollTo(0, 10_000));
    await clickButton(page, /^Buka tanda bukti/);
    await expectHeading(page, 'Tanda bukti permohonan');
    expect(await page.evaluate(() => document.getElementById('app')?.scrollTop)).toBe(0);
  });
});

describe('reach layout on other pages', () => {
  it('status page: form, errors, result', async () => {
    const request = await postSubmission(server.origin);
    const page = await openKiosk({ path: '/status' });
    await expectHeading(page, 'Cek status pengajuan');
    await expectInBandEverywhere(page);

    await clickButton(page, 'Cek status');
    await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
    await expectInBandEverywhere(page);

    await page.getByRole('textbox', { name: /^Nomor pendaftaran/ }).fill(request.registrationNumber);
    await page.getByRole('textbox', { name: /^Kode pelacakan/ }).fill(request.trackingCode);
    await clickButton(page, 'Cek status');
    await page.waitForFunction(() => document.activeElement?.id === 'status-result-heading');
    await expectInBandEverywhere(page);
    await page.close();
  });

  it('attract screen', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.origin}/?channel=kiosk&screenHeightMm=708&screenBottomMm=760&reach=on&hand=none`);
    await page.getByRole('button', { name: 'Sentuh untuk memulai Touch to start' }).waitFor();
    expect(await reachFailures(page, BAND)).toEqual([]);
    await page.close();
  });

  it('band cut at both ends', async () => {
    const band = bandOf(LOW_GEOMETRY);
    expect(band.top).toBeGreaterThan(0);
    expect(band.bottom).toBeLessThan(1);
    const page = await openKiosk({ geometry: LOW_GEOMETRY });
    await clickButton(page, 'Mulai');
    await clickButton(page, 'Minta informasi');
    await showErrors(page);
    expect(await page.locator('.screen-intro').getAttribute('data-placement')).toBe('above');
    expect(await reachFailures(page, band)).toEqual([]);

    // At 200 % text only the heading fits in the 235 px above this band: the lead moves into
    // the band, and every control still lies in it.
    await page.getByRole('button', { name: '200%', exact: true }).click();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.screen-intro')?.dataset.placement === 'heading-above');
    const lead = await page.locator('.screen-intro > .lead').boundingBox();
    expect(lead!.y + lead!.height).toBeGreaterThan(band.top * VIEWPORT.height);
    expect(await reachFailures(page, band)).toEqual([]);
    await page.close();
  });
});

describe('landscape counter kiosk', () => {
  // A 24-inch landscape panel (1920 × 1080 px, 299 mm tall) 900 mm above the floor: the band
  // is the lower three quarters, and 285 px are left above it.
  const landscape: ScreenGeometry = { screenHeightMm: 299, screenBottomMm: 900 };

  it('step with errors', async () => {
    const band = bandOf(landscape);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${server.origin}/?channel=kiosk&screenHeightMm=299&screenBottomMm=900&reach=on&hand=none`);
    await passAttractScreen(page);
    await clickButton(page, 'Mulai');
    await clickButton(page, 'Minta informasi');
    await showErrors(page);

    // Larger text leaves room above this band for the heading only, so the lead paragraph
    // joins the band there, which reachFailures allows.
    const { violations } = await displayModeFailures(page, () => reachFailures(page, band));
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('approach side', () => {
  it.each<ApproachSide>(['left', 'right'])('%s gathers controls on that side', async (hand) => {
    const page = await openKiosk({ hand });
    await clickButton(page, 'Mulai');
    await clickButton(page, 'Minta informasi');
    await showErrors(page);
    await expectInBandEverywhere(page, BAND, hand);
    await page.close();
  });

  it('side buttons move the controls', async () => {
    const page = await openKiosk();
    const settings = page.getByRole('region', { name: 'Pengaturan tampilan' });
    await settings.getByRole('button', { name: 'Kanan', exact: true }).click();
    await settings.getByRole('button', { name: 'Kanan', exact: true, pressed: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.reachSide)).toBe('right');
    expect(await reachFailures(page, BAND, 'right')).toEqual([]);
    // Controls in the left third show that the check can fail.
    expect(await reachFailures(page, BAND, 'left')).not.toEqual([]);
    await page.close();
  });
});

describe('focused control after a settings change', () => {
  it('keeps a pressed text size in view', async () => {
    const page = await openKiosk();
    await clickButton(page, 'Mulai');
    await clickButton(page, 'Minta informasi');
    await page.getByRole('button', { name: '200%', exact: true }).click();
    // The "100%" button just inside the band's upper edge, then pressed: the text shrinks, and
    // without Chromium's scroll anchoring the button would move up out of the band.
    await page.evaluate(() => {
      const app = document.getElementById('app') as HTMLElement;
      const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === '100%') as HTMLElement;
      app.scrollTop += button.getBoundingClientRect().top - app.getBoundingClientRect().top - 2;
      button.focus({ preventScroll: true });
      button.click();
    });
    await page.waitForFunction(() => document.documentElement.dataset.textSize === '100');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const box = await page.evaluate(() => document.activeElement?.getBoundingClientRect().toJSON() as DOMRect);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('100%');
    expect(box.top).toBeGreaterThanOrEqual(BAND.top * VIEWPORT.height - 1);
    expect(box.bottom).toBeLessThanOrEqual(BAND.bottom * VIEWPORT.height + 1);
    await page.close();
  });
});

describe('reach layout with the on-screen keyboard open', () => {
  it('keeps every field above the keyboard', async () => {
    const page = await openKiosk();
    await clickButton(page, 'Mulai');
    await clickButton(page, 'Minta informasi');
    await page.getByRole('radio', { name: 'Perorangan', exact: true }).check();
    for (const height of ['640px', '0']) {
      await setKeyboardHeight(page, height);
      expect(await reachFailures(page, BAND), `keyboard ${height}`).toEqual([]);
    }

    // The keyboard opens under a field that has focus at the bottom of the band: it moves up.
    await setKeyboardHeight(page, '0px');
    const fieldBottom = () => page.evaluate(() => document.getElementById('field-name')?.getBoundingClientRect().bottom ?? 0);
    await page.evaluate(() => {
      const field = document.getElementById('field-name');
      field?.scrollIntoView({ block: 'end' });
      field?.focus({ preventScroll: true });
    });
    expect(await fieldBottom()).toBeGreaterThan(VIEWPORT.height - 640);
    await setKeyboardHeight(page, '640px');
    // The field moves after a resize observer and a frame; on a loaded machine that takes more
    // than one frame, so wait for it and let the assertion below report where it stayed.
    const limit = VIEWPORT.height - 640 + 1;
    await page
      .waitForFunction((max) => (document.getElementById('field-name')?.getBoundingClientRect().bottom ?? 0) <= max, limit, { timeout: 5_000 })
      .catch(() => undefined);
    expect(await fieldBottom()).toBeLessThanOrEqual(limit);
    expect(await reachFailures(page, BAND)).toEqual([]);
    await page.close();
  });

  it('keeps a modal dialog in the band', async () => {
    const page = await openKiosk();
    await setKeyboardHeight(page, '400px');
    const box = await page.evaluate(() => {
      const dialog = document.createElement('dialog');
      dialog.innerHTML = '<p>Masih di sini?</p><button type="button">Saya masih di sini</button>';
      document.body.append(dialog);
      dialog.showModal();
      return dialog.getBoundingClientRect().toJSON() as DOMRect;
    });
    expect(box.top).toBeGreaterThanOrEqual(BAND.top * VIEWPORT.height - 1);
    expect(box.bottom).toBeLessThanOrEqual(VIEWPORT.height - 400 + 1);
    await page.close();
  });
});

describe('reach toggle', () => {
  it('turns the layout on and off', async () => {
    const page = await openKiosk({ reach: 'off' });
    const toggle = page.getByRole('region', { name: 'Pengaturan tampilan' }).getByRole('button', { name: 'Tombol dalam jangkauan kursi roda' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('app') as HTMLElement).position)).toBe('static');

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await reachFailures(page, BAND)).toEqual([]);
    await page.close();
  });

  it('is not offered on a phone or to a web visitor', async () => {
    const web = await openKiosk({ channel: 'web' });
    expect(await web.getByRole('button', { name: 'Tombol dalam jangkauan kursi roda' }).count()).toBe(0);
    expect(await web.evaluate(() => document.documentElement.dataset.reach)).toBe('off');
    await web.close();

    const phone = await context.newPage();
    await phone.setViewportSize({ width: 360, height: 640 });
    await phone.goto(`${server.origin}/?channel=kiosk&screenHeightMm=708&screenBottomMm=760&reach=on`);
    await passAttractScreen(phone);
    await phone.getByRole('button', { name: 'Bahasa dan tampilan' }).click();
    expect(await phone.getByRole('button', { name: 'Tombol dalam jangkauan kursi roda' }).isVisible()).toBe(false);
    expect(await phone.evaluate(() => getComputedStyle(document.getElementById('app') as HTMLElement).position)).toBe('static');
    await phone.close();
  });
});

describe('reach toggle accessibility', () => {
  it.each<[string, Launch, string | undefined]>([
    ['off', { reach: 'off' }, undefined],
    ['on', { reach: 'on' }, undefined],
    ['on, right side', { reach: 'on' }, 'Kanan'],
  ])('%s', async (_label, launch, side) => {
    const page = await openKiosk(launch);
    // The start screen offers the same choice as the settings bar; either copy sets it.
    if (side) await page.getByRole('button', { name: side, exact: true }).first().click();
    await expectAccessibleEverywhere(page);
    await page.close();
  });
});
