/**
 * How far a device's capture time may lie before the arrival and still count as the moment of
 * receipt. A kiosk can stay offline for weeks; a capture older than this points to a wrong
 * device clock rather than a long outage.
 */
export const MAX_CAPTURE_AGE_MS = 60 * 86_400_000;

/** How far a capture time may lie after the arrival, to allow for a device clock running a little fast. */
export const MAX_CAPTURE_LEAD_MS = 5 * 60_000;

export interface EffectiveReceipt {
  /** The legal moment of receipt, ISO 8601 UTC. */
  receivedAt: string;
  /** When the server received the request, ISO 8601 UTC. */
  arrivedAt: string;
}

/**
 * Decides the legal moment of receipt. UU 14/2008 Pasal 22 dates a request from when it is
 * received, which for a kiosk that was offline is the capture on the device, not the upload.
 * A capture time outside [arrival - 60 days, arrival + 5 minutes] comes from a wrong device
 * clock, so the arrival is used instead. `capturedAt` must be a valid ISO 8601 date-time.
 */
export function effectiveReceipt(capturedAt: string, arrival: Date): EffectiveReceipt {
  const captured = Date.parse(capturedAt);
  const arrivalMs = arrival.getTime();
  const plausible = captured >= arrivalMs - MAX_CAPTURE_AGE_MS && captured <= arrivalMs + MAX_CAPTURE_LEAD_MS;
  const arrivedAt = arrival.toISOString();
  return { receivedAt: plausible ? new Date(captured).toISOString() : arrivedAt, arrivedAt };
}
