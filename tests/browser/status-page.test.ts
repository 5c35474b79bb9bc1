import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusLink } from '../../src/domain/status-link.ts';
import type { SubmissionAccepted } from '../../src/domain/submission.ts';
import { BrowserSession } from './support/browser-session.ts';
import { horizontalOverflow } from './support/display-modes.ts';
import { expectAccessibleEverywhere } from './support/expect-accessible.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { focusedName, tabTo } from './support/keyboard.ts';
import { changeStatus, postSubmission, STAFF_TOKEN } from './support/status-api.ts';

// One intake server with the staff token set and one browser for the file. Submissions are
// posted through the API, as a kiosk sends them.
let session: BrowserSession;
let server: IntakeServer;
let context: BrowserContext;
let request: SubmissionAccepted;

beforeAll(async () => {
  session = await BrowserSession.open({}, { LOKET_STAFF_TOKEN: STAFF_TOKEN });
  ({ server, context } = session);
  request = await postSubmission(server.origin);
});

afterAll(async () => {
  await session?.close();
});

async function openStatusPage(viewport?: { width: number; height: number }): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`${server.origin}/status`);
  await page.getByRole('heading', { level: 1, name: 'Cek status pengajuan' }).waitFor();
  return page;
}

async function lookUp(page: Page, registrationNumber: string, trackingCode: string): Promise<void> {
  await page.getByRole('textbox', { name: /^Nomor pendaftaran/ }).fill(registrationNumber);
  await page.getByRole('textbox', { name: /^Kode pelacakan/ }).fill(trackingCode);
  await page.getByRole('button', { name: 'Cek status', exact: true }).click();
}

/** Waits until the result's heading has focus and returns the current status as shown. */
async function expectResultFocused(page: Page): Promise<string> {
  await page.waitForFunction(() => document.activeElement?.id === 'status-result-heading');
  return (await page.locator('.status-result__status').textContent()) ?? '';
}

