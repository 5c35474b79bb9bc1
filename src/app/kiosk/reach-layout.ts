import { computeReachBand, type ReachBand } from '../../domain/kiosk/reach-band.ts';
import { getDeviceIdentity } from '../device.ts';
import { getKioskProfile, type KioskProfile } from './kiosk-profile.ts';
import { keepFocusInBand } from './reach-focus.ts';

let cachedBand: ReachBand | undefined;

/** Computes the band from a profile. Geometry counts only when both heights are set. */
export function reachBandOf(profile: Pick<KioskProfile, 'screenHeightMm' | 'screenBottomMm'>): ReachBand {
  const { screenHeightMm, screenBottomMm } = profile;
  const geometry = screenHeightMm !== undefined && screenBottomMm !== undefined ? { screenHeightMm, screenBottomMm } : undefined;
  return computeReachBand(geometry);
}

/** Returns this device's reach band, computed once from the kiosk profile. */
export function kioskReachBand(): ReachBand {
  if (!cachedBand) {
    cachedBand = reachBandOf(getKioskProfile());
    if (cachedBand.kind === 'none') {
      // Installers read the console while setting a kiosk up; visitors never see the layout offered.
      console.warn(`Reach layout not offered: the kiosk geometry leaves no usable band (${cachedBand.reason})`, getKioskProfile());
    }
  }
  return cachedBand;
}

/**
 * Returns whether this device offers the reach layout. It needs a band that is smaller than the
 * screen (a `whole-screen` kiosk is reachable everywhere already, a `none` one nowhere), and a
 * kiosk or tablet: a visitor's own phone or computer has no fixed height above the floor.
 */
export function isReachLayoutOffered(band: ReachBand = kioskReachBand(), channel = getDeviceIdentity().channel): boolean {
  return band.kind === 'band' && channel !== 'web';
}

/**
 * Sets the band on <html> as lengths of the viewport, `--reach-top` and `--reach-bottom`,
 * measured from the top. The layout (reach.css) assumes that Loket fills the screen, as it
 * does under `chromium --kiosk`. Without a band the properties are removed.
 */
export function applyReachBand(band: ReachBand, root: HTMLElement = document.documentElement): void {
  if (band.kind !== 'band') {
    root.style.removeProperty('--reach-top');
    root.style.removeProperty('--reach-bottom');
    return;
  }
  root.style.setProperty('--reach-top', viewportLength(band.top));
  root.style.setProperty('--reach-bottom', viewportLength(band.bottom));
}

function viewportLength(fraction: number): string {
  return `${Number((fraction * 100).toFixed(3))}dvh`;
}

/**
 * Sets up the reach layout once at startup: the band's position from the kiosk profile, and
 * the focus handling that keeps a focused control inside it. `band` is the element that
 * reach.css turns into the band, the app's root element.
 */
export function startReachLayout(band: HTMLElement): void {
  applyReachBand(kioskReachBand());
  keepFocusInBand(band);
}
