import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoketDatabase, getDatabase, setDatabaseForTesting } from '../../../src/app/outbox/db.ts';
import { enqueue, getRecord, markSent } from '../../../src/app/outbox/outbox.ts';
import { SyncEngine } from '../../../src/app/outbox/sync-engine.ts';
import { enrolDevice, getEnrolment } from '../../../src/app/numbering/enrolment.ts';
import { listHeldBlocks, refreshNumberBlocks } from '../../../src/app/numbering/number-blocks.ts';
import { ENROLMENT_KEY, type HeldBlock } from '../../../src/app/numbering/types.ts';
import type { NumberBlock } from '../../../src/domain/numbering.ts';
import { samplePayload, sampleReceipt } from '../../support/payloads.ts';
import { dropDatabase, useFreshDatabase } from '../../support/fresh-database.ts';
import { ScriptedServer } from '../../support/scripted-server.ts';

const NUMBERING = { registrationPattern: '{seq}/PPID/{agency}/{series}/{year}', timeZone: 'Asia/Jakarta', series: 'PI' };
const TOKEN = 'device-token-for-tests-only';
let server: ScriptedServer;
let baseUrl: string;

function block(overrides: Partial<NumberBlock> = {}): NumberBlock {
  return { id: 7, agency: 'DINKES', series: 'PI', year: 2026, firstSeq: 41, lastSeq: 43, ...overrides };
}

async function enrol(): Promise<void> {
  await getDatabase().enrolment.put({ key: ENROLMENT_KEY, deviceId: 'dev-1', label: 'Kiosk lobi', channel: 'kiosk', token: TOKEN, enrolledAt: 0 });
}

async function hold(...blocks: HeldBlock[]): Promise<void> {
  await getDatabase().blocks.bulkAdd(blocks);
}

async function queue(overrides: Parameters<typeof samplePayload>[0] = {}) {
  const payload = samplePayload({ trackingCode: 'K7MX3PAT', ...overrides });
  return enqueue(payload, sampleReceipt(payload), Date.now(), NUMBERING);
}

beforeEach(async () => {
  useFreshDatabase('numbering');
  server = new ScriptedServer();
  baseUrl = await server.start();
});

afterEach(async () => {
  await server.stop();
  await dropDatabase();
});

