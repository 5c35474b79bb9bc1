import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { htmlBytes, pngBytes, sha256Hex } from '../support/attachment-bytes.ts';
import { chooseFiles, fillComplaintToAttachments, readQueue, removeButton, REPORTER_NAME, sendComplaint, waitUntilSent } from './support/attachment-device.ts';
import { type ChosenFile, jpegDimensions, listStoredFiles, pdfFile, pngFile, readStoredFile } from './support/attachment-files.ts';
import {
  complaintPayload,
  configWithLimits,
  downloadFile,
  exportedSubmissions,
  loggedRequests,
  postSubmission,
  putFile,
  serverEnvironment,
  type TemporaryConfig,
} from './support/attachment-server.ts';
import { BrowserSession } from './support/browser-session.ts';
import { setLanguage } from './support/display-modes.ts';
import { expectAccessibleEverywhere } from './support/expect-accessible.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { focusedName, tabTo } from './support/keyboard.ts';
import { waitForOfflineReady } from './support/offline.ts';

/**
 * Limits small enough that files over them stay quick to build and send: 200 kB a file, three
 * files or 400 kB a complaint, images at most 640 pixels on their longer side.
 */
const LIMITS = { maxFiles: 3, maxFileBytes: 200 * 1024, maxSubmissionBytes: 400 * 1024, imageMaxPixels: 640 };

let config: TemporaryConfig;
let session: BrowserSession;
let server: IntakeServer;
let context: BrowserContext;

beforeAll(async () => {
  config = await configWithLimits(LIMITS);
});

afterAll(async () => {
  await config?.remove();
});

beforeEach(async () => {
  session = await BrowserSession.open({}, serverEnvironment(config));
  ({ server, context } = session);
});

afterEach(async () => {
  await session?.close();
});

