import type { StatusResponse, SubmissionAccepted, SubmissionStatus } from '../../../src/domain/submission.ts';
import { samplePayload } from '../../support/payloads.ts';

/** Staff bearer token for browser tests that change a status; the server requires 16 characters or more. */
export const STAFF_TOKEN = 'browser-test-staff-token-0001';

/** Posts a synthetic information request to the intake server, as a device would, and returns the server's answer. */
export async function postSubmission(origin: string, agency = 'DINKES'): Promise<SubmissionAccepted> {
  const payload = samplePayload();
  const response = await fetch(`${origin}/api/v1/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...payload, values: { ...payload.values, agency } }),
  });
  if (response.status !== 201) throw new Error(`POST /api/v1/submissions returned HTTP ${response.status}: ${await response.text()}`);
  return (await response.json()) as SubmissionAccepted;
}

/** Changes a request's status through the staff endpoint, with the bearer token. */
export async function changeStatus(origin: string, registrationNumber: string, status: SubmissionStatus): Promise<StatusResponse> {
  const response = await fetch(`${origin}/api/v1/submissions/${encodeURIComponent(registrationNumber)}/status`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${STAFF_TOKEN}` },
    body: JSON.stringify({ status }),
  });
  if (!response.ok) throw new Error(`POST status of ${registrationNumber} returned HTTP ${response.status}: ${await response.text()}`);
  return (await response.json()) as StatusResponse;
}
