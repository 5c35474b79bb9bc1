import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { informationRequest } from '../../src/domain/forms/information-request.ts';
import { statusLink } from '../../src/domain/status-link.ts';
import { BrowserSession } from './support/browser-session.ts';
import { readPdfPages, type PdfPage } from './support/pdf-pages.ts';
import { fillRequestQuickly } from './support/request-form.ts';

const LAYOUTS = [
  { layout: 'thermal', widthMm: 80 },
  { layout: 'a4', widthMm: 210 },
] as const;

/** Chromium 156 writes an 80 mm page as 227.04 pt (80.09 mm), so widths match within half a millimetre. */
const PAPER_TOLERANCE_MM = 0.5;

const DETAILS_MAX_LENGTH = informationRequest.fields.find((field) => field.name === 'details')?.maxLength ?? 0;

/**
 * A rincian of exactly the maximum length: sentences, then one long unbroken token (a
 * document reference as people paste it), which must wrap on 72 mm of paper, not be cut.
 */
function longDetails(): string {
  const token = `REF${'0123456789'.repeat(8)}`;
  const sentence = 'Salinan rencana kerja dan anggaran Dinas Komunikasi dan Informatika beserta perubahannya. ';
  const fillerLength = DETAILS_MAX_LENGTH - token.length - 1;
  // The form trims answers, so the filler must not end in a space.
  const filler = sentence.repeat(Math.ceil(fillerLength / sentence.length)).slice(0, fillerLength - 1);
  return `${filler}. ${token}`;
}

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await BrowserSession.open();
});

afterAll(async () => {
  await session?.close();
});

beforeEach(async () => {
  page = await session.context.newPage();
});

afterEach(async () => {
  await page?.close();
});

/**
 * Files a request as a visitor on a device launched with `?printer=<layout>`, waits until the
 * server has given it a registration number, and returns what the receipt shows.
 */
async function receiptFor(layout: string, details?: string): Promise<{ number: string; trackingCode: string }> {
  await page.goto(`${session.server.origin}/?printer=${layout}`);
  await fillRequestQuickly(page, 'Siti Contoh');
  if (details !== undefined) {
    await page.getByRole('link', { name: 'Ubah Rincian informasi yang dibutuhkan' }).click();
    await page.locator('#field-details').fill(details);
    await page.getByRole('button', { name: 'Kembali ke pemeriksaan' }).click();
  }
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();
  await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });
  return {
    number: await page.locator('.receipt-code__value--number').innerText(),
    trackingCode: await page.locator('.receipt-code__value--tracking').innerText(),
  };
}

async function printedPages(): Promise<PdfPage[]> {
  return readPdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

describe.each(LAYOUTS)('printed receipt on $layout', ({ layout, widthMm }) => {
  it('short request fits one page', async () => {
    const { number, trackingCode } = await receiptFor(layout);
    const pages = await printedPages();

    expect(pages).toHaveLength(1);
    const [first] = pages as [PdfPage];
    expect(Math.abs(first.widthMm - widthMm)).toBeLessThan(PAPER_TOLERANCE_MM);
    expect(compact(first.text)).toContain(compact(number));
    expect(compact(first.text)).toContain(trackingCode);
    // The visitor's own copy names them, with the NIK masked; nothing else personal is printed.
    expect(first.text).toContain('Siti Contoh');
    expect(compact(first.text)).toContain(compact('3671 **** **** 0002'));
    for (const personal of ['3671011203850002', '0857 1111 2222', '+6285711112222', 'Jl. Percobaan']) {
      expect(first.text).not.toContain(personal);
    }
    expect(first.qrCode).toBe(statusLink(session.server.origin, number, trackingCode));
  });

  it('long request repeats the number', async () => {
    const details = longDetails();
    expect([...details]).toHaveLength(DETAILS_MAX_LENGTH);
    const { number, trackingCode } = await receiptFor(layout, details);
    const pages = await printedPages();

    expect(pages.length).toBeGreaterThan(1);
    for (const [index, printed] of pages.entries()) {
      expect(Math.abs(printed.widthMm - widthMm), `page ${index + 1} width`).toBeLessThan(PAPER_TOLERANCE_MM);
      expect(compact(printed.text), `page ${index + 1} text`).toContain(compact(number));
    }
    // Without the header repeated on each page, the rincian must be there whole.
    const header = compact(`Tanda bukti ${number}`);
    const allText = pages.map((printed) => compact(printed.text).replaceAll(header, '')).join('');
    expect(allText).toContain(compact(details));
    const codes = pages.flatMap((printed) => (printed.qrCode ? [printed.qrCode] : []));
    expect(codes).toEqual([statusLink(session.server.origin, number, trackingCode)]);
  });
});
