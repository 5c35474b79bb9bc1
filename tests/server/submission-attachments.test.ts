// @vitest-environment node
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttachmentRef } from '../../src/domain/attachments/file-types.ts';
import type { ApiError, SubmissionAccepted, SubmissionPayload } from '../../src/domain/submission.ts';
import type { SubmissionExportPage } from '../../src/server/api/submission-export-route.ts';
import { jpegBytes, pdfBytes, pngBytes, sha256Hex } from '../support/attachment-bytes.ts';
import { attachmentRef, createComplaintPayload, createObjectionPayload, filePath, putFile } from './attachment-client.ts';
import { createPayload, removeTemporaryDirectories, STAFF_TOKEN, startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;
const logLines: string[] = [];

beforeAll(async () => {
  server = await startTestServer({
    now: () => new Date('2026-03-02T03:00:00Z'),
    staffToken: STAFF_TOKEN,
    logLevel: 'trace',
    logDestination: { write: (line) => void logLines.push(line) },
  });
});

afterAll(async () => {
  await server.close();
  await removeTemporaryDirectories();
});

async function submit(payload: SubmissionPayload): Promise<{ status: number; body: SubmissionAccepted & ApiError }> {
  const response = await server.post('/api/v1/submissions', payload);
  return { status: response.status, body: (await response.json()) as SubmissionAccepted & ApiError };
}

/** Uploads the bytes and returns the reference a device would send. */
async function uploaded(bytes: Uint8Array, name: string, type: AttachmentRef['type']): Promise<AttachmentRef> {
  expect([200, 201]).toContain((await putFile(server, bytes)).status);
  return attachmentRef(bytes, name, type);
}

async function filesOnDisk(): Promise<string[]> {
  const root = join(server.dataDir, 'files');
  const names: string[] = [];
  for (const folder of await readdir(root).catch(() => [])) names.push(...(await readdir(join(root, folder))));
  return names;
}

async function exportAll(): Promise<SubmissionExportPage['submissions']> {
  const response = await server.get('/api/v1/submissions?limit=200', { authorization: `Bearer ${STAFF_TOKEN}` });
  return ((await response.json()) as SubmissionExportPage).submissions;
}

describe('submissions with attachments', () => {
  it('waits with 409 for missing files, then accepts', async () => {
    const photo = jpegBytes(3000, 0x61);
    const letter = pdfBytes('surat kuasa 1');
    const present = await uploaded(photo, 'lubang jalan.jpg', 'image/jpeg');
    const missing = attachmentRef(letter, 'surat kuasa.pdf', 'application/pdf');
    const payload = createComplaintPayload({ attachments: [present, missing] });

    const first = await submit(payload);
    await putFile(server, letter);
    const second = await submit(payload);

    expect(first.status).toBe(409);
    expect(first.body).toEqual({ error: 'filesMissing', fields: [{ field: 'attachments.1', code: 'missing' }] });
    expect(second.status).toBe(201);
    expect(second.body.registrationNumber).toMatch(/^\d+\/PPID\/DINKES\/PG\/2026$/);
  });

  it('lists every missing file', async () => {
    const present = await uploaded(jpegBytes(100, 0x62), 'ada.jpg', 'image/jpeg');
    const absent = [attachmentRef(jpegBytes(100, 0x6b), 'a.jpg', 'image/jpeg'), attachmentRef(pdfBytes('belum'), 'b.pdf', 'application/pdf')];

    const response = await submit(createComplaintPayload({ attachments: [absent[0] as AttachmentRef, present, absent[1] as AttachmentRef] }));

    expect(response.status).toBe(409);
    expect(response.body.fields).toEqual([
      { field: 'attachments.0', code: 'missing' },
      { field: 'attachments.2', code: 'missing' },
    ]);
  });

  it('stores nothing twice on a retry', async () => {
    const photo = jpegBytes(5000, 0x63);
    const ref = await uploaded(photo, 'foto.jpg', 'image/jpeg');
    const payload = createComplaintPayload({ attachments: [ref] });
    const before = await exportAll();

    const first = await submit(payload);
    await putFile(server, photo);
    const retry = await submit(payload);
    const after = await exportAll();

    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body.registrationNumber).toBe(first.body.registrationNumber);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)?.attachments).toHaveLength(1);
    expect((await filesOnDisk()).filter((name) => name.startsWith(ref.sha256))).toEqual([ref.sha256]);
  });

  it('rejects changed attachments under a stored id', async () => {
    const ref = await uploaded(jpegBytes(700, 0x64), 'foto.jpg', 'image/jpeg');
    const other = await uploaded(jpegBytes(700, 0x65), 'foto.jpg', 'image/jpeg');
    const payload = createComplaintPayload({ attachments: [ref] });
    await submit(payload);

    const changed = await submit({ ...payload, attachments: [other] });

    expect(changed.status).toBe(409);
    expect(changed.body).toEqual({ error: 'conflict' });
  });

  it('lists attachments in the staff export', async () => {
    const photo = await uploaded(jpegBytes(900, 0x66), 'Foto lubang.JPG', 'image/jpeg');
    const scan = await uploaded(pngBytes(), 'denah.png', 'image/png');
    const accepted = await submit(createComplaintPayload({ attachments: [photo, scan] }));

    const exported = (await exportAll()).find((submission) => submission.id === accepted.body.id);
    const download = await server.get(exported?.attachments[1]?.path ?? '', { authorization: `Bearer ${STAFF_TOKEN}` });

    expect(exported?.attachments).toEqual([
      { name: 'Foto lubang.JPG', type: 'image/jpeg', size: 900, sha256: photo.sha256, path: filePath(photo.sha256) },
      { name: 'denah.png', type: 'image/png', size: scan.size, sha256: scan.sha256, path: filePath(scan.sha256) },
    ]);
    expect(download.status).toBe(200);
    expect(sha256Hex(new Uint8Array(await download.arrayBuffer()))).toBe(scan.sha256);
  });

  it('accepts an objection with attachments', async () => {
    const letter = await uploaded(pdfBytes('surat kuasa 2'), 'surat kuasa.pdf', 'application/pdf');

    const response = await submit(createObjectionPayload('1/PPID/DINKES/PI/2026', { attachments: [letter] }));

    expect(response.status).toBe(201);
    expect(response.body.registrationNumber).toMatch(/^\d+\/PPID\/DINKES\/KB\/2026$/);
  });

  it('accepts an empty list', async () => {
    expect((await submit(createComplaintPayload({ attachments: [] }))).status).toBe(201);
  });

  it('accepts a name without an extension', async () => {
    const ref = await uploaded(pdfBytes('tanpa ekstensi'), 'Surat kuasa', 'application/pdf');

    expect((await submit(createComplaintPayload({ attachments: [ref] }))).status).toBe(201);
  });

  it('accepts a file two submissions share', async () => {
    const ref = await uploaded(jpegBytes(400, 0x67), 'foto.jpg', 'image/jpeg');

    const first = await submit(createComplaintPayload({ attachments: [ref] }));
    const second = await submit(createObjectionPayload('1/PPID/DINKES/PI/2026', { attachments: [{ ...ref, name: 'bukti.jpeg' }] }));

    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
  });
});

