/**
 * How far a device's capture time may lie before the arrival and still count as the moment of
 * receipt. A kiosk can stay offline for weeks; a capture older than this points to a wrong
 * device clock rather than a long outage.
 */
export const MAX_CAPTURE_AGE_MS = 60 * 86_400_000;

/** How far a capture time may lie after the arrival, to allow for a device clock running a little fast. */
export const MAX_CAPTURE_LEAD_MS = 5 * 60_000;

/**
 * The difference between the device's clock at sending and the server's clock above which the
 * capture time is corrected by it. Below it lie network delay and ordinary drift.
 */
export const MAX_CLOCK_SKEW_MS = 2 * 60_000;

export interface EffectiveReceipt {
  /** The legal moment of receipt, ISO 8601 UTC. */
  receivedAt: string;
  /** When the server received the request, ISO 8601 UTC. */
  arrivedAt: string;
}

/**
 * Decides the legal moment of receipt. UU 14/2008 Pasal 22 dates a request from when it is
 * received, which for a kiosk that was offline is the capture on the device, not the upload.
 *
 * A device that sends its own clock reading (`deviceTime`, taken when it sent the request)
 * shows how far its clock is off. A capture time from the same wrong clock is off by as much,
 * so it is corrected by that difference when the difference exceeds MAX_CLOCK_SKEW_MS. A
 * capture time that still lies outside [arrival - 60 days, arrival + 5 minutes] comes from a
 * wrong device clock, so the arrival is used instead. Both times must be valid ISO 8601.
 */
export function effectiveReceipt(capturedAt: string, arrival: Date, deviceTime?: string): EffectiveReceipt {
  const arrivalMs = arrival.getTime();
  const skew = deviceTime === undefined ? 0 : Date.parse(deviceTime) - arrivalMs;
  const captured = Date.parse(capturedAt) - (Math.abs(skew) > MAX_CLOCK_SKEW_MS ? skew : 0);
  const plausible = captured >= arrivalMs - MAX_CAPTURE_AGE_MS && captured <= arrivalMs + MAX_CAPTURE_LEAD_MS;
  const arrivedAt = arrival.toISOString();
  return { receivedAt: plausible ? new Date(captured).toISOString() : arrivedAt, arrivedAt };
}
