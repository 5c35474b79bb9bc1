import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brailleAscii } from '../../src/domain/braille/brf.ts';
import { BRAILLE_PAGE_PRESETS, type BraillePagePreset } from '../../src/domain/braille/page-size.ts';
import { isBrailleAscii } from '../../src/domain/braille/print-job.ts';
import { translateToBraille } from '../../src/domain/braille/translate.ts';
import { raisedDots } from '../../src/app/braille/dot-geometry.ts';
import { BrowserSession } from './support/browser-session.ts';
import { expectHeadingFocused, focusedName, tabTo } from './support/keyboard.ts';
import { inkBox } from './support/pdf-ink.ts';
import { readPdfPages } from './support/pdf-pages.ts';
import { fillRequestQuickly, passAttractScreen } from './support/request-form.ts';

/** CSS pixels per millimetre: CSS fixes 96 px to the inch. */
const PX_PER_MM = 96 / 25.4;
/** Chromium lays SVG lengths out in 1/64 px, so sizes match within a quarter pixel. */
const TOLERANCE_PX = 0.25;

const PRESETS = Object.keys(BRAILLE_PAGE_PRESETS) as BraillePagePreset[];

/**
 * The sheet each preset's dot preview prints on, in millimetres: 11 × 11.5 inch braille paper
 * for both 40-cell pages, which are 240 mm wide, and A4 for the swell-paper page.
 */
const PRINT_PAPER: Record<BraillePagePreset, { widthMm: number; heightMm: number }> = {
  brf: { widthMm: 279.4, heightMm: 292.1 },
  a4: { widthMm: 279.4, heightMm: 292.1 },
  swellA4: { widthMm: 210, heightMm: 297 },
};

// One browser for the file. Each describe opens its own page and walks its own visit.
let session: BrowserSession;

beforeAll(async () => {
  session = await BrowserSession.open();
});

afterAll(async () => {
  await session?.close();
});

async function newPage(): Promise<Page> {
  const page = await session.context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** Files a request on the kiosk channel and opens its braille receipt, with focus on the heading. */
async function openKioskBrailleReceipt(page: Page): Promise<void> {
  await page.goto(`${session.server.origin}/?channel=kiosk`);
  await fillRequestQuickly(page, 'Siti Contoh');
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();
  await page.getByRole('button', { name: 'Tanda bukti braille', exact: true }).click();
  await expectHeadingFocused(page, 'Tanda bukti permohonan dalam huruf Braille');
}

/** Returns the Unicode braille pages from the screen's text blocks, one array of lines per page. */
async function brailleTextPages(page: Page): Promise<string[][]> {
  return page.locator('textarea.braille-text__lines').evaluateAll((blocks) => blocks.map((block) => (block as HTMLTextAreaElement).value.split('\n')));
}

/** Checks the page size radio of `preset` and waits for the pages to be laid out again. */
async function choosePageSize(page: Page, preset: BraillePagePreset): Promise<void> {
  const { cells, lines } = BRAILLE_PAGE_PRESETS[preset];
  await page.getByRole('radio', { name: new RegExp(`^${cells} × ${lines}:`) }).check();
  await page.locator('.braille-screen__count', { hasText: `${cells} sel × ${lines} baris` }).waitFor();
}

/** Lays the screen out for print and returns each dot page's size and dot centres, in CSS px. */
async function printedDotPages(page: Page) {
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('svg.braille-dot-page')].map((svg) => {
        const box = svg.getBoundingClientRect();
        const circles = [...svg.querySelectorAll('.braille-dot-page__raised circle')].map((circle) => {
          const dot = circle.getBoundingClientRect();
          return { x: dot.left + dot.width / 2 - box.left, y: dot.top + dot.height / 2 - box.top, diameter: dot.width };
        });
        return { width: box.width, height: box.height, cells: Number(svg.dataset.cells), lines: Number(svg.dataset.lines), circles };
      }),
    );
  } finally {
    await page.emulateMedia({ media: null });
  }
}

