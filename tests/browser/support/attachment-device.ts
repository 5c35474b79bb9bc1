import type { Page } from 'playwright-core';
import type { ChosenFile } from './attachment-files.ts';
import { beginForm, passAttractScreen } from './request-form.ts';
import { within } from './within.ts';

/**
 * The visitor's side of the attachment tests: a complaint filled by pointer up to its
 * attachments step, files chosen there, and what the device queued, read straight from
 * IndexedDB.
 */

/** The reporter's synthetic name; the tests look for it after a refused file. */
export const REPORTER_NAME = 'Siti Contoh';

/**
 * Fills every step of a complaint (pengaduan) before the attachments step by pointer and waits
 * for that step. `title` distinguishes queued complaints.
 */
export async function fillComplaintToAttachments(page: Page, title = 'Saluran air tersumbat'): Promise<void> {
  await passAttractScreen(page);
  await beginForm(page, 'Sampaikan pengaduan');

  await page.locator('#field-title').fill(title);
  await page.locator('#field-account').fill('Saluran di depan pasar tersumbat sampah sejak sebulan.');
  await page.locator('#field-eventDate').fill('2026-01-05');
  await next(page);

  await page.locator('#field-district').selectOption('Benda');
  await next(page);

  await page.locator('#field-agency').selectOption('DLH');
  await page.locator('#field-category').selectOption('DRAINASE');
  await next(page);

  await page.getByLabel('Tidak, identitas saya boleh diketahui', { exact: true }).check();
  await page.getByLabel('Tidak, laporan boleh dipublikasikan', { exact: true }).check();
  await next(page);

  await page.locator('#field-name').fill(REPORTER_NAME);
  await page.locator('#field-phone').fill('081234567890');
  await next(page);
  await page.getByTestId('attachments-step').waitFor();
}

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
}

/**
 * Chooses files through "Pilih berkas" and waits until the step has prepared them all: each
 * name in `listed` has its remove button, and the problem list shows when `problems` is set.
 * A listed name is the one the step shows, which for an image ends in .jpg.
 */
export async function chooseFiles(page: Page, files: ChosenFile[], { listed = [], problems = false }: { listed?: string[]; problems?: boolean } = {}): Promise<void> {
  await page.getByTestId('attachment-file-input').setInputFiles(files);
  for (const name of listed) await removeButton(page, name).waitFor();
  if (problems) await page.getByTestId('attachment-problems').waitFor();
  await page.getByTestId('attachment-progress').waitFor({ state: 'detached' });
}

/** Returns the remove button of a listed file, whose accessible name is "Hapus" and the file's name. */
export function removeButton(page: Page, name: string) {
  return page.getByRole('button', { name: `Hapus ${name}`, exact: true });
}

/** Goes from the attachments step to the review and sends the complaint; waits for the receipt. */
export async function sendComplaint(page: Page): Promise<void> {
  await next(page);
  await page.getByRole('button', { name: 'Kirim pengaduan', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /Tanda bukti pengaduan/ }).waitFor();
}

/** A queued submission as stored in IndexedDB, without its answers. */
export interface QueuedRecord {
  id: string;
  state: string;
  title: string;
  /** `payload.attachments`: the files the submission names. */
  attachments: { sha256: string; name: string; type: string; size: number }[];
  /** `receipt.droppedAttachments`: files the full storage could not keep. */
  droppedAttachments: string[];
  /** `lastError.code`: why the last attempt failed, such as 'timeout'. */
  lastError?: string;
}

/** A row of the `attachments` table, with the SHA-256 of the Blob read back and its bytes. */
export interface QueuedFile {
  submissionId: string;
  position: number;
  name: string;
  type: string;
  sha256: string;
  blobSha256: string;
  uploaded: boolean;
  bytes: Buffer;
}

interface RawQueue {
  records: QueuedRecord[];
  files: (Omit<QueuedFile, 'bytes'> & { base64: string })[];
}

/**
 * Reads the outbox and the attachments tables of the app's database ("loket", see
 * src/app/outbox/db.ts) with plain IndexedDB, reading each stored Blob back. Never creates
 * the database: without it both lists are empty.
 */
export async function readQueue(page: Page): Promise<{ records: QueuedRecord[]; files: QueuedFile[] }> {
  const reading = page.evaluate(async (): Promise<RawQueue> => {
    const database = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
      const request = indexedDB.open('loket');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => (request.error?.name === 'AbortError' ? resolve(undefined) : reject(request.error));
    });
    if (!database) return { records: [], files: [] };
    const readAll = (table: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = database.transaction(table, 'readonly').objectStore(table).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const outbox = (await readAll('outbox')) as {
      id: string;
      state: string;
      receipt: { answers: Record<string, unknown>; droppedAttachments?: string[] };
      lastError?: { code: string };
      payload?: { values: Record<string, unknown>; attachments?: QueuedRecord['attachments'] };
    }[];
    const rows = (await readAll('attachments')) as (Omit<QueuedFile, 'bytes' | 'blobSha256'> & { blob: Blob })[];
    database.close();

    const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
    const files = [];
    for (const { blob, ...row } of rows) {
      const bytes = await blob.arrayBuffer();
      const blobSha256 = hex(await crypto.subtle.digest('SHA-256', bytes));
      // FileReader's data URL is the quickest way out of the page for a megabyte of bytes.
      const dataUrl = await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(new Error(`Reading the stored file ${row.name} failed: ${reader.error?.message}`));
        reader.readAsDataURL(blob);
      });
      files.push({ ...row, blobSha256, base64: dataUrl.slice(dataUrl.indexOf(',') + 1) });
    }
    return {
      records: outbox.map((record) => ({
        id: record.id,
        state: record.state,
        title: String(record.receipt.answers.title ?? ''),
        attachments: record.payload?.attachments ?? [],
        droppedAttachments: record.receipt.droppedAttachments ?? [],
        ...(record.lastError ? { lastError: record.lastError.code } : {}),
      })),
      files,
    };
  });
  const raw = await within('Reading the outbox from IndexedDB', 30_000, reading);
  return {
    records: raw.records,
    files: raw.files.map(({ base64, ...file }) => ({ ...file, bytes: Buffer.from(base64, 'base64') })),
  };
}

/**
 * Polls the outbox until `count` records are sent, as the device marks them once the server
 * accepted them. Polls from Node because page.waitForFunction (playwright-core 1.65) takes a
 * returned Promise as a truthy value instead of awaiting it.
 */
export async function waitUntilSent(page: Page, count: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { records } = await readQueue(page);
    const sent = records.filter((record) => record.state === 'sent').length;
    if (sent >= count) return;
    if (Date.now() > deadline) throw new Error(`${sent} of ${records.length} queued submissions were sent after ${timeoutMs} ms, expected ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
