import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from './support/browser-session.ts';
import { expectAccessibleEverywhere } from './support/expect-accessible.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { fillRequestQuickly, passAttractScreen } from './support/request-form.ts';
import { serveSignContent, signPanel, testCaption, turnOnFromSettings } from './support/sign-language.ts';

const FORM = 'information-request';
// The proxy step's video fails to load, so the panel shows its captions as text. The request
// step has no clip at all, so the panel says so.
const CONTENT = {
  bisindo: ['screen.start', 'screen.chooser', 'screen.review', 'screen.receipt', `step.${FORM}.applicant`, `step.${FORM}.proxy`, 'field.nik', 'errors.summary', 'error.required'],
  sibi: ['screen.start'],
  missingVideos: [`step.${FORM}.proxy`],
};

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

async function newPage(query: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.origin}/?${query}`);
  await passAttractScreen(page);
  // The toggles appear once the manifest has loaded, after the start screen.
  await page.locator('#settings-sign-language').waitFor({ state: 'attached' });
  return page;
}

// One kiosk page walks from the start screen through the first steps; each test moves it on.
describe('accessibility with the sign-language panel', () => {
  let page: Page;

  beforeAll(async () => {
    page = await newPage('channel=kiosk&keyboard=physical&reach=off&hand=none');
  });

  afterAll(async () => {
    await page?.close();
  });

  it('start screen with the mode on', async () => {
    await page.locator('#start-sign-language').click();
    await signPanel(page).getByText('Penjelasan: Layar awal').waitFor();
    await expectAccessibleEverywhere(page);
  });

  it('start screen in SIBI', async () => {
    await signPanel(page).getByRole('button', { name: 'SIBI' }).click();
    await page.getByRole('complementary', { name: 'Video bahasa isyarat · SIBI' }).waitFor();
    await expectAccessibleEverywhere(page);
    await signPanel(page).getByRole('button', { name: 'BISINDO' }).click();
  });

  it('step with the panel', async () => {
    await page.getByRole('button', { name: 'Mulai', exact: true }).click();
    await page.getByRole('button', { name: 'Minta informasi', exact: true }).click();
    await signPanel(page).getByText('Penjelasan: Langkah Data Pemohon').waitFor();
    await expectAccessibleEverywhere(page);
  });

  it('error summary with the panel', async () => {
    await page.getByRole('radio', { name: 'Perorangan' }).check();
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ada yang perlu diperbaiki' }).waitFor();
    await page.locator('#field-nik').focus();
    await signPanel(page).getByText('Penjelasan: Kesalahan di kolom NIK').waitFor();
    await expectAccessibleEverywhere(page);
  });

  it('caption text instead of a video missing on the server', async () => {
    await page.locator('#field-nik').fill('3671014501900001');
    await page.locator('#field-name').fill('Siti Contoh');
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('heading', { level: 1, name: /Kuasa Pemohon/ }).waitFor();
    await signPanel(page).getByText(testCaption(`step.${FORM}.proxy`)).waitFor();
    // Online, a video the server cannot deliver is a broken one, not one the device lacks.
    await signPanel(page).getByText('Video ini tidak dapat diputar. Berikut teksnya.').waitFor();
    expect(await signPanel(page).locator('video').count()).toBe(0);
    await expectAccessibleEverywhere(page);
  });

  it('notice when no clip exists', async () => {
    await page.getByRole('radio', { name: 'Tidak, untuk diri sendiri' }).check();
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('heading', { level: 1, name: /Informasi yang dibutuhkan/ }).waitFor();
    await signPanel(page).getByText('Belum ada video untuk bagian ini.').waitFor();
    await expectAccessibleEverywhere(page);
  });
});

describe('accessibility of the web start screen', () => {
  it('toggle and panel', async () => {
    const page = await newPage('channel=web');
    const toggle = page.locator('#start-sign-language');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await expectAccessibleEverywhere(page);
    await toggle.click();
    await signPanel(page).getByText('Penjelasan: Layar awal').waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expectAccessibleEverywhere(page);
    await page.close();
  });
});

// A 32-inch portrait kiosk whose lower edge is 760 mm above the floor: the band is the lower half.
describe('accessibility in the reach layout', () => {
  let page: Page;

  beforeAll(async () => {
    page = await newPage('channel=kiosk&keyboard=physical&reach=on&hand=none&screenHeightMm=708&screenBottomMm=760');
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.locator('#start-sign-language').click();
    await page.getByRole('button', { name: 'Mulai', exact: true }).click();
    await page.getByRole('button', { name: 'Minta informasi', exact: true }).click();
    await page.getByRole('radio', { name: 'Perorangan' }).check();
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ada yang perlu diperbaiki' }).waitFor();
  });

  afterAll(async () => {
    await page?.close();
  });

  it('error summary with the panel', async () => {
    await page.locator('#field-nik').focus();
    await signPanel(page).getByText('Penjelasan: Kesalahan di kolom NIK').waitFor();
    await expectAccessibleEverywhere(page);
  });

  it('focus on every panel control in view', async () => {
    const main = page.locator('#main');
    await main.getByRole('button').last().focus();
    const reached: string[] = [];
    for (let press = 0; press < 20; press += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element?.closest('.sign-panel')) return undefined;
        const box = element.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        const outline = getComputedStyle(element).outlineStyle;
        return { name: element.textContent?.trim() ?? '', covered: !hit || !element.contains(hit), outline };
      });
      if (!focused) break;
      reached.push(focused.name);
      // The focused control is neither hidden under another part of the page nor drawn without its focus ring.
      expect(focused.covered, focused.name).toBe(false);
      expect(focused.outline, focused.name).not.toBe('none');
    }
    expect(reached).toEqual(expect.arrayContaining(['Jeda', 'Ulangi dari awal', 'Teks (takarir)', '1×', 'Tutup video']));
    expect(reached.at(-1)).toBe('Tutup video');
  });
});

describe('accessibility of the receipt with the panel', () => {
  it('receipt', async () => {
    const page = await newPage('channel=web');
    await fillRequestQuickly(page, 'Siti Contoh');
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    await page.getByRole('heading', { level: 1, name: /Tanda bukti/ }).waitFor();
    await turnOnFromSettings(page);
    await signPanel(page).getByText(/^Penjelasan: Tanda bukti/).waitFor();
    expect(await page.locator('.sign-panel video source').getAttribute('src')).toBe('/sign-language/bisindo/screen.receipt.webm');
    await expectAccessibleEverywhere(page);
    await page.close();
  });
});
