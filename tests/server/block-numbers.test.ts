// @vitest-environment node
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { StatusResponse } from '../../src/domain/submission.ts';
import type { DeviceWithBlocks } from '../../src/server/storage/device-store.ts';
import { blockFor, enrolDevice, exchangeBlocks, numberedPayload, submit } from './device-client.ts';
import { createPayload, removeTemporaryDirectories, STAFF_TOKEN, startTestServer, statusPath, type TestServer } from './test-server.ts';

let server: TestServer;
let now = new Date('2026-03-02T03:00:00Z');

async function start(): Promise<TestServer> {
  server = await startTestServer({ now: () => now, staffToken: STAFF_TOKEN });
  return server;
}

afterEach(async () => {
  await server.close();
  now = new Date('2026-03-02T03:00:00Z');
});

afterAll(async () => {
  await removeTemporaryDirectories();
});

async function retiredReasons(): Promise<Record<number, string | null>> {
  const response = await server.get('/api/v1/admin/devices', { authorization: `Bearer ${STAFF_TOKEN}` });
  const { devices } = (await response.json()) as { devices: DeviceWithBlocks[] };
  return Object.fromEntries(devices.flatMap((device) => device.retiredBlocks.map((block) => [block.id, block.retiredReason])));
}

async function lookUp(number: string, code: string): Promise<Response> {
  return server.get(statusPath(number, code));
}

describe('block numbers on submissions', () => {
  it('are honoured for the owning device, and a retry answers the same', async () => {
    await start();
    const device = await enrolDevice(server);
    const dinkes = blockFor(await exchangeBlocks(server, device.token, []), 'DINKES', 2026);
    const payload = numberedPayload(dinkes, 3, { trackingCode: 'ACEF3479' });

    const first = await submit(server, payload, device.token);
    const retry = await submit(server, payload, device.token);
    // A server-drawn number skips the block's range.
    const unnumbered = await submit(server, createPayload());

    expect(first.status).toBe(201);
    expect(first.body.registrationNumber).toBe('3/PPID/DINKES/PI/2026');
    expect(first.body.trackingCode).toBe('ACEF3479');
    expect(first.body).not.toHaveProperty('replacedNumber');
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(unnumbered.body.registrationNumber).toBe('6/PPID/DINKES/PI/2026');
  });

  it.each([
    ['without a token', 'none', 'DINKES', 2],
    ['with an unknown token', 'unknown', 'DINKES', 2],
    ['for another agency', 'own', 'KEC-CILEDUG', 2],
    ['outside the block', 'own', 'DINKES', 6],
  ])('are replaced %s', async (_label, sentToken, agency, seq) => {
    await start();
    const device = await enrolDevice(server);
    const dinkes = blockFor(await exchangeBlocks(server, device.token, []), 'DINKES', 2026);
    const token = { none: undefined, unknown: 'unknown-device-token', own: device.token }[sentToken as 'none' | 'unknown' | 'own'];

    const result = await submit(server, numberedPayload(dinkes, seq, { trackingCode: 'ACEF3479' }, agency), token);

    expect(result.status).toBe(201);
    expect(result.body.replacedNumber).toBe(`${seq}/PPID/DINKES/PI/2026`);
    expect(result.body.registrationNumber).toMatch(new RegExp(`^6/PPID/${agency}/PI/2026$`));
    // The printed number still finds the submission with its tracking code.
    expect((await lookUp(`${seq}/PPID/DINKES/PI/2026`, 'ACEF3479')).status).toBe(200);
    // The block stays in use: nothing was issued twice.
    expect(await retiredReasons()).toEqual({});
  });

  it('are replaced for a block of another device', async () => {
    await start();
    const owner = await enrolDevice(server, 'Kiosk A');
    const other = await enrolDevice(server, 'Kiosk B');
    const dinkes = blockFor(await exchangeBlocks(server, owner.token, []), 'DINKES', 2026);

    const result = await submit(server, numberedPayload(dinkes, 1), other.token);
    const ownerUse = await submit(server, numberedPayload(dinkes, 1), owner.token);

    expect(result.body.replacedNumber).toBe('1/PPID/DINKES/PI/2026');
    expect(ownerUse.body.registrationNumber).toBe('1/PPID/DINKES/PI/2026');
    expect(ownerUse.body).not.toHaveProperty('replacedNumber');
  });

  it('replace a number used twice and retire the block', async () => {
    await start();
    const device = await enrolDevice(server);
    const dinkes = blockFor(await exchangeBlocks(server, device.token, []), 'DINKES', 2026);

    const first = await submit(server, numberedPayload(dinkes, 1, { trackingCode: 'ACEF3479' }), device.token);
    const second = await submit(server, numberedPayload(dinkes, 1, { trackingCode: 'HKMN4679' }), device.token);
    const secondRetry = await submit(server, numberedPayload(dinkes, 1, { id: second.body.id, trackingCode: 'HKMN4679' }), device.token);

    expect(first.body.registrationNumber).toBe('1/PPID/DINKES/PI/2026');
    expect(second.body.registrationNumber).toBe('6/PPID/DINKES/PI/2026');
    expect(second.body.replacedNumber).toBe('1/PPID/DINKES/PI/2026');
    expect(secondRetry.status).toBe(200);
    expect(secondRetry.body.replacedNumber).toBe('1/PPID/DINKES/PI/2026');
    expect(await retiredReasons()).toEqual({ [dinkes.id]: 'numberReused' });
    // One printed number, two receipts: each tracking code finds its own submission.
    const firstLookup = (await (await lookUp('1/PPID/DINKES/PI/2026', 'ACEF3479')).json()) as StatusResponse;
    const secondLookup = (await (await lookUp('1/PPID/DINKES/PI/2026', 'HKMN4679')).json()) as StatusResponse;
    expect(firstLookup.registrationNumber).toBe('1/PPID/DINKES/PI/2026');
    expect(secondLookup.registrationNumber).toBe('6/PPID/DINKES/PI/2026');
    expect((await lookUp('1/PPID/DINKES/PI/2026', 'CCCCCCCC')).status).toBe(404);
  });
});