describe('issuing numbers from blocks', () => {
  it('issues numbers in order, then none', async () => {
    await enrol();
    await hold({ ...block(), nextSeq: 42 });
    const first = await queue();
    const second = await queue();
    const third = await queue();
    expect(first.registrationNumber).toBe('42/PPID/DINKES/PI/2026');
    expect(first.numberSource).toBe('block');
    expect(first.payload?.blockNumber).toEqual({ blockId: 7, seq: 42 });
    expect(first.payload?.deviceId).toBe('dev-1');
    expect(second.registrationNumber).toBe('43/PPID/DINKES/PI/2026');
    expect(third.registrationNumber).toBeUndefined();
    expect(third.payload?.blockNumber).toBeUndefined();
    expect(third.trackingCode).toBe('K7MX3PAT');
  });

  it('issues nothing unenrolled or revoked', async () => {
    await hold({ ...block(), nextSeq: 41 });
    expect((await queue()).registrationNumber).toBeUndefined();
    await enrol();
    await getDatabase().enrolment.update(ENROLMENT_KEY, { revokedAt: 1 });
    expect((await queue()).registrationNumber).toBeUndefined();
  });

  it('matches agency and local year', async () => {
    await enrol();
    await hold({ ...block({ id: 1, year: 2026 }), nextSeq: 41 }, { ...block({ id: 2, year: 2027, firstSeq: 1, lastSeq: 5 }), nextSeq: 1 });
    // 31 December 17:30 UTC is already 1 January 00:30 in WIB.
    const newYear = await queue({ capturedAt: '2026-12-31T17:30:00.000Z' });
    expect(newYear.registrationNumber).toBe('1/PPID/DINKES/PI/2027');
    const otherAgency = samplePayload({ values: { ...samplePayload().values, agency: 'DINSOS' } });
    const record = await enqueue(otherAgency, sampleReceipt(otherAgency), Date.now(), NUMBERING);
    expect(record.registrationNumber).toBeUndefined();
  });

  it('never gives two tabs the same number', async () => {
    await enrol();
    await hold({ ...block({ firstSeq: 1, lastSeq: 30 }), nextSeq: 1 });
    // A second connection to the same database stands for a second tab.
    const name = getDatabase().name;
    const otherTab = new LoketDatabase(name);
    const fromThisTab = Array.from({ length: 20 }, () => queue());
    setDatabaseForTesting(otherTab);
    const fromOtherTab = Array.from({ length: 20 }, () => queue());
    const records = await Promise.all([...fromThisTab, ...fromOtherTab]);
    otherTab.close();
    setDatabaseForTesting(new LoketDatabase(name));
    const numbers = records.map((record) => record.registrationNumber).filter((number) => number !== undefined);
    expect(numbers).toHaveLength(30);
    expect(new Set(numbers).size).toBe(30);
    expect(records.filter((record) => record.registrationNumber === undefined)).toHaveLength(10);
  });

  it('records kept and replaced numbers', async () => {
    await enrol();
    await hold({ ...block(), nextSeq: 41 });
    const kept = await queue();
    const replaced = await queue();
    const accepted = { trackingCode: 'K7MX3PAT', receivedAt: '2026-12-04T03:15:00.000Z', status: 'diterima' as const };
    await markSent(kept.id, { ...accepted, id: kept.id, registrationNumber: '41/PPID/DINKES/PI/2026' }, 1000);
    await markSent(replaced.id, { ...accepted, id: replaced.id, registrationNumber: '97/PPID/DINKES/PI/2026', replacedNumber: '42/PPID/DINKES/PI/2026' }, 1000);
    expect(await getRecord(kept.id)).toMatchObject({ numberSource: 'block', registrationNumber: '41/PPID/DINKES/PI/2026' });
    expect((await getRecord(kept.id))?.replacedNumber).toBeUndefined();
    expect(await getRecord(replaced.id)).toMatchObject({
      numberSource: 'server',
      registrationNumber: '97/PPID/DINKES/PI/2026',
      replacedNumber: '42/PPID/DINKES/PI/2026',
    });
  });
});

describe('the moment of receipt', () => {
  it('follows the corrected receipt time', async () => {
    // A device clock eighteen days fast: the server takes the arrival as the moment of receipt.
    const record = await queue({ capturedAt: '2026-12-22T03:00:00.000Z' });
    await markSent(record.id, { id: record.id, registrationNumber: '5/PPID/DINKES/PI/2026', trackingCode: 'K7MX3PAT', receivedAt: '2026-12-04T23:17:00.000Z', status: 'diterima' }, 1000);
    const receipt = (await getRecord(record.id))?.receipt;
    expect(receipt?.capturedAt).toBe('2026-12-04T23:17:00.000Z');
    expect(receipt?.correctedFrom).toBe('2026-12-22T03:00:00.000Z');
  });

  it('notes no correction when kept', async () => {
    const record = await queue({ capturedAt: '2026-12-04T10:15:00.000+07:00' });
    await markSent(record.id, { id: record.id, registrationNumber: '5/PPID/DINKES/PI/2026', trackingCode: 'K7MX3PAT', receivedAt: '2026-12-04T03:15:00.000Z', status: 'diterima' }, 1000);

    expect((await getRecord(record.id))?.receipt.correctedFrom).toBeUndefined();
  });
});

