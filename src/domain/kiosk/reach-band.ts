/**
 * The reach band: the part of a kiosk screen that a seated visitor, for example in a wheelchair,
 * can reach. ADA 2010 §308 puts controls 380–1220 mm above the floor, and 1120 mm over a counter
 * or other obstruction. A kiosk screen usually sits behind such an obstruction, so the default
 * upper limit is 1120 mm.
 */

/** Height above the floor, in millimetres, of the lowest and highest point a control may have. */
export interface ReachLimits {
  lowMm: number;
  highMm: number;
}

/** The visible screen area, in millimetres: its height and the height of its lower edge above the floor. */
export interface ScreenGeometry {
  screenHeightMm: number;
  screenBottomMm: number;
}

export const DEFAULT_REACH_LIMITS: ReachLimits = { lowMm: 380, highMm: 1120 };

/**
 * Smallest band, in millimetres, that still fits a control and room to scroll to the next one.
 * NOTE: an estimate. A 44 CSS px button on a 32-inch portrait kiosk (about 0.37 mm per CSS px)
 * is 16 mm tall, or 33 mm at 200 % text, so 50 mm fits one row at the largest text size.
 */
export const MIN_BAND_MM = 50;

/**
 * Without geometry the band is the lower half of the screen. NOTE: a guess that suits a typical
 * counter kiosk. On a portrait kiosk standing on the floor only the lower third may be within
 * reach, so a city should measure and set the geometry.
 */
export const DEFAULT_BAND_TOP = 0.5;

/**
 * Where controls may go, as fractions of the screen height measured from its top edge:
 * 0 is the top, 1 the bottom, and `top < bottom`.
 * - `band`: only part of the screen is within reach. `basis` is `geometry` when the kiosk's
 *   geometry placed it, `default` for a kiosk without geometry.
 * - `whole-screen`: every point of the screen is within reach, so no special layout is needed.
 * - `none`: no usable band. `above` means the whole screen is above the upper limit, `below`
 *   that it is below the lower limit, and `too-small` that the band is shorter than MIN_BAND_MM.
 */
export type ReachBand =
  | { kind: 'band'; top: number; bottom: number; basis: 'geometry' | 'default' }
  | { kind: 'whole-screen'; top: 0; bottom: 1 }
  | { kind: 'none'; reason: 'above' | 'below' | 'too-small' };

/**
 * Computes the reach band of a screen. Without geometry it returns the default lower half.
 * Throws a RangeError for a non-positive screen height, a negative lower edge, or limits whose
 * low end is not below the high end.
 */
export function computeReachBand(geometry: ScreenGeometry | undefined, limits: ReachLimits = DEFAULT_REACH_LIMITS): ReachBand {
  checkLimits(limits);
  if (!geometry) return { kind: 'band', top: DEFAULT_BAND_TOP, bottom: 1, basis: 'default' };
  checkGeometry(geometry);

  const { screenHeightMm, screenBottomMm } = geometry;
  const screenTopMm = screenBottomMm + screenHeightMm;
  if (screenBottomMm >= limits.highMm) return { kind: 'none', reason: 'above' };
  if (screenTopMm <= limits.lowMm) return { kind: 'none', reason: 'below' };

  // The reachable stretch of the screen, in millimetres above the floor.
  const reachableTopMm = Math.min(screenTopMm, limits.highMm);
  const reachableBottomMm = Math.max(screenBottomMm, limits.lowMm);
  if (reachableTopMm === screenTopMm && reachableBottomMm === screenBottomMm) return { kind: 'whole-screen', top: 0, bottom: 1 };
  if (reachableTopMm - reachableBottomMm < MIN_BAND_MM) return { kind: 'none', reason: 'too-small' };

  return {
    kind: 'band',
    top: (screenTopMm - reachableTopMm) / screenHeightMm,
    bottom: (screenTopMm - reachableBottomMm) / screenHeightMm,
    basis: 'geometry',
  };
}

function checkLimits({ lowMm, highMm }: ReachLimits): void {
  if (!(Number.isFinite(lowMm) && Number.isFinite(highMm) && lowMm >= 0 && lowMm < highMm)) {
    throw new RangeError(`Invalid reach limits ${lowMm}–${highMm} mm: expected 0 ≤ low < high`);
  }
}

function checkGeometry({ screenHeightMm, screenBottomMm }: ScreenGeometry): void {
  if (!(Number.isFinite(screenHeightMm) && screenHeightMm > 0)) {
    throw new RangeError(`Invalid screen height ${screenHeightMm} mm: expected a positive number`);
  }
  if (!(Number.isFinite(screenBottomMm) && screenBottomMm >= 0)) {
    throw new RangeError(`Invalid screen bottom ${screenBottomMm} mm: expected a height of 0 or more above the floor`);
  }
}
