// @vitest-environment node
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlockHolding, BlocksResponse, EnrolmentResponse, NumberBlock } from '../../src/domain/numbering.ts';
import type { SubmissionAccepted, SubmissionPayload } from '../../src/domain/submission.ts';
import { calendarYearIn } from '../../src/server/calendar-year.ts';
import type { DeviceWithBlocks } from '../../src/server/storage/device-store.ts';
import { prepareBundledRoot, runBundled, runBundledAdmin, waitForLogLine } from './bundled-server.ts';
import { createPayload, removeTemporaryDirectories, STAFF_TOKEN } from './test-server.ts';

const DEVICE_COUNT = 4;
const UNNUMBERED_PER_DEVICE = 10;
const env = { LOKET_DATA_DIR: 'shared-data', LOKET_STAFF_TOKEN: STAFF_TOKEN };
let root: string;

beforeAll(async () => {
  root = await prepareBundledRoot();
}, 60_000);

afterAll(async () => {
  await removeTemporaryDirectories();
});

interface Sent {
  payload: SubmissionPayload;
  status: number;
  body: SubmissionAccepted;
}

interface Key {
  agency: string;
  series: string;
  year: number;
}

function keyOf({ agency, series, year }: Key): string {
  return `${agency}/${series}/${year}`;
}

/** Parses `{seq}/PPID/{agency}/{series}/{year}`, the pattern of config/loket.json. */
function parseNumber(number: string): Key & { seq: number } {
  const [seq, , agency, series, year] = number.split('/');
  return { seq: Number(seq), agency: agency as string, series: series as string, year: Number(year) };
}

