import { useEffect, useState } from 'preact/hooks';
import { getKioskProfile } from '../kiosk/kiosk-profile.ts';
import { installKeypadKeys } from './keypad-keys.ts';
import { OnScreenKeyboard } from './OnScreenKeyboard.tsx';

/**
 * Keypad support on every device, and the on-screen keyboard on kiosks whose profile sets
 * `onScreenKeyboard` (launched with `keyboard=onscreen`). App renders it once, after the main content.
 */
export function KeyboardLayer() {
  useEffect(installKeypadKeys, []);
  const [profile] = useState(getKioskProfile);
  return profile.onScreenKeyboard ? <OnScreenKeyboard /> : null;
}