describe('attachments that mislead', () => {
  it('rejects a PDF named as a photo', async () => {
    const ref = await uploaded(pdfBytes('menyamar'), 'foto.jpg', 'application/pdf');

    const response = await submit(createComplaintPayload({ attachments: [ref] }));

    expect(response.status).toBe(422);
    expect(response.body).toEqual({ error: 'invalid', fields: [{ field: 'attachments.0', code: 'typeMismatch' }] });
  });

  it('rejects a file declared as another type', async () => {
    const ref = await uploaded(pdfBytes('salah tipe'), 'foto.jpg', 'application/pdf');

    const response = await submit(createComplaintPayload({ attachments: [{ ...ref, name: 'foto.jpg', type: 'image/jpeg' }] }));

    expect(response.status).toBe(422);
    expect(response.body.fields).toEqual([{ field: 'attachments.0', code: 'typeMismatch' }]);
  });

  it('rejects a wrong declared size', async () => {
    const ref = await uploaded(jpegBytes(1200, 0x68), 'foto.jpg', 'image/jpeg');

    const response = await submit(createComplaintPayload({ attachments: [{ ...ref, size: 1199 }] }));

    expect(response.status).toBe(422);
    expect(response.body.fields).toEqual([{ field: 'attachments.0', code: 'sizeMismatch' }]);
  });

  it('names each bad entry', async () => {
    const good = await uploaded(jpegBytes(300, 0x69), 'baik.jpg', 'image/jpeg');
    const declaredPng = await uploaded(jpegBytes(300, 0x6a), 'denah.png', 'image/png');
    const pdf = await uploaded(pdfBytes('ketiga'), 'surat.png', 'application/pdf');

    const response = await submit(createComplaintPayload({ attachments: [good, declaredPng, pdf] }));

    expect(response.status).toBe(422);
    expect(response.body.fields).toEqual([
      { field: 'attachments.1', code: 'typeMismatch' },
      { field: 'attachments.2', code: 'typeMismatch' },
    ]);
  });
});

