import { expect } from 'vitest';
import type { BlockHolding, BlocksResponse, EnrolmentResponse, NumberBlock } from '../../src/domain/numbering.ts';
import type { SubmissionAccepted, SubmissionPayload } from '../../src/domain/submission.ts';
import { createPayload, STAFF_TOKEN, type TestServer } from './test-server.ts';

/** Creates an enrolment code with the staff token; the server must have been started with STAFF_TOKEN. */
export async function createEnrolmentCode(server: TestServer, label = 'Kiosk lobi Dinas Kesehatan'): Promise<string> {
  const response = await server.post('/api/v1/admin/enrolment-codes', { label }, { authorization: `Bearer ${STAFF_TOKEN}` });
  expect(response.status).toBe(201);
  return ((await response.json()) as { code: string }).code;
}

/** Enrols a new kiosk through the API and returns its id and token. */
export async function enrolDevice(server: TestServer, label?: string): Promise<EnrolmentResponse> {
  const code = await createEnrolmentCode(server, label);
  const response = await server.post('/api/v1/devices/enrol', { code, channel: 'kiosk' });
  expect(response.status).toBe(201);
  return (await response.json()) as EnrolmentResponse;
}

export async function exchangeBlocks(server: TestServer, token: string, holdings: BlockHolding[]): Promise<BlocksResponse> {
  const response = await server.post('/api/v1/devices/me/blocks', { holdings }, { authorization: `Bearer ${token}` });
  expect(response.status).toBe(200);
  return (await response.json()) as BlocksResponse;
}

/**
 * Returns the device's only block for an agency, year and series (information requests by
 * default); fails the test when there is not exactly one.
 */
export function blockFor(response: BlocksResponse, agency: string, year: number, series = 'PI'): NumberBlock {
  const blocks = response.blocks.filter((block) => block.agency === agency && block.year === year && block.series === series);
  expect(blocks).toHaveLength(1);
  return blocks[0] as NumberBlock;
}

/** Returns a submission to the block's agency (or to `agency`) that carries a number from the block. */
export function numberedPayload(block: NumberBlock, seq: number, overrides: Partial<SubmissionPayload> = {}, agency = block.agency): SubmissionPayload {
  return createPayload({ blockNumber: { blockId: block.id, seq }, ...overrides }, { agency });
}

export async function submit(server: TestServer, payload: SubmissionPayload, token?: string): Promise<{ status: number; body: SubmissionAccepted }> {
  const response = await server.post('/api/v1/submissions', payload, token === undefined ? {} : { authorization: `Bearer ${token}` });
  return { status: response.status, body: (await response.json()) as SubmissionAccepted };
}