describe('number blocks across two server processes', () => {
  it('never give a number twice under concurrent devices', async () => {
    const servers = [runBundled(root, 'main.js', env), runBundled(root, 'main.js', env)];
    try {
      const ports = await Promise.all(servers.map(async (running) => (await waitForLogLine(running, 'server started')).port as number));
      const base = (index: number) => `http://127.0.0.1:${ports[index % 2]}`;
      const post = async (index: number, path: string, body: unknown, token?: string) => {
        const response = await fetch(base(index) + path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json()) as unknown };
      };

      // Enrolment codes come from the bundled admin CLI, on the database the servers share.
      const codes: string[] = [];
      for (let index = 0; index < DEVICE_COUNT; index += 1) {
        const run = await runBundledAdmin(root, env, ['enrolment-code', '--label', `Kiosk ${index + 1}`, '--json']);
        expect(run.exitCode).toBe(0);
        codes.push((JSON.parse(run.stdout) as { code: string }).code);
      }
      const devices = await Promise.all(
        codes.map(async (code, index) => {
          const response = await post(index, '/api/v1/devices/enrol', { code, channel: 'kiosk' });
          expect(response.status).toBe(201);
          return response.body as EnrolmentResponse;
        }),
      );
      const year = calendarYearIn('Asia/Jakarta', new Date());
      const firstExchanges = await Promise.all(
        devices.map(async (device, index) => (await post(index + 1, '/api/v1/devices/me/blocks', { holdings: [] }, device.token)).body as BlocksResponse),
      );

      // Every device issues all its DINKES numbers, the first one twice (two tabs that raced),
      // while the server draws numbers for unnumbered requests and devices exchange blocks again.
      const submissions: Promise<Sent>[] = [];
      let blockNumberCount = 0;
      const exchanges: Promise<BlocksResponse>[] = [];
      const send = (index: number, payload: SubmissionPayload, token?: string) =>
        submissions.push(post(index, '/api/v1/submissions', payload, token).then((response) => ({ payload, ...response }) as Sent));
      devices.forEach((device, deviceIndex) => {
        const blocks = firstExchanges[deviceIndex] as BlocksResponse;
        const dinkes = blocks.blocks.find((block) => block.agency === 'DINKES' && block.year === year) as NumberBlock;
        const capturedAt = new Date().toISOString();
        blockNumberCount += dinkes.lastSeq - dinkes.firstSeq + 1;
        for (let seq = dinkes.firstSeq; seq <= dinkes.lastSeq; seq += 1) {
          send(seq, createPayload({ capturedAt, blockNumber: { blockId: dinkes.id, seq } }), device.token);
        }
        send(deviceIndex, createPayload({ capturedAt, blockNumber: { blockId: dinkes.id, seq: dinkes.firstSeq } }), device.token);
        for (let index = 0; index < UNNUMBERED_PER_DEVICE; index += 1) send(index, createPayload({ capturedAt }), index % 2 === 0 ? device.token : undefined);
        const holdings: BlockHolding[] = blocks.blocks.map((block) => ({ blockId: block.id, nextSeq: block.id === dinkes.id ? block.lastSeq + 1 : block.firstSeq }));
        exchanges.push(post(deviceIndex, '/api/v1/devices/me/blocks', { holdings }, device.token).then((response) => response.body as BlocksResponse));
      });
      const sent = await Promise.all(submissions);
      await Promise.all(exchanges);

      const listResponse = await fetch(`${base(0)}/api/v1/admin/devices`, { headers: { authorization: `Bearer ${STAFF_TOKEN}` } });
      const { devices: listed } = (await listResponse.json()) as { devices: DeviceWithBlocks[] };
      const allBlocks = listed.flatMap((device) => [...device.blocks, ...device.retiredBlocks]);

      expect(sent.map((entry) => entry.status)).toEqual(sent.map(() => 201));
      const numbers = sent.map((entry) => entry.body.registrationNumber);
      expect(new Set(numbers).size).toBe(numbers.length);

      // Block ranges of one agency, series and year never overlap.
      const byKey = new Map<string, [number, number][]>();
      for (const block of allBlocks) byKey.set(keyOf(block), [...(byKey.get(keyOf(block)) ?? []), [block.firstSeq, block.lastSeq]]);
      for (const ranges of byKey.values()) {
        ranges.sort((a, b) => a[0] - b[0]);
        for (let index = 1; index < ranges.length; index += 1) expect((ranges[index] as [number, number])[0]).toBeGreaterThan((ranges[index - 1] as [number, number])[1]);
      }

      // A number the server drew itself never falls inside a block.
      const drawn = sent.filter((entry) => entry.payload.blockNumber === undefined || entry.body.replacedNumber !== undefined);
      for (const entry of drawn) {
        const parsed = parseNumber(entry.body.registrationNumber);
        const inside = allBlocks.some((block) => keyOf(block) === keyOf(parsed) && parsed.seq >= block.firstSeq && parsed.seq <= block.lastSeq);
        expect(inside, entry.body.registrationNumber).toBe(false);
      }

      // Each block number is honoured exactly once, and the racing duplicate gets a new number.
      const claimed = new Map<string, Sent[]>();
      for (const entry of sent.filter((candidate) => candidate.payload.blockNumber !== undefined)) {
        const block = allBlocks.find((candidate) => candidate.id === entry.payload.blockNumber?.blockId) as NumberBlock;
        const number = `${entry.payload.blockNumber?.seq}/PPID/${block.agency}/${block.series}/${block.year}`;
        claimed.set(number, [...(claimed.get(number) ?? []), entry]);
      }
      expect(claimed.size).toBe(blockNumberCount);
      for (const [number, entries] of claimed) {
        const honoured = entries.filter((entry) => entry.body.registrationNumber === number && entry.body.replacedNumber === undefined);
        const replaced = entries.filter((entry) => entry.body.replacedNumber === number);
        expect(honoured, number).toHaveLength(1);
        expect(replaced, number).toHaveLength(entries.length - 1);
      }
    } finally {
      for (const running of servers) running.child.kill('SIGTERM');
    }
    await Promise.all(servers.map((running) => once(running.child, 'exit')));
  }, 60_000);
});
