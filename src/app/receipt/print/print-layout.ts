/**
 * The paper this device prints receipts on: 'thermal' for an 80 mm receipt printer on a kiosk,
 * 'a4' for a service desk's office printer. It is a device setting, like the channel in
 * device.ts: set once by opening Loket with `?printer=thermal` or `?printer=a4`, kept in
 * localStorage, and the parameter is removed from the address bar. Without one it is 'a4'.
 */
export const PRINT_LAYOUTS = ['thermal', 'a4'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

const STORAGE_KEY = 'loket.printLayout';
const PARAMETER = 'printer';
const DEFAULT_LAYOUT: PrintLayout = 'a4';

export function isPrintLayout(value: unknown): value is PrintLayout {
  return typeof value === 'string' && (PRINT_LAYOUTS as readonly string[]).includes(value);
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage blocked (some private modes): the default applies.
    return null;
  }
}

/** Stores the layout for every later receipt on this device, for a staff setup screen. */
export function setPrintLayout(layout: PrintLayout): void {
  try {
    localStorage.setItem(STORAGE_KEY, layout);
  } catch {
    // Without localStorage the setting cannot outlive the page; receipts print on A4.
  }
}

/**
 * Applies a `?printer=` launch parameter when the address has one, then returns the stored
 * layout. An unknown value is ignored and left in the address, so it stays visible to staff.
 */
export function getPrintLayout(): PrintLayout {
  if (typeof location !== 'undefined') applyLaunchParameter();
  const stored = readStored();
  return isPrintLayout(stored) ? stored : DEFAULT_LAYOUT;
}

function applyLaunchParameter(): void {
  const params = new URLSearchParams(location.search);
  const requested = params.get(PARAMETER);
  if (requested !== null && !isPrintLayout(requested)) {
    console.warn(`Launch parameter printer=${requested} is invalid and was ignored: expected thermal or a4.`);
  }
  if (!isPrintLayout(requested)) return;
  setPrintLayout(requested);
  params.delete(PARAMETER);
  const query = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}