/** Presses a download button and returns the file's name and bytes. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe('braille receipt of a real request', () => {
  let page: Page;
  let number = '';

  beforeAll(async () => {
    page = await newPage();
    await page.goto(session.server.origin);
    await fillRequestQuickly(page, 'Siti Contoh');
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });
    number = await page.locator('.receipt-code__value--number').innerText();
  });

  afterAll(async () => {
    await page?.close();
  });

  it('opens with focus on its heading', async () => {
    await page.getByRole('button', { name: 'Tanda bukti braille', exact: true }).click();
    await expectHeadingFocused(page, 'Tanda bukti permohonan dalam huruf Braille');
    const pages = await brailleTextPages(page);
    expect(pages.length).toBeGreaterThan(1);
    await expect.poll(() => page.getByRole('img', { name: /^Halaman braille \d+ dari \d+$/ }).count()).toBe(pages.length);
    expect(await page.locator('.braille-screen__count').innerText()).toBe(`${pages.length} halaman braille, 40 sel × 25 baris.`);
  });

  it('BRF download has the pages on screen', async () => {
    const { name, bytes } = await download(page, 'Unduh BRF');
    const text = bytes.toString('latin1');
    const pages = await brailleTextPages(page);

    expect(name).toBe(`tanda-bukti-${number.replace(/[^A-Za-z0-9]+/g, '-')}-40x25.brf`);
    expect(isBrailleAscii(text)).toBe(true);
    expect(text).toBe(pages.map((lines) => lines.map((line) => `${brailleAscii(line)}\r\n`).join('') + '\f').join(''));
    expect(text.split('\f')).toHaveLength(pages.length + 1);
    for (const lines of pages) {
      expect(lines.length).toBeLessThanOrEqual(25);
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(40);
    }
    // The number is one word, so it stays whole on one braille line.
    expect(text).toContain(brailleAscii(translateToBraille(number).braille));
  });

  it('BRF carries the visitor’s name', async () => {
    const { bytes } = await download(page, 'Unduh BRF');
    const firstName = brailleAscii(translateToBraille('Siti').braille);
    expect(bytes.toString('latin1')).toContain(firstName);
  });

  it('PEF download is PEF', async () => {
    const { name, bytes } = await download(page, 'Unduh PEF');
    const text = bytes.toString('utf8');
    expect(name).toBe(`tanda-bukti-${number.replace(/[^A-Za-z0-9]+/g, '-')}-40x25.pef`);
    expect(text).toContain(`<dc:identifier>${number}</dc:identifier>`);
    expect(text).toContain('<dc:language>id</dc:language>');
    expect(text.match(/<page>/g)).toHaveLength((await brailleTextPages(page)).length);
  });

  it('prints only the dot pages', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const printed = await page.evaluate(() => {
        // Every element with a box is a dot page, inside one, or an ancestor of one.
        const strays = [...document.body.querySelectorAll('*')]
          .filter((element) => element.getClientRects().length > 0 && element.checkVisibility({ visibilityProperty: true }))
          .filter((element) => !element.closest('svg.braille-dot-page') && !element.querySelector('svg.braille-dot-page'))
          .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
        return { strays, text: document.body.innerText.trim() };
      });
      expect(printed.strays).toEqual([]);
      expect(printed.text).toBe('');
    } finally {
      await page.emulateMedia({ media: null });
    }
  });

  it.each(PRESETS)('%s prints dots at physical size', async (preset) => {
    const { cells, lines } = BRAILLE_PAGE_PRESETS[preset];
    await choosePageSize(page, preset);
    const pageCount = (await brailleTextPages(page)).length;
    const sheets = await printedDotPages(page);

    expect(sheets).toHaveLength(pageCount);
    for (const sheet of sheets) {
      expect(sheet.cells).toBe(cells);
      expect(sheet.lines).toBe(lines);
      expect(Math.abs(sheet.width - cells * 6 * PX_PER_MM)).toBeLessThan(TOLERANCE_PX);
      expect(Math.abs(sheet.height - lines * 10 * PX_PER_MM)).toBeLessThan(TOLERANCE_PX);
    }

    // Dot centres lie on the braille grid: columns 1.75 and 4.25 mm into each 6 mm cell, rows
    // 2.5, 5 and 7.5 mm into each 10 mm line, and dots are 1.5 mm across.
    const circles = sheets.flatMap((sheet) => sheet.circles);
    expect(circles.length).toBeGreaterThan(500);
    const offGrid = circles.filter(({ x, y }) => {
      const column = (x / PX_PER_MM) % 6;
      const row = (y / PX_PER_MM) % 10;
      const near = (value: number, targets: number[]) => targets.some((target) => Math.abs(value - target) < 0.1);
      return !near(column, [1.75, 4.25]) || !near(row, [2.5, 5, 7.5]);
    });
    expect(offGrid).toEqual([]);
    for (const { diameter } of circles) expect(Math.abs(diameter / PX_PER_MM - 1.5)).toBeLessThan(0.1);

    // The title line opens with a capital sign (dot 6) and T (dots 2, 3, 4, 5): the dot pitch
    // within a cell is 2.5 mm, and the same column one cell on is 6 mm further.
    const [capital, t2, t3, t4] = sheets[0]?.circles ?? [];
    if (!capital || !t2 || !t3 || !t4) throw new Error('the first page has too few dots');
    expect((t3.y - t2.y) / PX_PER_MM).toBeCloseTo(2.5, 1);
    expect((t4.x - t2.x) / PX_PER_MM).toBeCloseTo(2.5, 1);
    expect((t4.x - capital.x) / PX_PER_MM).toBeCloseTo(6, 1);
  });

  it.each(PRESETS)('%s prints one centred page per sheet', async (preset) => {
    const { cells, lines } = BRAILLE_PAGE_PRESETS[preset];
    const paper = PRINT_PAPER[preset];
    await choosePageSize(page, preset);
    const textPages = await brailleTextPages(page);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const sheets = await readPdfPages(pdf);

    expect(sheets).toHaveLength(textPages.length);
    for (const sheet of sheets) {
      expect(sheet.widthMm).toBeCloseTo(paper.widthMm, 0);
      expect(sheet.heightMm).toBeCloseTo(paper.heightMm, 0);
      expect(sheet.text.trim()).toBe('');
    }

    // The ink on the first sheet is where the first page's dots are, at 1:1 scale, with the
    // braille page centred on the sheet. The margins above and below are half a millimetre
    // short of centring (braille.css), so the vertical tolerance is larger.
    const dots = raisedDots(textPages[0] ?? []);
    const radius = 0.75;
    const expected = {
      left: Math.min(...dots.map(({ x }) => x)) - radius,
      right: Math.max(...dots.map(({ x }) => x)) + radius,
      top: Math.min(...dots.map(({ y }) => y)) - radius,
      bottom: Math.max(...dots.map(({ y }) => y)) + radius,
    };
    const ink = await inkBox(pdf, 1);
    if (!ink) throw new Error('the first sheet is blank');
    expect(Math.abs(ink.right - ink.left - (expected.right - expected.left))).toBeLessThan(0.3);
    expect(Math.abs(ink.bottom - ink.top - (expected.bottom - expected.top))).toBeLessThan(0.3);
    const pageLeft = ink.left - expected.left;
    const pageTop = ink.top - expected.top;
    expect(Math.abs(pageLeft - (paper.widthMm - cells * 6) / 2)).toBeLessThan(0.3);
    expect(Math.abs(pageTop - (paper.heightMm - lines * 10) / 2)).toBeLessThan(1);
  });

  it('40 × 28 prints fewer pages', async () => {
    await choosePageSize(page, 'brf');
    const before = (await brailleTextPages(page)).length;
    await choosePageSize(page, 'a4');
    expect((await brailleTextPages(page)).length).toBeLessThanOrEqual(before);
  });

  it('Back returns to the receipt', async () => {
    await page.getByRole('button', { name: 'Kembali ke tanda bukti', exact: true }).click();
    await expectHeadingFocused(page, 'Tanda bukti permohonan');
    expect(await page.getByRole('button', { name: 'Selesai', exact: true }).count()).toBe(1);
  });

  it('reopened braille keeps 40 × 28', async () => {
    await page.getByRole('button', { name: 'Tanda bukti braille', exact: true }).click();
    await expectHeadingFocused(page, 'Tanda bukti permohonan dalam huruf Braille');
    expect(await page.getByRole('radio', { name: '40 × 28: embosser A4' }).isChecked()).toBe(true);
    expect(await page.locator('.braille-screen__count').innerText()).toMatch(/40 sel × 28 baris\.$/);
  });
});

describe('braille by keyboard only', () => {
  let page: Page;

  beforeAll(async () => {
    page = await newPage();
    await page.goto(session.server.origin);
    await passAttractScreen(page);
  });

  afterAll(async () => {
    await page?.close();
  });

  async function pressButton(name: string | RegExp): Promise<void> {
    await tabTo(page, name);
    await page.keyboard.press('Enter');
  }

  it('reaches a blank form from the chooser', async () => {
    await pressButton(/^Mulai$/);
    await expectHeadingFocused(page, 'Apa yang ingin Anda ajukan?');
    await pressButton(/^Formulir Braille kosong$/);
    await expectHeadingFocused(page, 'Formulir Braille kosong');
    await pressButton(/^Formulir Pengaduan/);
    await expectHeadingFocused(page, 'Formulir Pengaduan dalam huruf Braille');
  });

  it('switches the page size by arrows', async () => {
    await tabTo(page, /^40 × 25:/);
    expect(await focusedName(page)).toBe('40 × 25: embosser dan BRF');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('40 × 28: embosser A4');
    expect(await page.getByRole('radio', { name: '40 × 28: embosser A4' }).isChecked()).toBe(true);
    await page.locator('.braille-screen__count', { hasText: '40 sel × 28 baris' }).waitFor();
  });

  it('downloads the BRF by Enter', async () => {
    await tabTo(page, /^Unduh BRF$/);
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toBe('formulir-pengaduan-40x28.brf');
    const text = (await readFile(await file.path())).toString('latin1');
    expect(text.startsWith(brailleAscii(translateToBraille('Formulir Pengaduan').braille))).toBe(true);
  });

  it('reaches every braille text block', async () => {
    const total = (await brailleTextPages(page)).length;
    for (let number = 1; number <= total; number += 1) {
      await tabTo(page, `Teks braille halaman ${number} dari ${total}`);
      expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).readOnly)).toBe(true);
    }
    // The blocks are the last stops on the screen: Tab leaves them, not into a trap.
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).not.toMatch(/^Teks braille/);
  });

  it('goes back to the list and the chooser', async () => {
    await pressButton(/^Kembali ke daftar formulir$/);
    await expectHeadingFocused(page, 'Formulir Braille kosong');
    await pressButton(/^Kembali$/);
    await expectHeadingFocused(page, 'Apa yang ingin Anda ajukan?');
  });
});

describe('braille screen and the idle reset', () => {
  // The defaults in config/loket.json, which the test server reads.
  const RECEIPT_SECONDS = 60;
  const WARNING_SECONDS = 30;
  let page: Page;

  beforeAll(async () => {
    page = await newPage();
    // Before the first navigation, so the app's timers run on the controlled clock from the start.
    await page.clock.install();
    await openKioskBrailleReceipt(page);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('warns on the receipt’s idle time', async () => {
    // The form's idle time is twice as long: this warning comes only on a receipt's.
    await page.clock.runFor((RECEIPT_SECONDS - WARNING_SECONDS + 1) * 1000);
    await page.getByRole('alertdialog', { name: 'Apakah Anda masih di sini?' }).waitFor();
  });

  it('reset leaves no braille behind', async () => {
    await page.clock.runFor(WARNING_SECONDS * 1000);
    await page.getByRole('button', { name: 'Sentuh untuk memulai Touch to start' }).waitFor();
    expect(await page.locator('svg.braille-dot-page, textarea.braille-text__lines').count()).toBe(0);

    // Back cannot lead into the previous visitor's braille screen.
    await page.goBack();
    await page.clock.runFor(1000);
    expect(page.url().startsWith(session.server.origin)).toBe(true);
    await page.getByRole('button', { name: 'Sentuh untuk memulai Touch to start' }).waitFor();
    expect(await page.locator('svg.braille-dot-page').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1, name: /huruf Braille/ }).count()).toBe(0);
  });
});

describe('braille receipt on a kiosk', () => {
  // Downloads on a kiosk stay in its downloads folder, which no reset clears.
  const firstName = translateToBraille('Siti').braille;
  const nikStart = translateToBraille('3671').braille;
  let page: Page;

  beforeAll(async () => {
    page = await newPage();
    await openKioskBrailleReceipt(page);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('screen leaves the applicant out', async () => {
    const text = (await brailleTextPages(page)).flat().join('');
    expect(text).toContain(translateToBraille('Tanda').braille);
    expect(text).not.toContain(firstName);
    expect(text).not.toContain(nikStart);
  });

  it('BRF leaves the applicant out', async () => {
    const text = (await download(page, 'Unduh BRF')).bytes.toString('latin1');
    expect(text).toContain(brailleAscii(translateToBraille('Tanda').braille));
    expect(text).not.toContain(brailleAscii(firstName));
    expect(text).not.toContain(brailleAscii(nikStart));
  });

  it('PEF leaves the applicant out', async () => {
    const text = (await download(page, 'Unduh PEF')).bytes.toString('utf8');
    expect(text).not.toContain(firstName);
    expect(text).not.toContain(nikStart);
  });
});

describe('braille receipt when its number arrives', () => {
  let page: Page;

  afterAll(async () => {
    await session.context.setOffline(false);
    await page?.close();
  });

  /** Returns the caret's line and column in the focused text block, both counted from 0. */
  async function caretPosition(): Promise<{ line: number; column: number; length: number; focused: string }> {
    return page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      const before = area.value.slice(0, area.selectionStart).split('\n');
      return { line: before.length - 1, column: before.at(-1)?.length ?? 0, length: area.selectionEnd - area.selectionStart, focused: area.id };
    });
  }

  it('keeps the caret and says so', async () => {
    page = await newPage();
    await page.goto(`${session.server.origin}/?channel=web`);
    await fillRequestQuickly(page, 'Siti Contoh');
    await session.context.setOffline(true);
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    await page.getByText('Kode sementara', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Tanda bukti braille', exact: true }).click();
    await expectHeadingFocused(page, 'Tanda bukti permohonan dalam huruf Braille');

    // The reader is on the eighth line, below the code, three cells in, with two cells selected.
    await tabTo(page, 'Teks braille halaman 1 dari');
    await page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      const offset = area.value.split('\n').slice(0, 7).join('\n').length + 1 + 3;
      area.setSelectionRange(offset, offset + 2);
    });
    const before = await caretPosition();
    expect(before).toEqual({ line: 7, column: 3, length: 2, focused: 'braille-text-1' });

    await session.context.setOffline(false);
    await page.waitForFunction(() => document.querySelector('[data-announcer]')?.textContent?.includes('nomor pendaftaran resmi'), undefined, { timeout: 30_000 });
    const announced = await page.locator('[data-announcer]').innerText();
    const number = /Tanda bukti braille kini memuat nomor pendaftaran resmi (\d+\/PPID\/[A-Z]+\/PI\/\d{4})\./.exec(announced)?.[1];
    if (!number) throw new Error(`no number announced: ${announced}`);
    expect((await brailleTextPages(page)).flat().join('')).toContain(translateToBraille(number).braille);
    expect(await caretPosition()).toEqual(before);
  });
});
