/**
 * The shift key's state: off, on for the next letter only, or locked for every letter (caps
 * lock), as on a phone's keyboard. Each press moves to the next state.
 */
export type ShiftState = 'off' | 'once' | 'locked';

export function nextShiftState(state: ShiftState): ShiftState {
  if (state === 'off') return 'once';
  if (state === 'once') return 'locked';
  return 'off';
}