describe('attachment list checks', () => {
  const sha = (seed: number): string => sha256Hex(jpegBytes(64, seed));
  const ref = (overrides: Partial<AttachmentRef> & Record<string, unknown> = {}): AttachmentRef => ({
    sha256: sha(0x70),
    name: 'foto.jpg',
    type: 'image/jpeg',
    size: 64,
    ...overrides,
  });

  it.each<[string, unknown, { field: string; code: string; max?: number }[]]>([
    ['a list that is an object', { 0: ref() }, [{ field: 'attachments', code: 'invalid' }]],
    ['a list that is null', null, [{ field: 'attachments', code: 'invalid' }]],
    ['four files where three are allowed', [ref({ sha256: sha(1) }), ref({ sha256: sha(2) }), ref({ sha256: sha(3) }), ref({ sha256: sha(4) })], [
      { field: 'attachments', code: 'tooMany', max: 3 },
    ]],
    ['an entry that is a string', [sha(1)], [{ field: 'attachments.0', code: 'invalid' }]],
    ['an entry without a name', [{ sha256: sha(1), type: 'image/jpeg', size: 64 }], [{ field: 'attachments.0', code: 'invalid' }]],
    ['an entry with another key', [ref({ path: '/etc/passwd' })], [{ field: 'attachments.0', code: 'invalid' }]],
    ['an uppercase hash', [ref({ sha256: sha(1).toUpperCase() })], [{ field: 'attachments.0', code: 'invalid' }]],
    ['a size of 0', [ref({ size: 0 })], [{ field: 'attachments.0', code: 'invalid' }]],
    ['a fractional size', [ref({ size: 64.5 })], [{ field: 'attachments.0', code: 'invalid' }]],
    ['a size as a string', [ref({ size: '64' as unknown as number })], [{ field: 'attachments.0', code: 'invalid' }]],
    ['a GIF', [ref({ type: 'image/gif' as AttachmentRef['type'] })], [{ field: 'attachments.0', code: 'invalid' }]],
    ['an empty name', [ref({ name: '' })], [{ field: 'attachments.0', code: 'invalid' }]],
    ['a name of spaces', [ref({ name: '   ' })], [{ field: 'attachments.0', code: 'invalid' }]],
    ['a name of 201 characters', [ref({ name: `${'a'.repeat(197)}.jpg` })], [{ field: 'attachments.0', code: 'invalid' }]],
    ['a name with a slash', [ref({ name: '../foto.jpg' })], [{ field: 'attachments.0', code: 'invalid' }]],
    ['a name with a backslash', [ref({ name: 'C:\\foto.jpg' })], [{ field: 'attachments.0', code: 'invalid' }]],
    ['a name with a line break', [ref({ name: 'foto\n.jpg' })], [{ field: 'attachments.0', code: 'invalid' }]],
    ['a name with a bidirectional override', [ref({ name: 'foto\u202egpj.exe' })], [{ field: 'attachments.0', code: 'invalid' }]],
    ['a name with a lone surrogate', [ref({ name: 'foto\ud800.jpg' })], [{ field: 'attachments.0', code: 'invalid' }]],
    ['a file over the file limit', [ref({ size: 65_537 })], [{ field: 'attachments.0', code: 'tooLarge', max: 65_536 }]],
    ['files over the submission limit', [ref({ sha256: sha(1), size: 60_000 }), ref({ sha256: sha(2), size: 60_000 }), ref({ sha256: sha(3), size: 60_000 })], [
      { field: 'attachments', code: 'tooLarge', max: 163_840 },
    ]],
    ['one file twice', [ref({ sha256: sha(1) }), ref({ sha256: sha(1), name: 'lagi.jpg' })], [{ field: 'attachments.1', code: 'duplicate' }]],
  ])('rejects %s', async (_case, attachments, fields) => {
    const response = await server.post('/api/v1/submissions', { ...createComplaintPayload(), attachments });

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'invalid', fields });
  });

  it('accepts a name of 200 characters with spaces and accents', async () => {
    const bytes = jpegBytes(64, 0x71);
    const name = `Foto jalan rusak di depan SDN – é ${'x'.repeat(162)}.jpg`;
    await putFile(server, bytes);

    expect([...name]).toHaveLength(200);
    expect((await submit(createComplaintPayload({ attachments: [attachmentRef(bytes, name, 'image/jpeg')] }))).status).toBe(201);
  });

  it('rejects files on an information request', async () => {
    const response = await server.post('/api/v1/submissions', { ...createPayload(), attachments: [ref()] });

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'invalid', fields: [{ field: 'attachments', code: 'unknownField' }] });
  });

  it('accepts an empty list on an information request', async () => {
    const response = await server.post('/api/v1/submissions', { ...createPayload(), attachments: [] });

    expect(response.status).toBe(201);
  });

  it('checks the list before the stored files', async () => {
    // An invalid list gets 422 even though its files are missing too.
    const response = await server.post('/api/v1/submissions', { ...createComplaintPayload(), attachments: [ref({ size: 0 }), ref({ sha256: sha(9) })] });

    expect(response.status).toBe(422);
  });
});

describe('attachment logging', () => {
  it('never logs file names', () => {
    // Names uploaded and submitted above; one of them carries a personal description.
    const text = logLines.join('');

    expect(text).toContain('submission waits for attachment files');
    for (const name of ['lubang jalan.jpg', 'surat kuasa.pdf', 'Foto lubang.JPG', 'denah.png', 'Surat kuasa', 'bukti.jpeg']) {
      expect(text).not.toContain(name);
    }
  });
});