describe('a wiped device', () => {
  it('never gets or honours a number of its old blocks', async () => {
    await start();
    const before = await enrolDevice(server, 'Kiosk lobi');
    const oldBlocks = await exchangeBlocks(server, before.token, []);
    const oldDinkes = blockFor(oldBlocks, 'DINKES', 2026);
    expect((await submit(server, numberedPayload(oldDinkes, 1), before.token)).status).toBe(201);

    // Wiped: the kiosk lost its token and blocks, and enrols again with a new code.
    const after = await enrolDevice(server, 'Kiosk lobi');
    const newBlocks = await exchangeBlocks(server, after.token, []);
    const reuse = await submit(server, numberedPayload(oldDinkes, 2), after.token);

    for (const block of newBlocks.blocks) {
      const old = oldBlocks.blocks.find((candidate) => candidate.agency === block.agency);
      expect(block.firstSeq).toBeGreaterThan(old?.lastSeq ?? 0);
    }
    expect(reuse.body.replacedNumber).toBe('2/PPID/DINKES/PI/2026');
    expect(reuse.body.registrationNumber).toBe('11/PPID/DINKES/PI/2026');
  });
});

describe('a device restored from an old backup', () => {
  it('has the block retired and a reprinted number replaced', async () => {
    await start();
    const device = await enrolDevice(server);
    const blocks = await exchangeBlocks(server, device.token, []);
    const dinkes = blockFor(blocks, 'DINKES', 2026);
    const backup = blocks.blocks.map((block) => ({ blockId: block.id, nextSeq: block.firstSeq }));
    // After the backup the device issued 1 and 2, and sent them.
    const original = await submit(server, numberedPayload(dinkes, 1, { trackingCode: 'ACEF3479' }), device.token);
    await submit(server, numberedPayload(dinkes, 2), device.token);

    // Restored, it prints number 1 again while offline, and sends that request first.
    const reprint = await submit(server, numberedPayload(dinkes, 1, { trackingCode: 'HKMN4679' }), device.token);
    const exchange = await exchangeBlocks(server, device.token, backup.map((holding) => (holding.blockId === dinkes.id ? { ...holding, nextSeq: 2 } : holding)));

    expect(original.body.registrationNumber).toBe('1/PPID/DINKES/PI/2026');
    expect(reprint.body.replacedNumber).toBe('1/PPID/DINKES/PI/2026');
    expect(reprint.body.registrationNumber).toBe('6/PPID/DINKES/PI/2026');
    expect(exchange.retired).toEqual([dinkes.id]);
    expect(blockFor(exchange, 'DINKES', 2026).firstSeq).toBe(7);
    expect(await retiredReasons()).toEqual({ [dinkes.id]: 'numberReused' });
    const found = (await (await lookUp('1/PPID/DINKES/PI/2026', 'HKMN4679')).json()) as StatusResponse;
    expect(found.registrationNumber).toBe('6/PPID/DINKES/PI/2026');
  });

  it('has the block retired when it reports first', async () => {
    await start();
    const device = await enrolDevice(server);
    const blocks = await exchangeBlocks(server, device.token, []);
    const dinkes = blockFor(blocks, 'DINKES', 2026);
    const backup = blocks.blocks.map((block) => ({ blockId: block.id, nextSeq: block.firstSeq }));
    await submit(server, numberedPayload(dinkes, 1), device.token);

    const exchange = await exchangeBlocks(server, device.token, backup);

    expect(exchange.retired).toEqual([dinkes.id]);
    expect(await retiredReasons()).toEqual({ [dinkes.id]: 'staleState' });
  });
});

