// @vitest-environment node
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RegistrationParts } from '../../src/domain/registration-number.ts';
import type { BlockPlan, Device } from '../../src/server/storage/device-store.ts';
import { openSqliteStores, type SqliteStores } from '../../src/server/storage/sqlite-stores.ts';
import type { NewSubmission } from '../../src/server/storage/submission-store.ts';
import { createTemporaryDirectory, removeTemporaryDirectories } from './test-server.ts';

const AT = '2026-03-02T03:00:00.000Z';
const openStores: SqliteStores[] = [];

afterEach(async () => {
  await Promise.all(openStores.splice(0).map((stores) => stores.submissions.close()));
});

afterAll(async () => {
  await removeTemporaryDirectories();
});

async function open(dataDir?: string): Promise<SqliteStores & { dataDir: string }> {
  const directory = dataDir ?? (await createTemporaryDirectory('loket-devices-'));
  const stores = openSqliteStores(directory);
  openStores.push(stores);
  return { ...stores, dataDir: directory };
}

/** Builds a plan for DINKES PI 2026 only, with block size `size` and top-up below `size`. */
function plan(size: number, overrides: Partial<BlockPlan> = {}): BlockPlan {
  return {
    at: AT,
    currentYear: 2026,
    keys: [{ agency: 'DINKES', series: 'PI', year: 2026 }],
    usageSince: '2026-02-02T03:00:00.000Z',
    blockSize: () => size,
    topUpBelow: (blockSize) => blockSize,
    ...overrides,
  };
}

let codeCounter = 0;

async function enrol(stores: SqliteStores, label = 'Kiosk lobi'): Promise<Device> {
  codeCounter += 1;
  const number = codeCounter;
  const codeHash = `code-${number}`;
  await stores.devices.createEnrolmentCode({ codeHash, label, createdAt: AT, expiresAt: '2026-03-03T03:00:00.000Z' });
  const device = await stores.devices.enrol({ codeHash, channel: 'kiosk', deviceId: crypto.randomUUID(), tokenHash: `token-${number}`, at: AT });
  if (!device) throw new Error('enrolment failed');
  return device;
}

function newSubmission(overrides: Partial<NewSubmission> = {}): NewSubmission {
  return {
    id: crypto.randomUUID(),
    formId: 'information-request',
    formVersion: 1,
    agency: 'DINKES',
    series: 'PI',
    year: 2026,
    capturedAt: '2026-03-02T09:15:00+07:00',
    receivedAt: '2026-03-02T02:15:00.000Z',
    arrivedAt: AT,
    channel: 'kiosk',
    deviceId: 'kiosk-test-01',
    locale: 'id',
    provisionalCode: 'K7MX-3PAT',
    values: { name: 'Siti Contoh' },
    payloadHash: 'a'.repeat(64),
    trackingCode: 'ACEF3479',
    ...overrides,
  };
}

const format = ({ seq, agency, series, year }: RegistrationParts) => `${seq}/${agency}/${series}/${year}`;

