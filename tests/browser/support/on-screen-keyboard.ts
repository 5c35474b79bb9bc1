import type { Locator, Page } from 'playwright-core';

/** The keys a telephone-style kiosk keypad sends (docs/keypad.md); nothing else may be pressed. */
export const KEYPAD_KEYS: ReadonlySet<string> = new Set([
  ...'0123456789',
  'Enter',
  'Backspace',
  'Escape',
  'Tab',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  '*',
  '#',
]);

/** Presses one key of the kiosk keypad; throws for any key a keypad does not have. */
export async function pressKeypad(page: Page, key: string): Promise<void> {
  if (!KEYPAD_KEYS.has(key)) throw new Error(`"${key}" is not a key of the kiosk keypad`);
  await page.keyboard.press(key);
}

export function keyboardRegion(page: Page): Locator {
  return page.getByRole('region', { name: /^(Papan ketik layar|On-screen keyboard)$/ });
}

/** Returns the key that shows exactly `text` (letters as they show with the current shift state). */
export function keyLabelled(page: Page, text: string): Locator {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return keyboardRegion(page).locator('button').filter({ hasText: new RegExp(`^${escaped}$`) });
}

/** Taps the on-screen keys for `text`, pressing the shift key before each capital letter. */
export async function tapText(page: Page, text: string): Promise<void> {
  for (const character of text) {
    if (character === ' ') {
      await keyboardRegion(page).getByRole('button', { name: /^(Spasi|Space)$/ }).click();
      continue;
    }
    if (character !== character.toLowerCase()) {
      await keyboardRegion(page).getByRole('button', { name: /^(Huruf besar|Capital letters)$/ }).click();
    }
    await keyLabelled(page, character).click();
  }
}

/**
 * Returns why the focused element is not fully visible above the on-screen keyboard, or an
 * empty string when it is: it overlaps the keyboard's box or reaches out of the viewport.
 */
export async function focusObscured(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    const keyboard = document.querySelector('.osk');
    if (!focused || focused === document.body) return 'nothing has focus';
    if (!keyboard) return 'the keyboard is closed';
    const field = focused.getBoundingClientRect();
    const keys = keyboard.getBoundingClientRect();
    const describe = (rect: DOMRect) => `${rect.top.toFixed(1)}–${rect.bottom.toFixed(1)} px`;
    if (field.top < 0 || field.bottom > window.innerHeight) return `field at ${describe(field)} leaves the viewport of ${window.innerHeight} px`;
    if (field.bottom > keys.top && field.top < keys.bottom) return `field at ${describe(field)} overlaps the keyboard at ${describe(keys)}`;
    return '';
  });
}

interface KeyPosition {
  row: number;
  column: number;
}

/** Row and column of the focused key, or null when focus is not on a key. */
async function focusedKey(page: Page): Promise<KeyPosition | null> {
  return page.evaluate(() => {
    const key = document.activeElement;
    const row = key?.closest('.osk__row');
    if (!key || !row) return null;
    return { row: [...document.querySelectorAll('.osk__row')].indexOf(row), column: [...row.children].indexOf(key) };
  });
}

/** Row and column of the key whose text is `text`, or of the space or shift key. */
async function keyPosition(page: Page, text: string | { kind: 'space' | 'shift' }): Promise<KeyPosition> {
  const position = await page.evaluate((sought) => {
    const rows = [...document.querySelectorAll('.osk__row')];
    for (const [rowIndex, row] of rows.entries()) {
      const keys = [...row.querySelectorAll('button')];
      const column = keys.findIndex((key) => {
        if (typeof sought === 'string') return key.textContent === sought;
        // The shift key is the one toggle button; the space key has its own class.
        return sought.kind === 'shift' ? key.hasAttribute('aria-pressed') : key.classList.contains('osk__key--space');
      });
      if (column >= 0) return { row: rowIndex, column };
    }
    return null;
  }, text);
  if (!position) throw new Error(`The on-screen keyboard has no key for ${JSON.stringify(text)}`);
  return position;
}

