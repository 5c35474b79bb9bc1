import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { brailleAscii } from '../../src/domain/braille/brf.ts';
import { translateToBraille } from '../../src/domain/braille/translate.ts';
import { createFakeLp, type FakeLp, type FakeLpMode } from '../support/fake-lp.ts';
import { BrowserSession } from './support/browser-session.ts';
import { expectAccessibleEverywhere } from './support/expect-accessible.ts';
import { fillRequestQuickly, passAttractScreen } from './support/request-form.ts';

const QUEUE = 'braille-test';

// Each test starts a server whose embosser queue is a fake `lp` that records what it gets.
let session: BrowserSession | undefined;
let lpDirectory: string | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
  if (lpDirectory) await rm(lpDirectory, { recursive: true, force: true });
  lpDirectory = undefined;
});

async function openWithEmbosser(mode: FakeLpMode = 'print', environment: Record<string, string> = {}): Promise<FakeLp> {
  lpDirectory = await mkdtemp(join(tmpdir(), 'loket-fake-lp-'));
  const lp = await createFakeLp(lpDirectory, mode);
  session = await BrowserSession.open({}, { LOKET_EMBOSSER_QUEUE: QUEUE, LOKET_LP_COMMAND: lp.command, ...environment });
  return lp;
}

/** Opens a device on `channel` and goes to the blank complaint form in braille. */
async function openBlankComplaint(channel: string): Promise<Page> {
  if (!session) throw new Error('no session');
  const page = await session.context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${session.server.origin}/?channel=${channel}`);
  await passAttractScreen(page);
  await page.getByRole('button', { name: 'Mulai', exact: true }).click();
  await page.getByRole('button', { name: 'Formulir Braille kosong', exact: true }).click();
  await page.getByRole('button', { name: 'Formulir Pengaduan', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Formulir Pengaduan dalam huruf Braille' }).waitFor();
  return page;
}

async function downloadBrf(page: Page): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh BRF', exact: true }).click()]);
  return readFile(await file.path());
}

describe('braille embosser', () => {
  it('tablet sends the BRF to the queue', async () => {
    const lp = await openWithEmbosser();
    const page = await openBlankComplaint('tablet');
    await page.getByRole('button', { name: 'Kirim ke printer braille', exact: true }).click();

    const result = page.getByTestId('braille-embosser-result');
    await result.waitFor();
    expect(await result.innerText()).toBe('Terkirim ke printer braille. Hasil cetaknya ada di printer braille kantor PPID.');
    const calls = await lp.calls();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.argv.slice(calls[0].argv.indexOf('-d'), calls[0].argv.indexOf('-d') + 2)).toEqual(['-d', QUEUE]);
    expect(calls[0]?.stdin?.equals(await downloadBrf(page))).toBe(true);
  });

  it('kiosk sends the visitor to staff', async () => {
    await openWithEmbosser();
    const page = await openBlankComplaint('kiosk');
    expect(await page.getByText(/^Kios ini tidak dapat menyerahkan berkas kepada Anda\./).count()).toBe(1);
    await page.getByRole('button', { name: 'Kirim ke printer braille', exact: true }).click();

    const result = page.getByTestId('braille-embosser-result');
    await result.waitFor();
    expect(await result.innerText()).toBe('Terkirim ke printer braille. Ambil hasil cetaknya dari petugas PPID.');
  });

  it('kiosk receipt job names nobody', async () => {
    const lp = await openWithEmbosser();
    if (!session) throw new Error('no session');
    const page = await session.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${session.server.origin}/?channel=kiosk`);
    await fillRequestQuickly(page, 'Siti Contoh');
    await page.getByRole('button', { name: 'Kirim permohonan', exact: true }).click();
    await page.getByRole('button', { name: 'Tanda bukti braille', exact: true }).click();
    await page.getByRole('button', { name: 'Kirim ke printer braille', exact: true }).click();
    await page.getByTestId('braille-embosser-result').waitFor();

    const job = (await lp.calls())[0]?.stdin?.toString('latin1') ?? '';
    expect(job).toContain(brailleAscii(translateToBraille('Tanda').braille));
    expect(job).not.toContain(brailleAscii(translateToBraille('Siti').braille));
    expect(job).not.toContain(brailleAscii(translateToBraille('3671').braille));
  });

  it('failed print offers the downloads', async () => {
    await openWithEmbosser('fail');
    const page = await openBlankComplaint('tablet');
    await page.getByRole('button', { name: 'Kirim ke printer braille', exact: true }).click();

    const result = page.getByTestId('braille-embosser-result');
    await result.waitFor();
    expect(await result.innerText()).toBe(
      'Printer braille gagal mencetak. Anda dapat mengunduh berkas BRF atau PEF di bawah dan mencetaknya di embosser lain.',
    );
    expect((await downloadBrf(page)).length).toBeGreaterThan(0);
    await expectAccessibleEverywhere(page);
  });

  it('job over the hourly limit says to wait', async () => {
    const lp = await openWithEmbosser('print', { LOKET_PRINT_LIMIT: '1' });
    const page = await openBlankComplaint('tablet');
    const send = page.getByRole('button', { name: 'Kirim ke printer braille', exact: true });
    const result = page.getByTestId('braille-embosser-result');
    await send.click();
    await result.filter({ hasText: /^Terkirim/ }).waitFor();
    await send.click();
    await result.filter({ hasText: /^Batas/ }).waitFor();

    expect(await result.innerText()).toBe(
      'Batas pekerjaan cetak braille per jam di server ini sudah tercapai, jadi tidak ada yang dicetak. Tunggu, lalu coba lagi nanti. Anda dapat mengunduh berkas BRF atau PEF di bawah dan mencetaknya di embosser lain.',
    );
    expect(await lp.calls()).toHaveLength(1);
  });

  it('visitor’s own device gets no embosser', async () => {
    await openWithEmbosser();
    const page = await openBlankComplaint('web');
    expect(await page.getByRole('button', { name: 'Kirim ke printer braille' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Unduh BRF', exact: true }).count()).toBe(1);
  });
});
