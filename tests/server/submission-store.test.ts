// @vitest-environment node
import { chmodSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from '../../src/server/storage/sqlite-migrations.ts';
import { openSqliteSubmissionStore, SQLITE_FILE_NAME } from '../../src/server/storage/sqlite-submission-store.ts';
import type { AttachmentRef } from '../../src/domain/attachments/file-types.ts';
import type { RegistrationParts } from '../../src/domain/registration-number.ts';
import type { NewSubmission, SubmissionStore } from '../../src/server/storage/submission-store.ts';
import { createTemporaryDirectory, removeTemporaryDirectories } from './test-server.ts';

/**
 * One empty storage location per test. `open` may be called again after the store is closed
 * and must reach the same data, which is how the tests simulate a server restart.
 */
interface StoreLocation {
  open(): Promise<SubmissionStore>;
}

interface StoreImplementation {
  name: string;
  createLocation(): Promise<StoreLocation>;
}

/** Every SubmissionStore implementation; a PostgreSQL entry joins here. */
const implementations: StoreImplementation[] = [
  {
    name: 'SQLite',
    createLocation: async () => {
      const dataDir = await createTemporaryDirectory('loket-store-');
      return { open: async () => openSqliteSubmissionStore(dataDir) };
    },
  },
];

const openStores: SubmissionStore[] = [];

afterEach(async () => {
  await Promise.all(openStores.splice(0).map((store) => store.close()));
});

afterAll(async () => {
  await removeTemporaryDirectories();
});

function newSubmission(overrides: Partial<NewSubmission> = {}): NewSubmission {
  return {
    id: crypto.randomUUID(),
    formId: 'information-request',
    formVersion: 1,
    agency: 'DINKES',
    series: 'PI',
    year: 2026,
    capturedAt: '2026-03-02T09:15:00+07:00',
    receivedAt: '2026-03-02T03:00:00.000Z',
    arrivedAt: '2026-03-02T03:00:00.000Z',
    channel: 'kiosk',
    deviceId: 'kiosk-test-01',
    locale: 'id',
    provisionalCode: 'K7MX-3PAT',
    values: { name: 'Budi Contoh', nik: '3671010101900002', copyFormat: ['softcopy'] },
    payloadHash: 'a'.repeat(64),
    trackingCode: 'ACEF3479',
    ...overrides,
  };
}

const simpleNumber = ({ seq, agency, series, year }: RegistrationParts) => `${seq}/${agency}/${series}/${year}`;

async function accept(store: SubmissionStore, submission: NewSubmission) {
  return store.acceptSubmission(submission, simpleNumber);
}

describe.each(implementations)('$name SubmissionStore', (implementation) => {
  async function openFresh(): Promise<{ store: SubmissionStore; location: StoreLocation }> {
    const location = await implementation.createLocation();
    const store = await location.open();
    openStores.push(store);
    return { store, location };
  }

  it('stores a new submission as number 1', async () => {
    const { store } = await openFresh();
    const submission = newSubmission();

    const result = await accept(store, submission);

    expect(result.created).toBe(true);
    expect(result.submission).toEqual({
      ...submission,
      seq: 1,
      arrival: 1,
      registrationNumber: '1/DINKES/PI/2026',
      status: 'diterima',
      history: [{ status: 'diterima', at: submission.receivedAt }],
      attachments: [],
    });
  });

  it('stores attachments in their order', async () => {
    const { store, location } = await openFresh();
    const attachments: AttachmentRef[] = [
      { sha256: 'b'.repeat(64), name: 'foto jalan.jpg', type: 'image/jpeg', size: 2048 },
      { sha256: 'a'.repeat(64), name: 'surat kuasa.pdf', type: 'application/pdf', size: 512 },
    ];

    const { submission } = await accept(store, newSubmission({ formId: 'complaint', series: 'PG', attachments }));
    openStores.splice(openStores.indexOf(store), 1);
    await store.close();
    const reopened = await location.open();
    openStores.push(reopened);

    expect(submission.attachments).toEqual(attachments);
    expect((await reopened.findByRegistrationNumber(submission.registrationNumber))?.attachments).toEqual(attachments);
    expect((await reopened.listByArrival(0, 1))[0]?.attachments).toEqual(attachments);
  });

  it('stores attachments of a known id once', async () => {
    const { store } = await openFresh();
    const attachments: AttachmentRef[] = [{ sha256: 'c'.repeat(64), name: 'foto.png', type: 'image/png', size: 100 }];
    const submission = newSubmission({ formId: 'complaint', series: 'PG', attachments });

    await accept(store, submission);
    const again = await accept(store, { ...submission, attachments: [...attachments, ...attachments] });

    expect(again.created).toBe(false);
    expect(again.submission.attachments).toEqual(attachments);
  });

  it('returns the stored submission for a known id', async () => {
    const { store } = await openFresh();
    const submission = newSubmission();
    const first = await accept(store, submission);

    const again = await accept(store, { ...submission, payloadHash: 'b'.repeat(64), trackingCode: 'XXXXXXXX' });

    expect(again.created).toBe(false);
    expect(again.submission).toEqual(first.submission);
  });

  it('does not use up a number on a known id', async () => {
    const { store } = await openFresh();
    const submission = newSubmission();
    await accept(store, submission);
    await accept(store, submission);

    const next = await accept(store, newSubmission());

    expect(next.submission.seq).toBe(2);
  });

  it('counts each agency, series and year separately', async () => {
    const { store } = await openFresh();
    const keys = [
      { agency: 'DINKES', series: 'PI', year: 2026 },
      { agency: 'DINKES', series: 'PI', year: 2026 },
      { agency: 'DINSOS', series: 'PI', year: 2026 },
      { agency: 'DINKES', series: 'KB', year: 2026 },
      { agency: 'DINKES', series: 'PI', year: 2027 },
      { agency: 'DINKES', series: 'PI', year: 2026 },
    ];

    const numbers: string[] = [];
    for (const key of keys) numbers.push((await accept(store, newSubmission(key))).submission.registrationNumber);

    expect(numbers).toEqual(['1/DINKES/PI/2026', '2/DINKES/PI/2026', '1/DINSOS/PI/2026', '1/DINKES/KB/2026', '1/DINKES/PI/2027', '3/DINKES/PI/2026']);
  });

  it('gives concurrent submissions unique contiguous numbers', async () => {
    const { store } = await openFresh();
    const submissions = Array.from({ length: 50 }, () => newSubmission());

    const results = await Promise.all(submissions.map((submission) => accept(store, submission)));

    expect(results.map((result) => result.submission.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
  });

  it('finds a submission by registration number', async () => {
    const { store } = await openFresh();
    const { submission } = await accept(store, newSubmission());

    expect(await store.findByRegistrationNumber(submission.registrationNumber)).toEqual(submission);
    expect(await store.findByRegistrationNumber('404/DINKES/PI/2026')).toBeUndefined();
  });

  it('appends status changes in order', async () => {
    const { store } = await openFresh();
    const { submission } = await accept(store, newSubmission());

    await store.appendStatus(submission.registrationNumber, { status: 'diproses', at: '2026-03-03T01:00:00.000Z' });
    const updated = await store.appendStatus(submission.registrationNumber, { status: 'diperpanjang', at: '2026-03-10T01:00:00.000Z' });

    const expectedHistory = [
      { status: 'diterima', at: submission.receivedAt },
      { status: 'diproses', at: '2026-03-03T01:00:00.000Z' },
      { status: 'diperpanjang', at: '2026-03-10T01:00:00.000Z' },
    ];
    expect(updated.outcome).toBe('appended');
    const appended = updated.outcome === 'appended' ? updated.submission : undefined;
    expect(appended?.status).toBe('diperpanjang');
    expect(appended?.history).toEqual(expectedHistory);
    expect((await store.findByRegistrationNumber(submission.registrationNumber))?.history).toEqual(expectedHistory);
  });

  it('rejects an extension of an objection', async () => {
    // UU 14/2008 Pasal 36 gives the Atasan PPID 30 working days for an objection, with no extension.
    const { store } = await openFresh();
    const { submission } = await accept(store, newSubmission({ formId: 'objection', series: 'KB' }));

    const extended = await store.appendStatus(submission.registrationNumber, { status: 'diperpanjang', at: '2026-03-10T01:00:00.000Z' });
    const answered = await store.appendStatus(submission.registrationNumber, { status: 'selesai', at: '2026-03-11T01:00:00.000Z' });

    expect(extended.outcome).toBe('illegalTransition');
    expect(answered.outcome).toBe('appended');
  });

  it('rejects an extension of a complaint', async () => {
    const { store } = await openFresh();
    const { submission } = await accept(store, newSubmission({ formId: 'complaint', series: 'PG' }));

    const extended = await store.appendStatus(submission.registrationNumber, { status: 'diperpanjang', at: '2026-03-10T01:00:00.000Z' });

    expect(extended.outcome).toBe('illegalTransition');
  });

  it('reports an unknown number when appending', async () => {
    const { store } = await openFresh();

    expect(await store.appendStatus('404/DINKES/PI/2026', { status: 'selesai', at: '2026-03-03T01:00:00.000Z' })).toEqual({ outcome: 'notFound' });
  });

  it('rejects an illegal status change without writing it', async () => {
    const { store } = await openFresh();
    const { submission } = await accept(store, newSubmission());
    await store.appendStatus(submission.registrationNumber, { status: 'selesai', at: '2026-03-03T01:00:00.000Z' });

    const reopened = await store.appendStatus(submission.registrationNumber, { status: 'diproses', at: '2026-03-04T01:00:00.000Z' });

    expect(reopened.outcome).toBe('illegalTransition');
    expect((await store.findByRegistrationNumber(submission.registrationNumber))?.history.map((change) => change.status)).toEqual([
      'diterima',
      'selesai',
    ]);
  });

  it('finds submissions by receipt number, registered first', async () => {
    const { store } = await openFresh();
    const registered = (await accept(store, newSubmission())).submission;
    // A claim on a block the server does not know is replaced and kept as the claimed number.
    const replaced = (await accept(store, newSubmission({ blockNumber: { blockId: 999, seq: 1 } }))).submission;

    const found = await store.findByReceiptNumber('1/DINKES/PI/2026');

    expect(replaced.registrationNumber).toBe('2/DINKES/PI/2026');
    expect(replaced.claimedNumber).toBe('1/DINKES/PI/2026');
    expect(found.map((submission) => submission.id)).toEqual([registered.id, replaced.id]);
    expect(await store.findByReceiptNumber('2/DINKES/PI/2026')).toEqual([replaced]);
    expect(await store.findByReceiptNumber('3/DINKES/PI/2026')).toEqual([]);
  });

  it('lists submissions in arrival order', async () => {
    const { store } = await openFresh();
    const agencies = ['DINSOS', 'DINKES', 'DINSOS', 'BPBD'];
    const accepted = [];
    for (const agency of agencies) accepted.push((await accept(store, newSubmission({ agency }))).submission);

    const listed = await store.listByArrival(0, 10);

    expect(listed).toEqual(accepted);
    expect(listed.map((submission) => submission.arrival)).toEqual([1, 2, 3, 4]);
  });

  it('lists only submissions after a position', async () => {
    const { store } = await openFresh();
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) ids.push((await accept(store, newSubmission())).submission.id);

    const firstPage = await store.listByArrival(0, 2);
    const secondPage = await store.listByArrival(2, 2);
    const lastPage = await store.listByArrival(4, 2);
    const beyondEnd = await store.listByArrival(5, 2);

    expect(firstPage.map((submission) => submission.id)).toEqual(ids.slice(0, 2));
    expect(secondPage.map((submission) => submission.id)).toEqual(ids.slice(2, 4));
    expect(lastPage.map((submission) => submission.id)).toEqual(ids.slice(4));
    expect(beyondEnd).toEqual([]);
  });

  it('does not list a repeated id twice', async () => {
    const { store } = await openFresh();
    const submission = newSubmission();
    await accept(store, submission);
    await accept(store, submission);
    await accept(store, newSubmission());

    expect((await store.listByArrival(0, 10)).map((listed) => listed.arrival)).toEqual([1, 2]);
  });

  it('keeps data and counters across a reopen', async () => {
    const { store, location } = await openFresh();
    const { submission } = await accept(store, newSubmission());
    await store.appendStatus(submission.registrationNumber, { status: 'selesai', at: '2026-03-04T01:00:00.000Z' });
    openStores.splice(openStores.indexOf(store), 1);
    await store.close();

    const reopened = await location.open();
    openStores.push(reopened);
    const next = await accept(reopened, newSubmission());

    expect((await reopened.findByRegistrationNumber(submission.registrationNumber))?.status).toBe('selesai');
    expect(next.submission.registrationNumber).toBe('2/DINKES/PI/2026');
  });
});

describe('SQLite store specifics', () => {
  it('uses WAL, a busy timeout and the latest schema version', async () => {
    const dataDir = await createTemporaryDirectory('loket-store-');
    await openSqliteSubmissionStore(dataDir).close();

    const db = new Database(join(dataDir, SQLITE_FILE_NAME));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_MIGRATIONS.length);
    } finally {
      db.close();
    }
  });

  it('creates a missing data directory', async () => {
    const dataDir = join(await createTemporaryDirectory('loket-store-'), 'nested', 'data');

    const store = openSqliteSubmissionStore(dataDir);
    openStores.push(store);

    expect((await store.acceptSubmission(newSubmission(), () => 'one')).created).toBe(true);
  });

  it('refuses a database from a newer server', async () => {
    const dataDir = await createTemporaryDirectory('loket-store-');
    await openSqliteSubmissionStore(dataDir).close();
    const db = new Database(join(dataDir, SQLITE_FILE_NAME));
    db.pragma(`user_version = ${SQLITE_MIGRATIONS.length + 1}`);
    db.close();

    expect(() => openSqliteSubmissionStore(dataDir)).toThrow(
      `schema version ${SQLITE_MIGRATIONS.length + 1}, but this server knows only ${SQLITE_MIGRATIONS.length}`,
    );
  });

  it('numbers existing rows by arrival when migrating', async () => {
    const dataDir = await createTemporaryDirectory('loket-store-');
    const db = new Database(join(dataDir, SQLITE_FILE_NAME));
    db.exec(SQLITE_MIGRATIONS[0] as string);
    db.pragma('user_version = 1');
    const insert = db.prepare(`
      INSERT INTO submissions (id, registration_number, tracking_code, form_id, form_version, agency, series, year, seq,
        captured_at, received_at, channel, device_id, locale, provisional_code, payload_hash, values_json, status)
      VALUES (?, ?, 'ACEF3479', 'information-request', 1, 'DINKES', 'PI', 2026, ?, '2026-03-02T09:15:00+07:00', ?,
        'kiosk', 'kiosk-test-01', 'id', 'K7MX-3PAT', ?, '{}', 'diterima')`);
    // The second row has an earlier receive time, as after a clock correction; arrival follows insertion.
    insert.run('00000000-0000-4000-8000-000000000001', '1/DINKES/PI/2026', 1, '2026-03-02T03:00:00.000Z', 'a'.repeat(64));
    insert.run('00000000-0000-4000-8000-000000000002', '2/DINKES/PI/2026', 2, '2026-03-02T02:59:00.000Z', 'b'.repeat(64));
    db.exec(`INSERT INTO registration_counters (agency, series, year, last_seq) VALUES ('DINKES', 'PI', 2026, 2)`);
    db.close();

    const store = openSqliteSubmissionStore(dataDir);
    openStores.push(store);
    const next = await accept(store, newSubmission());

    expect((await store.listByArrival(0, 10)).map((listed) => [listed.registrationNumber, listed.arrival])).toEqual([
      ['1/DINKES/PI/2026', 1],
      ['2/DINKES/PI/2026', 2],
      [next.submission.registrationNumber, 3],
    ]);
    expect((await store.findByRegistrationNumber('2/DINKES/PI/2026'))?.arrivedAt).toBe('2026-03-02T02:59:00.000Z');
  });

  // POSIX permission bits; Windows keeps access control lists instead.
  it.skipIf(process.platform === 'win32')('creates directory 0700 and files 0600', async () => {
    const dataDir = join(await createTemporaryDirectory('loket-store-'), 'data');
    const previousUmask = process.umask(0o022);
    try {
      const store = openSqliteSubmissionStore(dataDir);
      openStores.push(store);
      await store.acceptSubmission(newSubmission(), () => 'one');
    } finally {
      process.umask(previousUmask);
    }

    const modeOf = (name: string) => statSync(join(dataDir, name)).mode & 0o777;
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(modeOf(SQLITE_FILE_NAME)).toBe(0o600);
    expect(modeOf(`${SQLITE_FILE_NAME}-wal`)).toBe(0o600);
    expect(modeOf(`${SQLITE_FILE_NAME}-shm`)).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('tightens existing database files to 0600', async () => {
    const dataDir = await createTemporaryDirectory('loket-store-');
    const first = openSqliteSubmissionStore(dataDir);
    await first.acceptSubmission(newSubmission(), () => 'one');
    for (const suffix of ['', '-wal', '-shm']) chmodSync(join(dataDir, SQLITE_FILE_NAME + suffix), 0o644);
    await first.close();

    const reopened = openSqliteSubmissionStore(dataDir);
    openStores.push(reopened);

    expect(statSync(join(dataDir, SQLITE_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it('shares one counter between two connections to the same file', async () => {
    const dataDir = await createTemporaryDirectory('loket-store-');
    const first = openSqliteSubmissionStore(dataDir);
    const second = openSqliteSubmissionStore(dataDir);
    openStores.push(first, second);

    const numbers: number[] = [];
    for (let index = 0; index < 6; index += 1) {
      const store = index % 2 === 0 ? first : second;
      numbers.push((await accept(store, newSubmission())).submission.seq);
    }

    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
