// @vitest-environment node
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { BlocksResponse, EnrolmentResponse } from '../../src/domain/numbering.ts';
import type { DeploymentConfig } from '../../src/server/deployment-config.ts';
import type { DeviceWithBlocks } from '../../src/server/storage/device-store.ts';
import { SQLITE_FILE_NAME } from '../../src/server/storage/sqlite-database.ts';
import { blockFor, createEnrolmentCode, enrolDevice, exchangeBlocks, numberedPayload, submit } from './device-client.ts';
import { createPayload, removeTemporaryDirectories, STAFF_TOKEN, startTestServer, TEST_CONFIG, type TestServer } from './test-server.ts';

const servers: TestServer[] = [];
let now = new Date('2026-03-02T03:00:00Z');

async function start(config: DeploymentConfig = TEST_CONFIG): Promise<TestServer> {
  const server = await startTestServer({ config, now: () => now, staffToken: STAFF_TOKEN });
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  now = new Date('2026-03-02T03:00:00Z');
});

afterAll(async () => {
  await removeTemporaryDirectories();
});

function staff(): Record<string, string> {
  return { authorization: `Bearer ${STAFF_TOKEN}` };
}

async function listDevices(server: TestServer): Promise<DeviceWithBlocks[]> {
  const response = await server.get('/api/v1/admin/devices', staff());
  expect(response.status).toBe(200);
  return ((await response.json()) as { devices: DeviceWithBlocks[] }).devices;
}

describe('enrolment', () => {
  it('creates a one-time code that expires after 24 hours', async () => {
    const server = await start();

    const response = await server.post('/api/v1/admin/enrolment-codes', { label: 'Kiosk lobi' }, staff());
    const body = (await response.json()) as { code: string; label: string; expiresAt: string };

    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body.code).toMatch(/^[ACEFHKMNPRTWXY34679]{4}-[ACEFHKMNPRTWXY34679]{4}-[ACEFHKMNPRTWXY34679]{4}$/);
    expect(body.label).toBe('Kiosk lobi');
    expect(body.expiresAt).toBe('2026-03-03T03:00:00.000Z');
  });

  it('enrols a device with a typed code and returns its token once', async () => {
    const server = await start();
    const code = await createEnrolmentCode(server, 'Tablet layanan keliling');
    const typed = ` ${code.toLowerCase().replaceAll('-', ' ')} `;

    const response = await server.post('/api/v1/devices/enrol', { code: typed, channel: 'tablet' });
    const body = (await response.json()) as EnrolmentResponse;

    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body.deviceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(body.label).toBe('Tablet layanan keliling');
    expect(body.channel).toBe('tablet');
    expect(body.token).toMatch(/^[\w-]{43}$/);
  });

  it('stores neither the code nor the token', async () => {
    const server = await start();
    const code = await createEnrolmentCode(server);
    const enrolment = (await (await server.post('/api/v1/devices/enrol', { code, channel: 'kiosk' })).json()) as EnrolmentResponse;

    const db = new Database(join(server.dataDir, SQLITE_FILE_NAME), { readonly: true });
    let stored: string;
    try {
      stored = JSON.stringify([db.prepare('SELECT * FROM enrolment_codes').all(), db.prepare('SELECT * FROM devices').all()]);
    } finally {
      db.close();
    }

    expect(stored).toContain(enrolment.deviceId);
    expect(stored).not.toContain(code.replaceAll('-', ''));
    expect(stored).not.toContain(enrolment.token);
  });

  it('answers a used, expired, wrong or malformed code identically', async () => {
    const server = await start();
    const used = await createEnrolmentCode(server);
    expect((await server.post('/api/v1/devices/enrol', { code: used, channel: 'kiosk' })).status).toBe(201);
    const expiring = await createEnrolmentCode(server);
    now = new Date('2026-03-03T03:00:00Z'); // exactly 24 hours later

    const answers = await Promise.all(
      [used, expiring, 'AAAA-CCCC-EEEE', 'abc'].map((code) => server.post('/api/v1/devices/enrol', { code, channel: 'kiosk' })),
    );

    for (const answer of answers) {
      expect(answer.status).toBe(422);
      expect(await answer.text()).toBe('{"error":"invalid","fields":[{"field":"code","code":"enrolmentCodeInvalid"}]}');
    }
  });

  it('lets only one of two racing devices use a code', async () => {
    const server = await start();
    const code = await createEnrolmentCode(server);

    const answers = await Promise.all([1, 2, 3].map(() => server.post('/api/v1/devices/enrol', { code, channel: 'kiosk' })));

    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 422, 422]);
    expect(await listDevices(server)).toHaveLength(1);
  });

  it('validates the enrolment body', async () => {
    const server = await start();

    const web = await server.post('/api/v1/devices/enrol', { code: 'AAAA-CCCC-EEEE', channel: 'web' });
    const empty = await server.post('/api/v1/devices/enrol', { extra: 1 });

    expect(web.status).toBe(422);
    expect(await web.json()).toEqual({ error: 'invalid', fields: [{ field: 'channel', code: 'optionInvalid' }] });
    expect(await empty.json()).toEqual({
      error: 'invalid',
      fields: [
        { field: 'extra', code: 'unknownField' },
        { field: 'code', code: 'required' },
        { field: 'channel', code: 'required' },
      ],
    });
  });

  it('needs the staff token for codes and device lists', async () => {
    const server = await start();
    const closed = await startTestServer({ now: () => now });
    servers.push(closed);

    const anonymous = await server.post('/api/v1/admin/enrolment-codes', { label: 'Kiosk' });
    const asDevice = await server.get('/api/v1/admin/devices', { authorization: `Bearer ${(await enrolDevice(server)).token}` });
    const switchedOff = await closed.get('/api/v1/admin/devices', staff());

    expect(anonymous.status).toBe(401);
    expect(asDevice.status).toBe(401);
    expect(switchedOff.status).toBe(403);
  });

  it('validates the label', async () => {
    const server = await start();

    const missing = await server.post('/api/v1/admin/enrolment-codes', {}, staff());
    const long = await server.post('/api/v1/admin/enrolment-codes', { label: 'x'.repeat(101) }, staff());
    const bidi = await server.post('/api/v1/admin/enrolment-codes', { label: 'Kiosk \u202e' }, staff());

    expect(await missing.json()).toEqual({ error: 'invalid', fields: [{ field: 'label', code: 'required' }] });
    expect(await long.json()).toEqual({ error: 'invalid', fields: [{ field: 'label', code: 'tooLong', max: 100 }] });
    expect(await bidi.json()).toEqual({ error: 'invalid', fields: [{ field: 'label', code: 'invalid' }] });
  });
});