/** Opens the app as a staff tablet, which offers the camera, and waits until its service worker controls the page. */
async function openTablet(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/?channel=tablet`);
  await page.getByRole('button', { name: 'Mulai' }).waitFor();
  await waitForOfflineReady(page);
  return page;
}

/** Returns a real PDF of `size` bytes (at least about 600) that shows `name`. */
function pdf(name: string, size = 0): ChosenFile {
  return { name, mimeType: 'application/pdf', buffer: pdfFile(name, size) };
}

async function problemText(page: Page): Promise<string> {
  return page.getByTestId('attachment-problems').innerText();
}

/** Returns the names of the files the step lists, in order. */
async function listedNames(page: Page): Promise<string[]> {
  return page.locator('[data-testid="attachment-list"] .attachment__name').allInnerTexts();
}

/** Polls the staff export until it lists `count` submissions, or fails after `timeoutMs`. */
async function waitForSubmissions(count: number, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let submissions = await exportedSubmissions(server.origin);
  while (submissions.length < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    submissions = await exportedSubmissions(server.origin);
  }
  if (submissions.length < count) throw new Error(`The server holds ${submissions.length} submissions after ${timeoutMs} ms, expected ${count}`);
  return submissions;
}

describe('attachments sent offline', () => {
  it('arrive byte for byte', async () => {
    const page = await openTablet();
    await fillComplaintToAttachments(page);
    const letter = pdfFile('Surat jawaban PPID', 60_000);
    const photo = pngFile(1200, 900);
    await chooseFiles(
      page,
      [
        { name: 'surat-jawaban.pdf', mimeType: 'application/pdf', buffer: letter },
        { name: 'foto-saluran.png', mimeType: 'image/png', buffer: photo },
      ],
      { listed: ['surat-jawaban.pdf', 'foto-saluran.jpg'] },
    );

    await context.setOffline(true);
    await sendComplaint(page);
    expect(await page.getByTestId('receipt-attachments').innerText()).toMatch(/surat-jawaban\.pdf\s+foto-saluran\.jpg/);

    const queued = await readQueue(page);
    expect(queued.records).toHaveLength(1);
    expect(queued.files.map((file) => [file.position, file.name, file.type])).toEqual([
      [0, 'surat-jawaban.pdf', 'application/pdf'],
      [1, 'foto-saluran.jpg', 'image/jpeg'],
    ]);
    const [queuedPdf, queuedImage] = queued.files;
    if (!queuedPdf || !queuedImage) throw new Error('Two files should be queued');
    expect(queuedPdf.bytes.equals(letter)).toBe(true);
    expect(queuedImage.blobSha256).toBe(queuedImage.sha256);
    expect(jpegDimensions(queuedImage.bytes)).toEqual({ width: 640, height: 480 });

    await context.setOffline(false);
    const [submission] = await waitForSubmissions(1);
    expect(submission?.attachments.map(({ name, type, size, sha256 }) => ({ name, type, size, sha256 }))).toEqual([
      { name: 'surat-jawaban.pdf', type: 'application/pdf', size: letter.length, sha256: sha256Hex(letter) },
      { name: 'foto-saluran.jpg', type: 'image/jpeg', size: queuedImage.bytes.length, sha256: queuedImage.sha256 },
    ]);

    expect(sha256Hex(await readStoredFile(server.dataDir, sha256Hex(letter)))).toBe(sha256Hex(letter));
    expect((await readStoredFile(server.dataDir, queuedImage.sha256)).equals(queuedImage.bytes)).toBe(true);
    const downloadedPdf = await downloadFile(server.origin, sha256Hex(letter));
    expect(downloadedPdf.type).toBe('application/pdf');
    expect(downloadedPdf.bytes.equals(letter)).toBe(true);
    const downloadedImage = await downloadFile(server.origin, queuedImage.sha256);
    expect(downloadedImage.type).toBe('image/jpeg');
    expect(downloadedImage.bytes.equals(queuedImage.bytes)).toBe(true);
    const decoded = jpegDimensions(downloadedImage.bytes);
    expect(Math.max(decoded?.width ?? Infinity, decoded?.height ?? Infinity)).toBeLessThanOrEqual(LIMITS.imageMaxPixels);

    // Once the server has accepted the complaint, its files leave the device.
    await waitUntilSent(page, 1);
    expect((await readQueue(page)).files).toEqual([]);

    // A reload and another pass ("Kirim sekarang") send nothing twice.
    await page.reload();
    await page.getByRole('button', { name: /Tanda bukti di perangkat ini/ }).click();
    await page.getByRole('button', { name: 'Kirim sekarang' }).click();
    await page.getByText('Semua sudah terkirim').first().waitFor();
    expect(await exportedSubmissions(server.origin)).toHaveLength(1);
    const requests = loggedRequests(server);
    expect(requests.filter((request) => request.method === 'PUT').map((request) => request.statusCode)).toEqual([201, 201]);
    expect(requests.filter((request) => request.method === 'POST' && request.path === '/api/v1/submissions')).toHaveLength(1);
    expect(await listStoredFiles(server.dataDir)).toEqual([sha256Hex(letter), queuedImage.sha256].map((sha) => `${sha.slice(0, 2)}/${sha}`).sort());
  });
});

describe('one file in two complaints', () => {
  it('is uploaded and stored once', async () => {
    const page = await openTablet();
    const letter = pdf('surat-jawaban.pdf', 20_000);
    for (const title of ['Saluran air tersumbat', 'Lampu jalan mati']) {
      await fillComplaintToAttachments(page, title);
      await chooseFiles(page, [letter], { listed: ['surat-jawaban.pdf'] });
      await sendComplaint(page);
      await page.getByRole('button', { name: 'Selesai', exact: true }).click();
    }

    const submissions = await waitForSubmissions(2);
    const sha256 = sha256Hex(letter.buffer);
    expect(submissions.map((submission) => submission.attachments.map((attachment) => attachment.sha256))).toEqual([[sha256], [sha256]]);
    expect(await listStoredFiles(server.dataDir)).toEqual([`${sha256.slice(0, 2)}/${sha256}`]);
    // The second complaint asked first (HEAD) and found the file there.
    expect(loggedRequests(server).filter((request) => request.method === 'PUT')).toHaveLength(1);
  });
});

describe('files refused before queueing', () => {
  it('names a file over the size limit', async () => {
    const page = await openTablet();
    await fillComplaintToAttachments(page);
    await chooseFiles(page, [pdf('scan-besar.pdf', LIMITS.maxFileBytes + 1)], { problems: true });

    expect(await problemText(page)).toContain('scan-besar.pdf lebih besar dari 200 kB. Pilih berkas yang lebih kecil');
    expect(await page.getByText('Belum ada berkas terlampir.').isVisible()).toBe(true);
    expect(await readQueue(page)).toEqual({ records: [], files: [] });

    // The typed answers stay, and the complaint goes without the file.
    await page.getByRole('button', { name: 'Kembali', exact: true }).click();
    expect(await page.locator('#field-name').inputValue()).toBe(REPORTER_NAME);
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await context.setOffline(true);
    await sendComplaint(page);
    const queued = await readQueue(page);
    expect(queued.records.map((record) => record.attachments)).toEqual([[]]);
    expect(queued.files).toEqual([]);
  });

  it('rewords the problem in the chosen language', async () => {
    const page = await openTablet();
    await fillComplaintToAttachments(page);
    await chooseFiles(page, [pdf('scan-besar.pdf', LIMITS.maxFileBytes + 1)], { problems: true });
    await setLanguage(page, 'en');

    expect(await problemText(page)).toContain('scan-besar.pdf is larger than 200 kB. Choose a smaller file');
  });

  it('names the file past the count limit', async () => {
    const page = await openTablet();
    await fillComplaintToAttachments(page);
    await chooseFiles(page, [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf'), pdf('d.pdf')], { listed: ['a.pdf', 'b.pdf', 'c.pdf'], problems: true });

    expect(await problemText(page)).toContain('d.pdf tidak dilampirkan karena batasnya 3 berkas.');
    expect(await listedNames(page)).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
    expect(await readQueue(page)).toEqual({ records: [], files: [] });
  });

  it('names the file past the total limit', async () => {
    const page = await openTablet();
    await fillComplaintToAttachments(page);
    const files = [pdf('a.pdf', 150_000), pdf('b.pdf', 150_000), pdf('c.pdf', 150_000)];
    await chooseFiles(page, files, { listed: ['a.pdf', 'b.pdf'], problems: true });

    expect(await problemText(page)).toContain('c.pdf tidak dilampirkan karena semua berkas bersama tidak boleh lebih dari 400 kB.');
    expect(await listedNames(page)).toEqual(['a.pdf', 'b.pdf']);

    await context.setOffline(true);
    await sendComplaint(page);
    const queued = await readQueue(page);
    expect(queued.files.map((file) => file.name)).toEqual(['a.pdf', 'b.pdf']);
  });
});

describe('files whose name misleads', () => {
  it('refuses a page named as a photo', async () => {
    const page = await openTablet();
    await fillComplaintToAttachments(page);
    await chooseFiles(page, [{ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(htmlBytes()) }], { problems: true });

    expect(await problemText(page)).toContain('foto.jpg bukan foto (JPG, PNG, WebP) atau dokumen PDF. Pilih berkas jenis itu');
    expect(await listedNames(page)).toEqual([]);
  });

  it('renames a PDF named as a photo', async () => {
    const page = await openTablet();
    await fillComplaintToAttachments(page);
    const bytes = pdfFile('Scan surat');
    await chooseFiles(page, [{ name: 'scan.jpg', mimeType: 'image/jpeg', buffer: bytes }], { listed: ['scan.pdf'] });
    await sendComplaint(page);

    const [submission] = await waitForSubmissions(1);
    expect(submission?.attachments.map(({ name, type, sha256 }) => ({ name, type, sha256 }))).toEqual([{ name: 'scan.pdf', type: 'application/pdf', sha256: sha256Hex(bytes) }]);
  });

  it('server refuses a page as a file', async () => {
    const response = await putFile(server.origin, htmlBytes());

    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'unsupportedFileType' });
    expect(await listStoredFiles(server.dataDir)).toEqual([]);
  });

  it.each([
    { declared: 'application/pdf', case: 'type and name' },
    { declared: 'image/png', case: 'name' },
  ] as const)('server refuses a PNG named scan.pdf ($case)', async ({ declared }) => {
    const png = pngBytes();
    expect((await putFile(server.origin, png)).status).toBe(201);

    const payload = complaintPayload([{ sha256: sha256Hex(png), name: 'scan.pdf', type: declared, size: png.length }]);
    const response = await postSubmission(server.origin, payload);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: 'invalid', fields: [{ field: 'attachments.0', code: 'typeMismatch' }] });
    expect(await exportedSubmissions(server.origin)).toEqual([]);
  });
});

describe('when the link is slow', () => {
  it('a stalled upload does not hold back the next', { timeout: 180_000 }, async () => {
    const page = await openTablet();
    const large = pdf('laporan-lengkap.pdf', 190_000);
    const largeSha = sha256Hex(large.buffer);

    // Every PUT of the large file stalls without a response until the test releases it, as
    // on a link that stopped carrying data. The device's own upload time limit ends it.
    let released = false;
    const held: Route[] = [];
    await page.route(`**/api/v1/files/${largeSha}`, async (route) => {
      if (released || route.request().method() !== 'PUT') return route.fallback();
      held.push(route);
      return undefined;
    });

    await context.setOffline(true);
    await fillComplaintToAttachments(page, 'Saluran air tersumbat');
    await chooseFiles(page, [large], { listed: ['laporan-lengkap.pdf'] });
    await sendComplaint(page);
    await page.getByRole('button', { name: 'Selesai', exact: true }).click();
    await fillComplaintToAttachments(page, 'Lampu jalan mati');
    await chooseFiles(page, [pdf('foto-lampu.pdf')], { listed: ['foto-lampu.pdf'] });
    await sendComplaint(page);

    await context.setOffline(false);
    const [second] = await waitForSubmissions(1, 60_000);
    expect(second?.values.title).toBe('Lampu jalan mati');
    expect(held.length).toBeGreaterThanOrEqual(1);
    await waitUntilSent(page, 1);
    const waiting = (await readQueue(page)).records.filter((record) => record.state === 'queued');
    expect(waiting.map(({ title, lastError }) => ({ title, lastError }))).toEqual([{ title: 'Saluran air tersumbat', lastError: 'timeout' }]);

    // A trigger that came during the stalled pass (the online event, a new submission) may
    // have started another attempt at once. Any PUT still held goes on to the server now.
    released = true;
    await Promise.all(held.map((route) => route.continue().catch(() => undefined)));
    await page.getByRole('button', { name: 'Selesai', exact: true }).click();
    await page.getByRole('button', { name: /Tanda bukti di perangkat ini/ }).click();
    await page.getByRole('button', { name: 'Kirim sekarang' }).click();
    const submissions = await waitForSubmissions(2);
    expect(submissions.map((submission) => submission.values.title)).toEqual(['Lampu jalan mati', 'Saluran air tersumbat']);
    expect(submissions[1]?.attachments.map((attachment) => attachment.sha256)).toEqual([largeSha]);
    expect((await readStoredFile(server.dataDir, largeSha)).equals(large.buffer)).toBe(true);
  });
});

describe('choosing files', () => {
  it('re-adds a removed file and flags a duplicate', async () => {
    const page = await openTablet();
    await fillComplaintToAttachments(page);
    const letter = pdf('surat.pdf');
    await chooseFiles(page, [letter, pdf('ktp.pdf')], { listed: ['surat.pdf', 'ktp.pdf'] });

    await removeButton(page, 'surat.pdf').click();
    await removeButton(page, 'surat.pdf').waitFor({ state: 'detached' });
    expect(await listedNames(page)).toEqual(['ktp.pdf']);

    // The input was cleared, so the same file fires a change again.
    await chooseFiles(page, [letter], { listed: ['surat.pdf'] });
    expect(await listedNames(page)).toEqual(['ktp.pdf', 'surat.pdf']);

    await chooseFiles(page, [letter], { problems: true });
    expect(await problemText(page)).toContain('surat.pdf sudah dilampirkan');
    expect(await listedNames(page)).toEqual(['ktp.pdf', 'surat.pdf']);
  });

  it('Lanjut waits for files being prepared', async () => {
    const page = await openTablet();
    await fillComplaintToAttachments(page);
    const next = page.getByRole('button', { name: 'Lanjut', exact: true });
    await next.focus();
    // Records whether Lanjut was ever held, because the hold may end before a check could see it.
    await page.evaluate(() => {
      const focusWhenHeld: boolean[] = [];
      (window as unknown as { heldLanjut: boolean[] }).heldLanjut = focusWhenHeld;
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target as HTMLElement;
          if (target.textContent === 'Lanjut' && target.getAttribute('aria-disabled') === 'true') focusWhenHeld.push(document.activeElement === target);
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-disabled'] });
    });

    // Large photos, so re-encoding outlasts the key press. The second is a PNG named .jpeg:
    // both become foto.jpg, so the second is numbered.
    await page.getByTestId('attachment-file-input').setInputFiles([
      { name: 'foto.png', mimeType: 'image/png', buffer: pngFile(2400, 1800) },
      { name: 'foto.jpeg', mimeType: 'image/png', buffer: pngFile(2000, 1500) },
    ]);
    await page.getByTestId('attachment-progress').waitFor();
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Periksa kembali pengaduan Anda' }).waitFor();
    // Held, with focus kept on the button.
    expect(await page.evaluate(() => (window as unknown as { heldLanjut: boolean[] }).heldLanjut)).toEqual([true]);
    const review = await page.getByRole('region', { name: 'Lampiran' }).innerText();
    expect(review).toContain('foto.jpg');
    expect(review).toContain('foto (2).jpg');
  });

  it('offers the camera on a tablet', async () => {
    const page = await openTablet();
    await fillComplaintToAttachments(page);

    expect(await page.getByRole('button', { name: 'Ambil foto', exact: true }).isVisible()).toBe(true);
    const camera = page.getByTestId('attachment-camera-input');
    expect(await camera.getAttribute('capture')).toBe('environment');
    expect(await camera.getAttribute('accept')).toBe('image/*');
  });

  it('offers no camera on a kiosk', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/?channel=kiosk`);
    await fillComplaintToAttachments(page);

    expect(await page.getByRole('button', { name: 'Pilih berkas', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Ambil foto', exact: true }).count()).toBe(0);
    expect(await page.getByTestId('attachment-camera-input').count()).toBe(0);
  });

  it('moves focus sensibly after removal by keyboard', async () => {
    const page = await openTablet();
    await fillComplaintToAttachments(page);
    await chooseFiles(page, [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')], { listed: ['a.pdf', 'b.pdf', 'c.pdf'] });

    // The middle file: focus goes to the next file's remove button.
    await tabTo(page, 'Hapus b.pdf');
    await page.keyboard.press('Enter');
    await removeButton(page, 'b.pdf').waitFor({ state: 'detached' });
    expect(await focusedName(page)).toBe('Hapus c.pdf');

    // The last file: focus goes back to the one before it.
    await page.keyboard.press('Enter');
    await removeButton(page, 'c.pdf').waitFor({ state: 'detached' });
    expect(await focusedName(page)).toBe('Hapus a.pdf');

    // The only file: focus goes to "Pilih berkas", to choose another.
    await page.keyboard.press('Space');
    await removeButton(page, 'a.pdf').waitFor({ state: 'detached' });
    expect(await focusedName(page)).toBe('Pilih berkas');
    expect(await listedNames(page)).toEqual([]);
  });
});

describe('attachments step accessibility', () => {
  it('with files listed', async () => {
    const page = await openTablet();
    await fillComplaintToAttachments(page);
    await chooseFiles(page, [pdf('surat-jawaban.pdf'), { name: 'foto-saluran.png', mimeType: 'image/png', buffer: pngFile(800, 600) }], {
      listed: ['surat-jawaban.pdf', 'foto-saluran.jpg'],
    });

    await expectAccessibleEverywhere(page);
  });

  it('with a problem shown', async () => {
    const page = await openTablet();
    await fillComplaintToAttachments(page);
    await chooseFiles(page, [pdf('surat-jawaban.pdf'), pdf('scan-besar.pdf', LIMITS.maxFileBytes + 1)], { listed: ['surat-jawaban.pdf'], problems: true });

    await expectAccessibleEverywhere(page);
  });
});