describe('year rollover in WIB', () => {
  const lastMinute = new Date('2026-12-31T16:59:00Z'); // 23:59 WIB on 31 December 2026
  const newYear = new Date('2026-12-31T17:00:00Z'); // 00:00 WIB on 1 January 2027

  it('adds next-year blocks from 14 days before 1 January', async () => {
    await start();
    const device = await enrolDevice(server);
    now = new Date('2026-12-17T03:00:00Z'); // 15 days before
    const early = await exchangeBlocks(server, device.token, []);
    now = new Date('2026-12-18T03:00:00Z'); // 14 days before

    const inWindow = await exchangeBlocks(server, device.token, early.blocks.map((block) => ({ blockId: block.id, nextSeq: block.firstSeq })));

    // Three agencies with three series each.
    expect(early.blocks.map((block) => block.year)).toEqual(Array(9).fill(2026));
    expect(inWindow.blocks.map((block) => block.year).sort()).toEqual([...Array(9).fill(2026), ...Array(9).fill(2027)]);
    expect(blockFor(inWindow, 'DINKES', 2027).firstSeq).toBe(1);
  });

  it('numbers by the year of the capture and replaces a last-year number', async () => {
    await start();
    const device = await enrolDevice(server);
    now = lastMinute;
    const blocks = await exchangeBlocks(server, device.token, []);
    const dinkes2026 = blockFor(blocks, 'DINKES', 2026);
    const dinkes2027 = blockFor(blocks, 'DINKES', 2027);

    const lastOf2026 = await submit(server, numberedPayload(dinkes2026, 1, { capturedAt: lastMinute.toISOString() }), device.token);
    now = newYear;
    const firstOf2027 = await submit(server, numberedPayload(dinkes2027, 1, { capturedAt: newYear.toISOString() }), device.token);
    // A device whose clock or block choice lagged: a 2026 number on a capture from 2027.
    const lagging = await submit(server, numberedPayload(dinkes2026, 2, { capturedAt: newYear.toISOString() }), device.token);
    // Sent after midnight but captured before it: still 2026.
    const lateSent = await submit(server, numberedPayload(dinkes2026, 3, { capturedAt: lastMinute.toISOString() }), device.token);
    const unnumbered = await submit(server, createPayload({ capturedAt: newYear.toISOString() }));

    expect(lastOf2026.body.registrationNumber).toBe('1/PPID/DINKES/PI/2026');
    expect(firstOf2027.body.registrationNumber).toBe('1/PPID/DINKES/PI/2027');
    expect(lagging.body.replacedNumber).toBe('2/PPID/DINKES/PI/2026');
    expect(lagging.body.registrationNumber).toBe('6/PPID/DINKES/PI/2027');
    expect(lateSent.body.registrationNumber).toBe('3/PPID/DINKES/PI/2026');
    expect(unnumbered.body.registrationNumber).toBe('7/PPID/DINKES/PI/2027');
  });

  it('retires last-year blocks at the first exchange of the new year', async () => {
    await start();
    const device = await enrolDevice(server);
    now = lastMinute;
    const blocks = await exchangeBlocks(server, device.token, []);
    now = newYear;

    const response = await exchangeBlocks(server, device.token, blocks.blocks.map((block) => ({ blockId: block.id, nextSeq: block.firstSeq })));

    const lastYear = blocks.blocks.filter((block) => block.year === 2026).map((block) => block.id);
    expect(response.retired).toEqual(lastYear);
    expect(response.blocks.every((block) => block.year === 2027)).toBe(true);
    expect(response.blocks).toHaveLength(9);
  });
});