describe('POST /api/v1/devices/me/blocks', () => {
  it('rejects a missing, unknown or revoked token with 401', async () => {
    const server = await start();
    const device = await enrolDevice(server);
    await exchangeBlocks(server, device.token, []);
    expect((await server.post(`/api/v1/admin/devices/${device.deviceId}/revoke`, {}, staff())).status).toBe(200);

    const missing = await server.post('/api/v1/devices/me/blocks', { holdings: [] });
    const unknown = await server.post('/api/v1/devices/me/blocks', { holdings: [] }, { authorization: 'Bearer not-a-device-token' });
    const revoked = await server.post('/api/v1/devices/me/blocks', { holdings: [] }, { authorization: `Bearer ${device.token}` });

    for (const response of [missing, unknown, revoked]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.json()).toEqual({ error: 'unauthorized' });
    }
  });

  it('gives a new device a minimum block for every offered agency and series', async () => {
    const server = await start();
    const device = await enrolDevice(server);

    const response = await exchangeBlocks(server, device.token, []);

    expect(response.retired).toEqual([]);
    const agencies = ['DISKOMINFO', 'DINKES', 'KEC-CILEDUG'];
    expect(response.blocks.map((block) => [block.agency, block.series])).toEqual(
      agencies.flatMap((agency) => [
        [agency, 'PI'],
        [agency, 'KB'],
        [agency, 'PG'],
      ]),
    );
    expect(response.blocks.map((block) => [block.firstSeq, block.lastSeq, block.year])).toEqual(Array(9).fill([1, 5, 2026]));
    const ids = response.blocks.map((block) => block.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('keeps the blocks of a device that reports them', async () => {
    const server = await start();
    const device = await enrolDevice(server);
    const first = await exchangeBlocks(server, device.token, []);

    const second = await exchangeBlocks(server, device.token, first.blocks.map((block) => ({ blockId: block.id, nextSeq: block.firstSeq })));

    expect(second).toEqual(first);
  });

  it('sizes new blocks from the device use in the window', async () => {
    const config: DeploymentConfig = {
      ...TEST_CONFIG,
      numberBlocks: { minSize: 4, maxSize: 10, coverDays: 7, usageWindowDays: 7, topUpFraction: 0.5, nextYearFromDays: 14, enrolmentCodeHours: 24 },
    };
    const server = await start(config);
    const device = await enrolDevice(server);
    const first = await exchangeBlocks(server, device.token, []);
    const dinkes = blockFor(first, 'DINKES', 2026);
    const untouched = first.blocks.map((block) => ({ blockId: block.id, nextSeq: block.firstSeq }));
    // Six requests while the device had no number at hand: the server numbers them (5 to 10).
    for (let index = 0; index < 6; index += 1) {
      expect((await submit(server, createPayload(), device.token)).status).toBe(201);
    }

    // Use 6 in 7 days, cover 7 days: size 6, top-up below 3. The device still has 4.
    const enough = await exchangeBlocks(server, device.token, untouched);
    expect(enough.blocks).toEqual(first.blocks);

    for (const seq of [1, 2]) expect((await submit(server, numberedPayload(dinkes, seq), device.token)).status).toBe(201);
    const afterUse = untouched.map((holding) => (holding.blockId === dinkes.id ? { ...holding, nextSeq: 3 } : holding));

    // Use 8: size 8, top-up below 4. The device has 2, so it gets 8 more, after the server's 10.
    const toppedUp = await exchangeBlocks(server, device.token, afterUse);
    const added = toppedUp.blocks.filter((block) => !first.blocks.some((old) => old.id === block.id));
    expect(added).toEqual([expect.objectContaining({ agency: 'DINKES', firstSeq: 11, lastSeq: 18 })]);

    // Eight days later the use has left the window: size 4, top-up below 2, and the device has 10.
    now = new Date('2026-03-10T03:00:00Z');
    const later = await exchangeBlocks(server, device.token, [...afterUse, { blockId: (added[0] as { id: number }).id, nextSeq: 11 }]);
    expect(later.blocks).toEqual(toppedUp.blocks);
  });

  it('retires a block whose next number the server has seen used', async () => {
    const server = await start();
    const device = await enrolDevice(server);
    const first = await exchangeBlocks(server, device.token, []);
    const dinkes = blockFor(first, 'DINKES', 2026);
    expect((await submit(server, numberedPayload(dinkes, 3), device.token)).status).toBe(201);
    const holdings = first.blocks.map((block) => ({ blockId: block.id, nextSeq: block.firstSeq }));

    // The device reports 1 as its next number, but the server has seen 3 used, so the device lost state.
    const response = await exchangeBlocks(server, device.token, holdings);

    expect(response.retired).toEqual([dinkes.id]);
    expect(response.blocks.some((block) => block.id === dinkes.id)).toBe(false);
    expect(blockFor(response, 'DINKES', 2026).firstSeq).toBe(6);
    const [listed] = await listDevices(server);
    expect(listed?.retiredBlocks).toEqual([expect.objectContaining({ id: dinkes.id, retiredReason: 'staleState', used: 1, highestSeenSeq: 3 })]);
  });

  it('retires blocks the device does not report', async () => {
    const server = await start();
    const device = await enrolDevice(server);
    const first = await exchangeBlocks(server, device.token, []);

    // The device lost the response to its first exchange, or was wiped, and reports nothing.
    const second = await exchangeBlocks(server, device.token, []);

    expect(second.retired).toEqual([]);
    expect(second.blocks.map((block) => block.firstSeq)).toEqual(Array(9).fill(6));
    const [listed] = await listDevices(server);
    expect(listed?.retiredBlocks.map((block) => [block.id, block.retiredReason])).toEqual(first.blocks.map((block) => [block.id, 'notHeld']));
  });

  it('lists a reported block of another device as retired without touching it', async () => {
    const server = await start();
    const owner = await enrolDevice(server, 'Kiosk A');
    const other = await enrolDevice(server, 'Kiosk B');
    const owned = await exchangeBlocks(server, owner.token, []);
    const foreign = blockFor(owned, 'DINKES', 2026);

    const response = await exchangeBlocks(server, other.token, [{ blockId: foreign.id, nextSeq: foreign.firstSeq }, { blockId: 9999, nextSeq: 1 }]);
    const ownerAgain = await exchangeBlocks(server, owner.token, owned.blocks.map((block) => ({ blockId: block.id, nextSeq: block.firstSeq })));

    expect(response.retired).toEqual([foreign.id, 9999]);
    expect(ownerAgain.blocks).toEqual(owned.blocks);
  });

  it('retires an exhausted block and replaces it', async () => {
    const server = await start();
    const device = await enrolDevice(server);
    const first = await exchangeBlocks(server, device.token, []);
    const dinkes = blockFor(first, 'DINKES', 2026);

    const response = await exchangeBlocks(
      server,
      device.token,
      first.blocks.map((block) => ({ blockId: block.id, nextSeq: block.id === dinkes.id ? block.lastSeq + 1 : block.firstSeq })),
    );

    expect(response.retired).toEqual([dinkes.id]);
    expect(blockFor(response, 'DINKES', 2026).firstSeq).toBe(6);
  });

  it('validates the holdings', async () => {
    const server = await start();
    const device = await enrolDevice(server);
    const post = (body: unknown) => server.post('/api/v1/devices/me/blocks', body, { authorization: `Bearer ${device.token}` });

    const missing = await post({});
    const notList = await post({ holdings: 'all' });
    const badEntries = await post({ holdings: [{ blockId: 1, nextSeq: 0 }, { blockId: 1, nextSeq: 2 }, 'x', { blockId: 2, nextSeq: 1, extra: true }] });

    expect(await missing.json()).toEqual({ error: 'invalid', fields: [{ field: 'holdings', code: 'required' }] });
    expect(await notList.json()).toEqual({ error: 'invalid', fields: [{ field: 'holdings', code: 'invalid' }] });
    expect(await badEntries.json()).toEqual({
      error: 'invalid',
      fields: [
        { field: 'holdings[0].nextSeq', code: 'invalid' },
        { field: 'holdings[1].blockId', code: 'duplicate' },
        { field: 'holdings[2]', code: 'invalid' },
        { field: 'holdings[3].extra', code: 'unknownField' },
      ],
    });
  });

  it('records the exchange as the last contact', async () => {
    const server = await start();
    const device = await enrolDevice(server);
    expect((await listDevices(server))[0]?.lastSeenAt).toBeNull();
    now = new Date('2026-03-02T05:00:00Z');

    await exchangeBlocks(server, device.token, []);

    expect((await listDevices(server))[0]?.lastSeenAt).toBe('2026-03-02T05:00:00.000Z');
  });
});

describe('revoking a device', () => {
  it('retires its blocks and stops honouring its numbers', async () => {
    const server = await start();
    const device = await enrolDevice(server);
    const blocks: BlocksResponse = await exchangeBlocks(server, device.token, []);
    const dinkes = blockFor(blocks, 'DINKES', 2026);
    expect((await submit(server, numberedPayload(dinkes, 1), device.token)).status).toBe(201);
    now = new Date('2026-03-02T04:00:00Z');

    const response = await server.post(`/api/v1/admin/devices/${device.deviceId}/revoke`, {}, staff());
    const queued = await submit(server, numberedPayload(dinkes, 2), device.token);
    const [listed] = await listDevices(server);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: device.deviceId, revokedAt: '2026-03-02T04:00:00.000Z' });
    // The queued request still lands, under a number of the server's own.
    expect(queued.status).toBe(201);
    expect(queued.body.replacedNumber).toBe('2/PPID/DINKES/PI/2026');
    expect(queued.body.registrationNumber).toBe('6/PPID/DINKES/PI/2026');
    expect(listed?.blocks).toEqual([]);
    expect(listed?.retiredBlocks.map((block) => block.retiredReason)).toEqual(Array(9).fill('revoked'));
    expect(listed?.retiredBlocks.find((block) => block.id === dinkes.id)?.used).toBe(1);
  });

  it('answers 404 for an unknown device', async () => {
    const server = await start();

    const response = await server.post('/api/v1/admin/devices/00000000-0000-4000-8000-000000000000/revoke', {}, staff());

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'notFound' });
  });
});