describe('refreshing blocks', () => {
  it('merges new blocks, drops retired', async () => {
    await enrol();
    await hold({ ...block({ id: 3 }), nextSeq: 42 }, { ...block({ id: 4, firstSeq: 44, lastSeq: 46 }), nextSeq: 44 });
    server.reply({ status: 200, body: { blocks: [block({ id: 3 }), block({ id: 9, firstSeq: 60, lastSeq: 64 })], retired: [4] } });

    expect(await refreshNumberBlocks({ baseUrl })).toBe('updated');
    expect(server.received[0]).toMatchObject({
      url: '/api/v1/devices/me/blocks',
      authorization: `Bearer ${TOKEN}`,
      body: { holdings: [{ blockId: 3, nextSeq: 42 }, { blockId: 4, nextSeq: 44 }] },
    });
    const held = await listHeldBlocks();
    expect(held.map((entry) => [entry.id, entry.nextSeq])).toEqual([
      [3, 42],
      [9, 60],
    ]);
  });

  it('revoked token drops all blocks', async () => {
    await enrol();
    await hold({ ...block(), nextSeq: 41 });
    server.reply({ status: 401, body: { error: 'unauthorized' } });
    expect(await refreshNumberBlocks({ baseUrl })).toBe('revoked');
    expect(await listHeldBlocks()).toEqual([]);
    expect((await getEnrolment())?.revokedAt).toBeGreaterThan(0);
    expect((await queue()).registrationNumber).toBeUndefined();
  });

  it('skips unenrolled, reports offline', async () => {
    expect(await refreshNumberBlocks({ baseUrl })).toBe('notEnrolled');
    await enrol();
    await server.stop();
    expect(await refreshNumberBlocks({ baseUrl })).toBe('offline');
  });

  it('sync pass sends token, tops up', async () => {
    await enrol();
    await hold({ ...block(), nextSeq: 41 });
    const record = await queue();
    server.reply(
      { status: 201, body: { id: record.id, registrationNumber: record.registrationNumber, trackingCode: 'K7MX3PAT', receivedAt: '2026-12-04T03:15:00.000Z', status: 'diterima' } },
      { status: 200, body: { blocks: [block(), block({ id: 8, firstSeq: 50, lastSeq: 54 })], retired: [] } },
    );
    const report = await new SyncEngine({ retentionMs: 1000, baseUrl, timeoutMs: 2000 }).sync({ ignoreBackoff: true });
    expect(report.sent).toEqual([record.id]);
    expect(report.blocks).toBe('updated');
    expect(server.received.map((request) => [request.url, request.authorization])).toEqual([
      ['/api/v1/submissions', `Bearer ${TOKEN}`],
      ['/api/v1/devices/me/blocks', `Bearer ${TOKEN}`],
    ]);
    expect((await listHeldBlocks()).map((entry) => entry.id)).toEqual([7, 8]);
  });
});

describe('enrolment', () => {
  it('stores token, drops old blocks', async () => {
    await enrol();
    await hold({ ...block(), nextSeq: 41 });
    server.reply({ status: 201, body: { deviceId: 'dev-2', label: 'Tablet lapangan 3', channel: 'tablet', token: 'new-token' } });
    const outcome = await enrolDevice(' K7MX-3PAT-HW9C ', 'tablet', { baseUrl });
    expect(outcome.kind).toBe('enrolled');
    expect(server.received[0]?.body).toEqual({ code: 'K7MX-3PAT-HW9C', channel: 'tablet' });
    expect(await getEnrolment()).toMatchObject({ deviceId: 'dev-2', token: 'new-token', channel: 'tablet' });
    expect(await listHeldBlocks()).toEqual([]);
  });

  it('tells wrong code from offline', async () => {
    server.reply({ status: 422, body: { error: 'invalid', fields: [{ field: 'code', code: 'enrolmentCodeInvalid' }] } });
    expect((await enrolDevice('WRONG', 'kiosk', { baseUrl })).kind).toBe('invalidCode');
    server.reply({ status: 503, body: { error: 'internal' } });
    expect(await enrolDevice('ABCD', 'kiosk', { baseUrl })).toEqual({ kind: 'failed', status: 503 });
    await server.stop();
    expect((await enrolDevice('ABCD', 'kiosk', { baseUrl })).kind).toBe('offline');
    expect(await getEnrolment()).toBeUndefined();
  });
});
