import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseFiles, fillComplaintToAttachments, readQueue, sendComplaint, waitUntilSent } from './support/attachment-device.ts';
import { sha256Hex } from '../support/attachment-bytes.ts';
import { listStoredFiles, pdfFile, readStoredFile } from './support/attachment-files.ts';
import { exportedSubmissions, serverEnvironment } from './support/attachment-server.ts';
import { BrowserSession } from './support/browser-session.ts';
import { expectAccessibleEverywhere } from './support/expect-accessible.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { waitForOfflineReady } from './support/offline.ts';

/** The attached file: a real 1 MB PDF, within the default 5 MB limit. */
const FILE_NAME = 'bukti-lengkap.pdf';
const FILE = pdfFile('Bukti lengkap', 1024 * 1024);

/**
 * Room left for the write once the quota is shrunk: enough for a complaint's text and the
 * database's own bookkeeping, a quarter of the file.
 */
const TEXT_ROOM_BYTES = 256 * 1024;

let session: BrowserSession;
let server: IntakeServer;
let context: BrowserContext;

beforeEach(async () => {
  session = await BrowserSession.open({}, serverEnvironment());
  ({ server, context } = session);
});

afterEach(async () => {
  await session?.close();
});

/** Fills a complaint with the file, leaves TEXT_ROOM_BYTES of quota free, and sends it offline. */
async function sendWithRoomForTextOnly(): Promise<Page> {
  const page = await fillWithFileThenShrinkQuota(TEXT_ROOM_BYTES);
  await context.setOffline(true);
  await sendComplaint(page);
  return page;
}

/**
 * Fills a complaint on a tablet and attaches the file, then shrinks this origin's quota
 * through the DevTools protocol to what it uses plus `room` bytes. The file waits in memory
 * until the send, so the usage measured here excludes it.
 *
 * NOTE: the override must come before the page's first IndexedDB write. In Chromium 156 an
 * override made after a write was ignored by the next writes, seemingly because the space
 * left was cached at that write.
 */
async function fillWithFileThenShrinkQuota(room: number): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/?channel=tablet`);
  await page.getByRole('button', { name: 'Mulai' }).waitFor();
  await waitForOfflineReady(page);
  await fillComplaintToAttachments(page);
  await chooseFiles(page, [{ name: FILE_NAME, mimeType: 'application/pdf', buffer: FILE }], { listed: [FILE_NAME] });

  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin, quotaSize: Math.max(usage + room, 1) });
  return page;
}

describe('when storage has room for the text only', () => {
  it('queues the complaint without its file', async () => {
    const page = await sendWithRoomForTextOnly();

    const notice = await page.getByTestId('receipt-dropped-files').innerText();
    expect(notice).toContain('Penyimpanan perangkat ini penuh, jadi');
    expect(notice).toContain('Isian Anda tetap tercatat.');
    expect(notice).toContain(`berkas berikut tidak ikut tersimpan: ${FILE_NAME}.`);
    expect(await page.getByTestId('receipt-attachments').count()).toBe(0);

    const queued = await readQueue(page);
    expect(queued.records.map(({ state, attachments, droppedAttachments }) => ({ state, attachments, droppedAttachments }))).toEqual([
      { state: 'queued', attachments: [], droppedAttachments: [FILE_NAME] },
    ]);
    expect(queued.files).toEqual([]);

    await context.setOffline(false);
    await waitUntilSent(page, 1);
    const submissions = await exportedSubmissions(server.origin);
    expect(submissions).toHaveLength(1);
    expect(submissions[0]?.attachments).toEqual([]);
    expect(await listStoredFiles(server.dataDir)).toEqual([]);
  });

  it('receipt naming the file is accessible', async () => {
    const page = await sendWithRoomForTextOnly();
    await page.getByTestId('receipt-dropped-files').waitFor();

    await expectAccessibleEverywhere(page);
  });
});

describe('when storage has no room at all', () => {
  it('sends the complaint and its file straight to the server', async () => {
    const page = await fillWithFileThenShrinkQuota(0);
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await page.getByRole('button', { name: 'Kirim pengaduan', exact: true }).click();
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor();

    expect(await page.getByTestId('receipt-dropped-files').count()).toBe(0);
    expect(await readQueue(page)).toEqual({ records: [], files: [] });
    const [submission] = await exportedSubmissions(server.origin);
    expect(submission?.attachments.map(({ name, sha256 }) => ({ name, sha256 }))).toEqual([{ name: FILE_NAME, sha256: sha256Hex(FILE) }]);
    expect((await readStoredFile(server.dataDir, sha256Hex(FILE))).equals(FILE)).toBe(true);
  });
});
