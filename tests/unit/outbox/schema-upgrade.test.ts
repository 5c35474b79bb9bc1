import { afterEach, describe, expect, it } from 'vitest';
import { LoketDatabase, SCHEMA_VERSIONS } from '../../../src/app/outbox/db.ts';
import { samplePayload, sampleReceipt } from '../../support/payloads.ts';

const opened: LoketDatabase[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close();
    await database.delete();
  }
});

describe('outbox schema upgrade', () => {
  const latest = SCHEMA_VERSIONS.at(-1)?.version ?? 0;

  for (const { version } of SCHEMA_VERSIONS.slice(0, -1)) {
    it(`keeps queued submissions from version ${version}`, async () => {
      const name = `upgrade-${version}-${crypto.randomUUID()}`;
      const old = new LoketDatabase(name, version);
      const payloads = [samplePayload(), samplePayload({ channel: 'tablet' }), samplePayload({ locale: 'en' })];
      // Records as that version wrote them: version 1 had no retry bookkeeping yet.
      const written = payloads.map((payload, index) => ({
        id: payload.id,
        state: 'queued' as const,
        createdAt: 1_000 + index,
        receipt: sampleReceipt(payload),
        payload,
        ...(version >= 2 ? { attempts: 0, nextAttemptAt: 0 } : {}),
      }));
      await old.table('outbox').bulkAdd(written);
      old.close();

      const upgraded = new LoketDatabase(name);
      opened.push(upgraded);
      await upgraded.open();

      expect(upgraded.verno).toBe(latest);
      const records = await upgraded.outbox.orderBy('createdAt').toArray();
      expect(records).toHaveLength(written.length);
      for (const [index, record] of records.entries()) {
        const before = written[index];
        expect(record.id).toBe(before?.id);
        expect(record.state).toBe('queued');
        expect(record.payload).toEqual(before?.payload);
        expect(record.receipt).toEqual(before?.receipt);
        expect(record.attempts).toBe(0);
        expect(record.nextAttemptAt).toBe(0);
      }
      expect(await upgraded.outbox.where('state').equals('queued').count()).toBe(written.length);
    });
  }

  it('adds an attachments table that stores Blobs', async () => {
    const name = `upgrade-attachments-${crypto.randomUUID()}`;
    const old = new LoketDatabase(name, 3);
    const payload = samplePayload();
    await old.table('outbox').add({ id: payload.id, state: 'queued', createdAt: 1_000, receipt: sampleReceipt(payload), payload, attempts: 0, nextAttemptAt: 0 });
    old.close();

    const upgraded = new LoketDatabase(name);
    opened.push(upgraded);
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    await upgraded.attachments.add({
      submissionId: payload.id,
      position: 0,
      sha256: '0'.repeat(64),
      name: 'foto-ktp.jpg',
      type: 'image/jpeg',
      size: bytes.length,
      blob: new Blob([bytes], { type: 'image/jpeg' }),
      uploaded: false,
    });

    const rows = await upgraded.attachments.where('submissionId').equals(payload.id).toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await rows[0]!.blob.arrayBuffer())).toEqual(bytes);
    expect((await upgraded.outbox.get(payload.id))?.payload).toEqual(payload);
  });

  it('declares versions in ascending order', () => {
    const versions = SCHEMA_VERSIONS.map((schema) => schema.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });
});