/** Waits until the error summary has focus and returns its text. */
async function expectSummaryFocused(page: Page): Promise<string> {
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  return ((await page.locator('#error-summary').textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Returns a code of the right form that is not the request's code. */
function wrongCode(code: string): string {
  return code === 'CCCCCCCC' ? 'AAAAAAAA' : 'CCCCCCCC';
}

describe('status look-up against the server', () => {
  it('right code shows the status', async () => {
    const page = await openStatusPage();
    // Typed as a visitor might: small letters and the printed grouping.
    const typedCode = `${request.trackingCode.slice(0, 4)} ${request.trackingCode.slice(4)}`.toLowerCase();
    await lookUp(page, request.registrationNumber, typedCode);

    expect(await expectResultFocused(page)).toBe('Diterima');
    const result = (await page.locator('.status-result').textContent()) ?? '';
    expect(result).toContain(request.registrationNumber);
    expect(result).toContain('Dinas Kesehatan');
    expect(result).toContain('Batas waktu jawaban');
    expect(result).not.toContain(request.trackingCode);
    // A phone opened the page, so the kiosk's device bar (queue, connection) is not shown.
    expect(await page.getByRole('region', { name: 'Status perangkat' }).count()).toBe(0);
    await page.close();
  });

  it('wrong code and unknown number match', async () => {
    const page = await openStatusPage();
    await lookUp(page, request.registrationNumber, wrongCode(request.trackingCode));
    const wrong = await expectSummaryFocused(page);

    await lookUp(page, '999999/PPID/DINKES/PI/2026', request.trackingCode);
    const unknown = await expectSummaryFocused(page);

    expect(wrong).toContain('Tidak ada pengajuan dengan nomor pendaftaran dan kode pelacakan ini.');
    expect(unknown).toBe(wrong);
    await page.close();
  });

  it('staff change shows after a new look-up', async () => {
    const own = await postSubmission(server.origin, 'DINSOS');
    const page = await openStatusPage();
    await lookUp(page, own.registrationNumber, own.trackingCode);
    expect(await expectResultFocused(page)).toBe('Diterima');

    await changeStatus(server.origin, own.registrationNumber, 'diproses');
    await page.getByRole('button', { name: 'Cek nomor lain' }).click();
    await lookUp(page, own.registrationNumber, own.trackingCode);

    expect(await expectResultFocused(page)).toBe('Diproses');
    const history = await page.locator('.status-history li').allTextContents();
    expect(history.map((entry) => entry.split(':')[0])).toEqual(['Diterima', 'Diproses']);
    await page.close();
  });

  it('diperpanjang shows the extended deadline', async () => {
    const own = await postSubmission(server.origin, 'DISDIK');
    await changeStatus(server.origin, own.registrationNumber, 'diproses');
    await changeStatus(server.origin, own.registrationNumber, 'diperpanjang');
    const page = await openStatusPage();
    await lookUp(page, own.registrationNumber, own.trackingCode);

    expect(await expectResultFocused(page)).toBe('Diperpanjang');
    expect(await page.getByText('Batas waktu setelah diperpanjang', { exact: true }).count()).toBe(1);
    await page.close();
  });

  it('QR link opens the result', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(statusLink(server.origin, request.registrationNumber, request.trackingCode));

    expect(await expectResultFocused(page)).toBe('Diterima');
    expect(page.url()).toBe(`${server.origin}/status`);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await page.close();
  });

  it('offline keeps the typed values', async () => {
    const page = await openStatusPage();
    await context.setOffline(true);
    try {
      await lookUp(page, request.registrationNumber, request.trackingCode);
      expect(await expectSummaryFocused(page)).toContain('Cek status memerlukan sambungan internet');
      expect(await page.getByRole('textbox', { name: /^Nomor pendaftaran/ }).inputValue()).toBe(request.registrationNumber);
      expect(await page.getByRole('textbox', { name: /^Kode pelacakan/ }).inputValue()).toBe(request.trackingCode);
    } finally {
      await context.setOffline(false);
    }

    await page.getByRole('button', { name: 'Cek status', exact: true }).click();
    expect(await expectResultFocused(page)).toBe('Diterima');
    await page.close();
  });
});

describe('status page on a phone', () => {
  it('fits 360 px without scrolling sideways', async () => {
    const page = await openStatusPage({ width: 360, height: 640 });
    expect(await horizontalOverflow(page)).toEqual([]);

    await lookUp(page, request.registrationNumber, request.trackingCode);
    await expectResultFocused(page);
    expect(await horizontalOverflow(page)).toEqual([]);
    await page.close();
  });
});

describe('status page by keyboard', () => {
  it('moves focus where the visitor needs it', async () => {
    const page = await openStatusPage();

    // An empty look-up: focus on the summary, then its first link leads to the number field.
    await tabTo(page, /^Cek status$/);
    await page.keyboard.press('Enter');
    await expectSummaryFocused(page);
    await tabTo(page, 'Masukkan nomor pendaftaran dari tanda bukti');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'field-registrationNumber');

    await page.keyboard.type(request.registrationNumber);
    await tabTo(page, /^Kode pelacakan/);
    await page.keyboard.type(request.trackingCode);
    await page.keyboard.press('Enter');
    expect(await expectResultFocused(page)).toBe('Diterima');
    expect(await focusedName(page)).toBe('Status pengajuan');

    await tabTo(page, 'Cek nomor lain');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'field-registrationNumber');
    expect(await page.locator('#field-registrationNumber').inputValue()).toBe('');
    await page.close();
  });
});

describe('status page accessibility', () => {
  // One page moves from the empty form to an error and on to a result; each state is checked
  // in every display mode and language.
  let page: Page;

  beforeAll(async () => {
    page = await openStatusPage();
  });

  afterAll(async () => {
    await page?.close();
  });

  it('empty page', async () => {
    await expectAccessibleEverywhere(page);
  });

  it('error state', async () => {
    await lookUp(page, request.registrationNumber, wrongCode(request.trackingCode));
    await expectSummaryFocused(page);
    await expectAccessibleEverywhere(page);
  });

  it('result', async () => {
    await lookUp(page, request.registrationNumber, request.trackingCode);
    await expectResultFocused(page);
    await expectAccessibleEverywhere(page);
  });
});
