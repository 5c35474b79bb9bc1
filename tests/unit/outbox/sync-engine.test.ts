import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../src/app/outbox/db.ts';
import { enqueue, getRecord, purgeExpired } from '../../../src/app/outbox/outbox.ts';
import { SyncEngine } from '../../../src/app/outbox/sync-engine.ts';
import { samplePayload, sampleReceipt } from '../../support/payloads.ts';
import { dropDatabase, useFreshDatabase } from '../../support/fresh-database.ts';
import { ScriptedServer } from '../../support/scripted-server.ts';

const HOUR = 3_600_000;
let server: ScriptedServer;
let baseUrl: string;
let clock: number;

function engine(overrides: Partial<ConstructorParameters<typeof SyncEngine>[0]> = {}): SyncEngine {
  return new SyncEngine({ retentionMs: 24 * HOUR, baseUrl, timeoutMs: 2_000, now: () => clock, random: () => 0.5, ...overrides });
}

async function queue(count = 1) {
  const payloads = Array.from({ length: count }, () => samplePayload());
  for (const [index, payload] of payloads.entries()) await enqueue(payload, sampleReceipt(payload), clock + index);
  return payloads;
}

beforeEach(async () => {
  clock = Date.parse('2026-12-04T03:00:00Z');
  useFreshDatabase('sync');
  server = new ScriptedServer();
  baseUrl = await server.start();
});

afterEach(async () => {
  await server.stop();
  await dropDatabase();
});

