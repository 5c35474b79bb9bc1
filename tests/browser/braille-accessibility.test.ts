import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeReachBand, type ScreenGeometry } from '../../src/domain/kiosk/reach-band.ts';
import { BrowserSession } from './support/browser-session.ts';
import { displayModeFailures } from './support/display-modes.ts';
import { expectAccessibleEverywhere } from './support/expect-accessible.ts';
import { reachFailures } from './support/reach.ts';
import { fillRequestQuickly, passAttractScreen } from './support/request-form.ts';

// axe, target sizes and reflow on the braille screens, in every display mode and both
// languages (expectAccessibleEverywhere). Each describe walks its own visit on its own page.
let session: BrowserSession;

beforeAll(async () => {
  session = await BrowserSession.open();
});

afterAll(async () => {
  await session?.close();
});

async function newPage(path = '/'): Promise<Page> {
  const page = await session.context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${session.server.origin}${path}`);
  await passAttractScreen(page);
  return page;
}

async function expectHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('braille screens on a visitor’s device', () => {
  let page: Page;

  beforeAll(async () => {
    page = await newPage();
  });

  afterAll(async () => {
    await page?.close();
  });

  it('blank form list', async () => {
    await page.getByRole('button', { name: 'Mulai', exact: true }).click();
    await page.getByRole('button', { name: 'Formulir Braille kosong', exact: true }).click();
    await expectHeading(page, 'Formulir Braille kosong');
    await expectAccessibleEverywhere(page);
  });

  it('blank form in braille', async () => {
    await page.getByRole('button', { name: 'Formulir Permohonan Informasi Publik', exact: true }).click();
    await expectHeading(page, 'Formulir Permohonan Informasi Publik dalam huruf Braille');
    await expectAccessibleEverywhere(page);
  });

  it('receipt in braille', async () => {
    await page.goto(session.server.origin);
    await fillRequestQuickly(page, 'Siti Contoh');
    await page.getByRole('button', { name: 'Kirim permohonan', exact: true }).click();
    await page.getByRole('button', { name: 'Tanda bukti braille', exact: true }).click();
    await expectHeading(page, 'Tanda bukti permohonan dalam huruf Braille');
    await expectAccessibleEverywhere(page);
  });
});

describe('braille screen on a kiosk', () => {
  it('receipt in braille with the staff notice', async () => {
    const page = await newPage('/?channel=kiosk');
    await fillRequestQuickly(page, 'Siti Contoh');
    await page.getByRole('button', { name: 'Kirim permohonan', exact: true }).click();
    await page.getByRole('button', { name: 'Tanda bukti braille', exact: true }).click();
    await expectHeading(page, 'Tanda bukti permohonan dalam huruf Braille');
    await page.getByRole('heading', { level: 2, name: 'Berkas untuk petugas' }).waitFor();
    await expectAccessibleEverywhere(page);
    await page.close();
  });
});

describe('braille screens in the reach layout', () => {
  // A 32-inch portrait panel (1080 × 1920 px, 708 mm tall) with its lower edge 760 mm above the
  // floor: controls may go only below 1120 mm, the lower half of the screen.
  const geometry: ScreenGeometry = { screenHeightMm: 708, screenBottomMm: 760 };
  const band = computeReachBand(geometry);
  let page: Page;

  beforeAll(async () => {
    if (band.kind !== 'band') throw new Error(`Test geometry gives no band: ${JSON.stringify(band)}`);
    page = await session.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.setViewportSize({ width: 1080, height: 1920 });
    const query = new URLSearchParams({ channel: 'kiosk', screenHeightMm: '708', screenBottomMm: '760', reach: 'on', hand: 'none' });
    await page.goto(`${session.server.origin}/?${query}`);
    await passAttractScreen(page);
  });

  afterAll(async () => {
    await page?.close();
  });

  async function expectInBandEverywhere(): Promise<void> {
    if (band.kind !== 'band') return;
    const { violations } = await displayModeFailures(page, () => reachFailures(page, band));
    expect(violations).toEqual([]);
  }

  it('blank form list', async () => {
    await page.getByRole('button', { name: 'Mulai', exact: true }).click();
    await page.getByRole('button', { name: 'Formulir Braille kosong', exact: true }).click();
    await expectHeading(page, 'Formulir Braille kosong');
    await expectInBandEverywhere();
  });

  it('blank form in braille', async () => {
    await page.getByRole('button', { name: 'Formulir Pengaduan', exact: true }).click();
    await expectHeading(page, 'Formulir Pengaduan dalam huruf Braille');
    await expectInBandEverywhere();
  });
});