/** Moves focus from key to key with arrows only, as a keypad user does, until it is on `target`. */
async function arrowTo(page: Page, target: string | { kind: 'space' | 'shift' }): Promise<void> {
  const goal = await keyPosition(page, target);
  for (let press = 0; press < 40; press += 1) {
    const at = await focusedKey(page);
    if (!at) throw new Error('Focus left the on-screen keyboard while moving with arrows');
    if (at.row === goal.row && at.column === goal.column) return;
    if (at.row !== goal.row) await pressKeypad(page, at.row < goal.row ? 'ArrowDown' : 'ArrowUp');
    else await pressKeypad(page, at.column < goal.column ? 'ArrowRight' : 'ArrowLeft');
  }
  throw new Error(`Arrows never reached the key for ${JSON.stringify(target)}`);
}

/**
 * Types `text` into the focused field with keypad keys only: digits straight from the keypad,
 * everything else by moving into the on-screen keyboard (ArrowDown), arrowing to the key and
 * pressing Enter. Ends with focus back in the field (Escape).
 */
export async function typeWithKeypad(page: Page, text: string): Promise<void> {
  const inKeys = async () => (await focusedKey(page)) !== null;
  for (const character of text) {
    if (/^[0-9]$/.test(character)) {
      if (await inKeys()) await pressKeypad(page, 'Escape');
      await pressKeypad(page, character);
      continue;
    }
    if (!(await inKeys())) await pressKeypad(page, 'ArrowDown');
    if (!(await inKeys())) throw new Error('ArrowDown did not move focus into the on-screen keyboard');
    if (character !== character.toLowerCase()) {
      await arrowTo(page, { kind: 'shift' });
      await pressKeypad(page, 'Enter');
    }
    await arrowTo(page, character === ' ' ? { kind: 'space' } : character);
    await pressKeypad(page, 'Enter');
  }
  if (await inKeys()) await pressKeypad(page, 'Escape');
}

/**
 * Returns each key of the open on-screen keyboard that does not show whole. A key fails when the
 * keyboard's scrolling box or the viewport cuts it off, or when something else is drawn over its
 * centre or a corner (the panel, the keyboard's own preview or the form). The keyboard is read
 * at its current scroll position, as a visitor sees it. Returns a failure when no keyboard is open.
 */
export async function hiddenKeyboardKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const keyboard = document.querySelector<HTMLElement>('.osk');
    if (!keyboard) return ['no on-screen keyboard'];
    const frame = keyboard.getBoundingClientRect();
    const visible = {
      top: Math.max(frame.top + keyboard.clientTop, 0),
      bottom: Math.min(frame.top + keyboard.clientTop + keyboard.clientHeight, window.innerHeight),
      left: Math.max(frame.left, 0),
      right: Math.min(frame.right, document.documentElement.clientWidth),
    };
    const keys = [...keyboard.querySelectorAll<HTMLElement>('.osk__key')];
    if (keys.length === 0) return ['the keyboard has no keys'];
    const failures: string[] = [];
    for (const key of keys) {
      const box = key.getBoundingClientRect();
      const name = `"${key.getAttribute('aria-label') ?? key.textContent?.trim() ?? ''}" at y ${box.top.toFixed(0)}–${box.bottom.toFixed(0)}`;
      // Half a pixel for rounding of fractional layout.
      if (box.top < visible.top - 0.5 || box.bottom > visible.bottom + 0.5 || box.left < visible.left - 0.5 || box.right > visible.right + 0.5) {
        failures.push(`${name} is cut off by the keyboard's box y ${visible.top.toFixed(0)}–${visible.bottom.toFixed(0)}`);
        continue;
      }
      // The centre and points just inside each corner (clear of the rounded border).
      const inset = 3;
      const points = [
        [box.left + box.width / 2, box.top + box.height / 2],
        [box.left + inset, box.top + inset],
        [box.right - inset, box.top + inset],
        [box.left + inset, box.bottom - inset],
        [box.right - inset, box.bottom - inset],
      ] as const;
      for (const [x, y] of points) {
        const hit = document.elementFromPoint(x, y);
        if (!hit || !key.contains(hit)) {
          failures.push(`${name} is covered at (${x.toFixed(0)}, ${y.toFixed(0)}) by ${hit?.tagName.toLowerCase()}.${hit?.className}`);
          break;
        }
      }
    }
    return failures;
  });
}