describe('SQLite DeviceStore', () => {
  it('draws blocks and single numbers from one counter', async () => {
    const stores = await open();
    const device = await enrol(stores);

    const single = await stores.submissions.acceptSubmission(newSubmission(), format);
    const first = await stores.devices.exchangeBlocks(device.id, [], plan(10));
    const after = await stores.submissions.acceptSubmission(newSubmission(), format);

    expect(single.submission.seq).toBe(1);
    expect(first.blocks.map((block) => [block.firstSeq, block.lastSeq])).toEqual([[2, 11]]);
    expect(after.submission.seq).toBe(12);
  });

  it('reserves disjoint blocks through two connections', async () => {
    const first = await open();
    const second = await open(first.dataDir);
    const devices = await Promise.all(Array.from({ length: 6 }, (_, index) => enrol(index % 2 === 0 ? first : second, `Kiosk ${index}`)));

    const responses = await Promise.all(devices.map((device, index) => (index % 2 === 0 ? first : second).devices.exchangeBlocks(device.id, [], plan(7))));

    const ranges = responses.flatMap((response) => response.blocks.map((block) => [block.firstSeq, block.lastSeq]));
    expect(ranges.sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual([
      [1, 7],
      [8, 14],
      [15, 21],
      [22, 28],
      [29, 35],
      [36, 42],
    ]);
  });

  it('keeps the first reason when a block retires twice', async () => {
    const stores = await open();
    const device = await enrol(stores);
    await stores.devices.exchangeBlocks(device.id, [], plan(5));
    await stores.devices.exchangeBlocks(device.id, [], plan(5, { keys: [] }));

    await stores.devices.revokeDevice(device.id, '2026-03-03T00:00:00.000Z');
    const [listed] = await stores.devices.listDevices();

    expect(listed?.retiredBlocks.map((block) => [block.retiredReason, block.retiredAt])).toEqual([['notHeld', AT]]);
    expect(listed?.revokedAt).toBe('2026-03-03T00:00:00.000Z');
  });

  it('notes a claimed number even when it is not honoured', async () => {
    const stores = await open();
    const device = await enrol(stores);
    const [block] = (await stores.devices.exchangeBlocks(device.id, [], plan(5))).blocks;
    if (!block) throw new Error('no block');

    // The capture fell in 2027, so the 2026 block number cannot be honoured.
    const result = await stores.submissions.acceptSubmission(
      newSubmission({ year: 2027, enrolledDeviceId: device.id, blockNumber: { blockId: block.id, seq: 4 } }),
      format,
    );
    const stale = await stores.devices.exchangeBlocks(device.id, [{ blockId: block.id, nextSeq: 4 }], plan(5));

    expect(result.submission.claimedNumber).toBe('4/DINKES/PI/2026');
    expect(result.submission.registrationNumber).toBe('1/DINKES/PI/2027');
    expect(result.submission.blockNumber).toBeUndefined();
    expect(stale.retired).toEqual([block.id]);
  });

  it('stores an honoured block number with its block', async () => {
    const stores = await open();
    const device = await enrol(stores);
    const [block] = (await stores.devices.exchangeBlocks(device.id, [], plan(5))).blocks;
    if (!block) throw new Error('no block');

    const result = await stores.submissions.acceptSubmission(newSubmission({ enrolledDeviceId: device.id, blockNumber: { blockId: block.id, seq: 5 } }), format);
    const [listed] = await stores.devices.listDevices();

    expect(result.submission.blockNumber).toEqual({ blockId: block.id, seq: 5 });
    expect(result.submission.claimedNumber).toBeUndefined();
    expect(listed?.blocks[0]).toMatchObject({ used: 1, highestSeenSeq: 5 });
  });

  it('refuses an enrolment code at its expiry instant', async () => {
    const stores = await open();
    await stores.devices.createEnrolmentCode({ codeHash: 'expiring', label: 'Kiosk', createdAt: AT, expiresAt: '2026-03-03T03:00:00.000Z' });
    const attempt = { codeHash: 'expiring', channel: 'kiosk' as const, deviceId: crypto.randomUUID(), tokenHash: 'token-expiring' };

    const late = await stores.devices.enrol({ ...attempt, at: '2026-03-03T03:00:00.000Z' });
    const inTime = await stores.devices.enrol({ ...attempt, at: '2026-03-03T02:59:59.999Z' });

    expect(late).toBeUndefined();
    expect(inTime?.label).toBe('Kiosk');
  });

  it('finds only active devices by token hash', async () => {
    const stores = await open();
    const device = await enrol(stores);
    const tokenHash = `token-${codeCounter}`;

    const before = await stores.devices.findActiveDeviceByTokenHash(tokenHash);
    await stores.devices.revokeDevice(device.id, AT);
    const after = await stores.devices.findActiveDeviceByTokenHash(tokenHash);

    expect(before?.id).toBe(device.id);
    expect(after).toBeUndefined();
  });
});