describe('sync engine', () => {
  it('sends a queued submission once', async () => {
    const [payload] = await queue();
    const report = await engine().sync();

    expect(report.sent).toEqual([payload?.id]);
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.body).toEqual(payload);
    const record = await getRecord(payload!.id);
    expect(record?.state).toBe('sent');
    expect(record?.registrationNumber).toBe('1/PPID/DINKES/PI/2026');
    expect(record?.trackingCode).toBe('TRACK123');
  });

  it('goes on when recording a send fails', async () => {
    const [first, second] = await queue(2);
    // The first acknowledgement cannot be written, as on a device whose storage is full.
    let failures = 0;
    getDatabase().outbox.hook('updating', (_changes, key) => {
      if (key === first!.id && failures === 0) {
        failures += 1;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return undefined;
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const report = await engine().sync({ ignoreBackoff: true });
      expect(report.retried).toEqual([first?.id]);
      expect(report.sent).toEqual([second?.id]);
      expect((await getRecord(first!.id))?.state).toBe('queued');
      expect(JSON.stringify(error.mock.calls)).not.toContain('Siti Contoh');
    } finally {
      error.mockRestore();
    }

    const retry = await engine().sync({ ignoreBackoff: true });
    expect(retry.sent).toEqual([first?.id]);
    expect((await getRecord(first!.id))?.state).toBe('sent');
  });

  it('keeps only personal answers after acknowledgement', async () => {
    const [payload] = await queue();
    await engine().sync();

    const record = await getRecord(payload!.id);
    expect(record?.payload?.values).toEqual({
      nik: '3671014501900001',
      name: 'Siti Contoh',
      address: 'Jl. Contoh No. 1, Cipondoh',
      phone: '+6281234567890',
      email: 'siti.contoh@example.org',
    });
    expect(record?.purgeAfter).toBe(clock + 24 * HOUR);
    expect(record?.receipt.answers.details).toBe(payload?.values.details);
  });

  it('purges answers after retention', async () => {
    const [payload] = await queue();
    await engine().sync();

    expect(await purgeExpired(clock + 24 * HOUR - 1)).toBe(0);
    expect(await purgeExpired(clock + 24 * HOUR)).toBe(1);
    const record = await getRecord(payload!.id);
    expect(record?.payload).toBeUndefined();
    expect(record?.trackingCode).toBeUndefined();
    expect(record?.receipt.answers).toEqual({});
    expect(record?.registrationNumber).toBe('1/PPID/DINKES/PI/2026');
    expect(record?.receipt.agency).toBe('DINKES');
    expect(record?.receipt.formId).toBe('information-request');
    // The same moment, as the server writes it back in UTC.
    expect(Date.parse(record?.receipt.capturedAt ?? '')).toBe(Date.parse(payload?.capturedAt ?? ''));
  });

  it('keeps queued answers past retention', async () => {
    const [payload] = await queue();

    expect(await purgeExpired(clock + 365 * 24 * HOUR)).toBe(0);
    expect((await getRecord(payload!.id))?.payload).toEqual(payload);
  });

  it('retries a 503 after backoff', async () => {
    const [payload] = await queue();
    server.reply({ status: 503, body: { error: 'unavailable' } });

    const first = await engine().sync();
    expect(first.retried).toEqual([payload?.id]);
    const waiting = await getRecord(payload!.id);
    expect(waiting?.state).toBe('queued');
    expect(waiting?.attempts).toBe(1);
    expect(waiting?.lastError).toEqual({ status: 503, code: 'unavailable' });
    // Equal jitter with random 0.5: three quarters of the 5 s base delay.
    expect(waiting?.nextAttemptAt).toBe(clock + 3_750);

    expect((await engine().sync()).sent).toEqual([]);
    clock += 3_750;
    expect((await engine().sync()).sent).toEqual([payload?.id]);
    expect(server.received).toHaveLength(2);
  });

  it.each([408, 429, 500, 502, 504])('treats %i as retryable', async (status) => {
    const [payload] = await queue();
    server.reply({ status, body: { error: 'busy' } });

    await engine().sync();
    expect((await getRecord(payload!.id))?.state).toBe('queued');
  });

  it('honours Retry-After on 429', async () => {
    const [payload] = await queue();
    server.reply({ status: 429, body: { error: 'rateLimited' }, headers: { 'Retry-After': '120' } });

    await engine().sync();
    expect((await getRecord(payload!.id))?.nextAttemptAt).toBe(clock + 120_000);
  });

  it.each([400, 409, 413, 415, 422])('keeps a %i rejection for attention', async (status) => {
    const [payload] = await queue();
    const fields = status === 422 ? [{ field: 'nik', code: 'nikDate' }] : undefined;
    server.reply({ status, body: { error: 'invalid', fields } });

    const report = await engine().sync({ ignoreBackoff: true });
    expect(report.rejected).toEqual([payload?.id]);
    const record = await getRecord(payload!.id);
    expect(record?.state).toBe('attention');
    expect(record?.payload).toEqual(payload);
    expect(record?.lastError).toEqual({ status, code: 'invalid', fields });

    await engine().sync({ ignoreBackoff: true });
    expect(server.received).toHaveLength(1);
  });

  it('stops the pass when the network is down', async () => {
    const payloads = await queue(3);
    await server.stop();

    const report = await engine().sync();
    expect(report.retried).toEqual([payloads[0]?.id]);
    expect((await getRecord(payloads[1]!.id))?.attempts).toBe(0);
  });

  it('retries after a timeout', async () => {
    const [payload] = await queue();
    server.reply({ status: 201, body: {}, delayMs: 1_000 });

    await engine({ timeoutMs: 200 }).sync();
    const record = await getRecord(payload!.id);
    expect(record?.state).toBe('queued');
    expect(record?.lastError?.code).toBe('timeout');
  });

  it('sends each submission once under concurrent triggers', async () => {
    const payloads = await queue(5);
    const tabOne = engine();
    const tabTwo = engine();
    // Slow responses keep the passes of both tabs overlapping.
    const original = server.fallback;
    server.fallback = (body) => ({ ...original(body), delayMs: 50 });

    await Promise.all([tabOne.sync(), tabOne.sync({ ignoreBackoff: true }), tabTwo.sync(), tabOne.sync(), tabTwo.sync({ ignoreBackoff: true })]);

    const sentIds = server.received.map((request) => (request.body as { id: string }).id);
    expect(sentIds.sort()).toEqual(payloads.map((payload) => payload.id).sort());
  });

  it('ignores backoff when asked', async () => {
    const [payload] = await queue();
    server.reply({ status: 503 });
    await engine().sync();

    const report = await engine().sync({ ignoreBackoff: true });
    expect(report.sent).toEqual([payload?.id]);
  });
});
