/**
 * The kiosk's hardware, set once per device like its identity (device.ts): launch Loket with
 * query parameters, for example
 * `/?channel=kiosk&screenHeightMm=400&screenBottomMm=760&reach=on&hand=left&keyboard=onscreen`.
 * The values are kept in localStorage and the parameters removed from the address bar.
 *
 * - `screenHeightMm`, `screenBottomMm`: height of the visible screen area and of its lower edge
 *   above the floor, in millimetres. They place the reach band, the part of the screen a seated
 *   visitor can reach. Without them the band is the lower part of the screen.
 * - `reach=on|off`: whether the reach layout is on for each new visitor.
 * - `hand=left|right|none`: the side a visitor in a wheelchair approaches from, when the kiosk
 *   stands so that only a side approach is possible; controls then gather on that side.
 * - `keyboard=onscreen|physical`: whether the kiosk lacks a physical keyboard and needs Loket's
 *   own on-screen keyboard.
 */
export type ApproachSide = 'left' | 'right' | 'none';

export interface KioskProfile {
  screenHeightMm?: number;
  screenBottomMm?: number;
  reachByDefault: boolean;
  hand: ApproachSide;
  onScreenKeyboard: boolean;
}

const STORAGE_KEY = 'loket.kiosk';
const PARAMS = ['screenHeightMm', 'screenBottomMm', 'reach', 'hand', 'keyboard'] as const;
const DEFAULT_PROFILE: KioskProfile = { reachByDefault: false, hand: 'none', onScreenKeyboard: false };
let cached: KioskProfile | undefined;

function readStored(): Partial<KioskProfile> {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<KioskProfile>;
  } catch {
    // Storage blocked or a hand-edited value: the defaults suit a standing-height kiosk.
    return {};
  }
}

/** Reads a length in millimetres from a launch parameter: a positive number up to 3 m, else undefined. */
function millimetres(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number > 0 && number <= 3000 ? number : undefined;
}

/** Reads a two-word switch such as `reach=on|off`: true, false, or undefined for anything else. */
function switchValue(value: string | null, onWord: string, offWord: string): boolean | undefined {
  if (value === onWord) return true;
  if (value === offWord) return false;
  return undefined;
}

function isSide(value: unknown): value is ApproachSide {
  return value === 'left' || value === 'right' || value === 'none';
}

/** The profile field each launch parameter sets. */
const PROFILE_KEYS = {
  screenHeightMm: 'screenHeightMm',
  screenBottomMm: 'screenBottomMm',
  reach: 'reachByDefault',
  hand: 'hand',
  keyboard: 'onScreenKeyboard',
} as const satisfies Record<(typeof PARAMS)[number], keyof KioskProfile>;

const ACCEPTED_VALUES: Record<(typeof PARAMS)[number], string> = {
  screenHeightMm: 'millimetres above 0, up to 3000',
  screenBottomMm: 'millimetres above 0, up to 3000',
  reach: 'on or off',
  hand: 'left, right or none',
  keyboard: 'onscreen or physical',
};

/** Logs each launch parameter whose value is invalid, so an installer can find a mistyped measurement in the console. */
function warnAboutInvalid(params: URLSearchParams, profile: KioskProfile): void {
  const valid: Record<(typeof PARAMS)[number], (value: string) => boolean> = {
    screenHeightMm: (value) => millimetres(value) !== undefined,
    screenBottomMm: (value) => millimetres(value) !== undefined,
    reach: (value) => switchValue(value, 'on', 'off') !== undefined,
    hand: isSide,
    keyboard: (value) => switchValue(value, 'onscreen', 'physical') !== undefined,
  };
  for (const name of PARAMS) {
    const value = params.get(name);
    if (value === null || valid[name](value)) continue;
    const kept = PROFILE_KEYS[name];
    console.warn(
      `Kiosk launch parameter ${name}=${value} is invalid and was ignored: expected ${ACCEPTED_VALUES[name]}. ` +
        `The kiosk keeps ${kept}=${String(profile[kept])}.`,
    );
  }
}

/** Parses launch parameters over a stored profile; unknown or malformed values keep the stored ones. */
export function parseKioskProfile(params: URLSearchParams, stored: Partial<KioskProfile>): KioskProfile {
  const profile = readProfile(params, stored);
  warnAboutInvalid(params, profile);
  return profile;
}

function readProfile(params: URLSearchParams, stored: Partial<KioskProfile>): KioskProfile {
  const hand = params.get('hand');
  return {
    screenHeightMm: millimetres(params.get('screenHeightMm')) ?? stored.screenHeightMm,
    screenBottomMm: millimetres(params.get('screenBottomMm')) ?? stored.screenBottomMm,
    reachByDefault: switchValue(params.get('reach'), 'on', 'off') ?? stored.reachByDefault ?? DEFAULT_PROFILE.reachByDefault,
    hand: isSide(hand) ? hand : isSide(stored.hand) ? stored.hand : DEFAULT_PROFILE.hand,
    onScreenKeyboard: switchValue(params.get('keyboard'), 'onscreen', 'physical') ?? stored.onScreenKeyboard ?? DEFAULT_PROFILE.onScreenKeyboard,
  };
}

/** Applies launch parameters, then returns the stored profile. */
export function getKioskProfile(): KioskProfile {
  if (cached) return cached;
  const params = typeof location === 'undefined' ? new URLSearchParams() : new URLSearchParams(location.search);
  cached = parseKioskProfile(params, readStored());
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(cached));
  } catch {
    // Without localStorage the profile lasts for this page only.
  }
  if (PARAMS.some((name) => params.has(name))) {
    for (const name of PARAMS) params.delete(name);
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }
  return cached;
}
