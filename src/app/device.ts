import { CHANNELS, type Channel } from '../domain/submission.ts';

/**
 * The device's own configuration: its id and channel (kiosk, tablet or web), so the city can
 * count requests per channel, and how long personal answers stay after the server has them.
 * A kiosk or tablet is set up once by opening Loket with query parameters, for example
 * `/?channel=kiosk&device=KIOSK-DISKOMINFO-1&retentionHours=24`. The values are kept in
 * localStorage and the parameters are removed from the address bar.
 */
export interface DeviceIdentity {
  deviceId: string;
  channel: Channel;
  /** Hours that personal answers stay on the device after the server acknowledged them. */
  retentionHours: number;
}

const STORAGE_KEY = 'loket.device';
const DEFAULT_RETENTION_HOURS = 24;
let cached: DeviceIdentity | undefined;

function readStored(): Partial<DeviceIdentity> {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<DeviceIdentity>;
  } catch {
    // Storage blocked (some private modes) or a hand-edited value: start from defaults.
    return {};
  }
}

function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/**
 * Logs each setup parameter that is ignored. A mistyped `channel=kios` would otherwise leave
 * a kiosk running as a `web` device, without the idle reset or the autofill protection.
 */
function warnAboutInvalidParameters(channel: string | null, deviceId: string | null, retention: string | null, stored: Partial<DeviceIdentity>): void {
  if (channel !== null && !isChannel(channel)) {
    const kept = isChannel(stored.channel) ? stored.channel : 'web';
    console.warn(`Launch parameter channel=${channel} is invalid and was ignored: expected ${CHANNELS.join(', ')}. The device stays ${kept}.`);
  }
  if (deviceId !== null && !/^[\w.-]{1,100}$/.test(deviceId)) {
    console.warn('Launch parameter device is invalid and was ignored: expected 1 to 100 letters, digits, dots, dashes or underscores.');
  }
  if (retention !== null && !(Number(retention) > 0)) {
    console.warn(`Launch parameter retentionHours=${retention} is invalid and was ignored: expected a number of hours above 0.`);
  }
}

/** Applies setup parameters from the launch URL, then returns the stored identity. */
export function getDeviceIdentity(): DeviceIdentity {
  if (cached) return cached;
  const stored = readStored();
  const params = typeof location === 'undefined' ? new URLSearchParams() : new URLSearchParams(location.search);

  const channel = params.get('channel');
  const deviceId = params.get('device');
  const retention = Number(params.get('retentionHours'));
  warnAboutInvalidParameters(channel, deviceId, params.get('retentionHours'), stored);
  cached = {
    deviceId: deviceId && /^[\w.-]{1,100}$/.test(deviceId) ? deviceId : stored.deviceId ?? crypto.randomUUID(),
    channel: isChannel(channel) ? channel : isChannel(stored.channel) ? stored.channel : 'web',
    retentionHours: retention > 0 ? retention : stored.retentionHours ?? DEFAULT_RETENTION_HOURS,
  };

  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(cached));
  } catch {
    // Without localStorage the identity lasts for this page only; submissions still carry it.
  }
  if (params.has('channel') || params.has('device') || params.has('retentionHours')) {
    for (const name of ['channel', 'device', 'retentionHours']) params.delete(name);
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }
  return cached;
}

/**
 * True on a kiosk that strangers share, where the browser must keep nothing one visitor typed:
 * no autofill, no suggestions. Tablets are handled by staff and phones by their owner.
 */
export function isSharedDevice(): boolean {
  return getDeviceIdentity().channel === 'kiosk';
}

/** Records the channel an enrolment gave this device, so it applies before the next launch too. */
export function rememberChannel(channel: Channel): void {
  const identity = { ...getDeviceIdentity(), channel };
  cached = identity;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(identity));
  } catch {
    // Without localStorage the channel lasts for this page; enrolled submissions carry it anyway.
  }
}
