import type { ApiError } from '../../domain/submission.ts';
import type { EnrolledChannel, EnrolmentRequest, EnrolmentResponse } from '../../domain/numbering.ts';
import { rememberChannel } from '../device.ts';
import { getDatabase } from '../outbox/db.ts';
import { ENROLMENT_KEY, type StoredEnrolment } from './types.ts';

export const ENROL_URL = '/api/v1/devices/enrol';
const TIMEOUT_MS = 20_000;

export type EnrolOutcome =
  | { kind: 'enrolled'; enrolment: StoredEnrolment }
  | { kind: 'invalidCode' }
  | { kind: 'offline' }
  | { kind: 'failed'; status?: number };

/** Returns this device's enrolment, or undefined when it has never been enrolled. */
export async function getEnrolment(): Promise<StoredEnrolment | undefined> {
  return getDatabase().enrolment.get(ENROLMENT_KEY);
}

/** Returns the token for the server, or undefined when the device is not (or no longer) enrolled. */
export async function activeToken(): Promise<string | undefined> {
  const enrolment = await getEnrolment();
  return enrolment && enrolment.revokedAt === undefined ? enrolment.token : undefined;
}

/**
 * Enrols this device with a one-time code from an administrator. A new enrolment replaces an
 * old one and drops the old one's blocks: they belong to the old device id, so the server would
 * not honour their numbers for this one.
 */
export async function enrolDevice(code: string, channel: EnrolledChannel, { baseUrl = '', now = Date.now() } = {}): Promise<EnrolOutcome> {
  const request: EnrolmentRequest = { code: code.trim(), channel };
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${ENROL_URL}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: 'no-store',
    });
  } catch {
    return { kind: 'offline' };
  }
  if (response.status === 422) {
    const body = (await response.json().catch(() => undefined)) as ApiError | undefined;
    if (body?.fields?.some((field) => field.field === 'code')) return { kind: 'invalidCode' };
    return { kind: 'failed', status: response.status };
  }
  if (!response.ok) return { kind: 'failed', status: response.status };

  const enrolled = (await response.json()) as EnrolmentResponse;
  const enrolment: StoredEnrolment = {
    key: ENROLMENT_KEY,
    deviceId: enrolled.deviceId,
    label: enrolled.label,
    channel: enrolled.channel,
    token: enrolled.token,
    enrolledAt: now,
  };
  const database = getDatabase();
  await database.transaction('rw', database.enrolment, database.blocks, async () => {
    await database.blocks.clear();
    await database.enrolment.put(enrolment);
  });
  rememberChannel(enrolment.channel);
  return { kind: 'enrolled', enrolment };
}

/** Records that the server refused the token, and drops the blocks that came with it. */
export async function markEnrolmentRevoked(now = Date.now()): Promise<void> {
  const database = getDatabase();
  await database.transaction('rw', database.enrolment, database.blocks, async () => {
    await database.blocks.clear();
    await database.enrolment.update(ENROLMENT_KEY, { revokedAt: now });
  });
}
