import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Returns the accessible name of the focused element, close enough for tests: label, aria-label or text. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '';
    const labelledBy = element.getAttribute('aria-labelledby');
    const fromLabelledBy = labelledBy
      ?.split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const label = (element as HTMLInputElement).labels?.[0]?.textContent;
    const text = element.getAttribute('aria-label') ?? fromLabelledBy ?? label ?? element.textContent ?? '';
    return text.replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the focused element's name contains `name`, as a keyboard user would. */
export async function tabTo(page: Page, name: string | RegExp, maxPresses = 40): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text.includes(name) : name.test(text));
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached "${String(name)}"; focus is on "${await focusedName(page)}"`);
}

/** Asserts that focus is on the screen's main heading and that it reads `title`. */
export async function expectHeadingFocused(page: Page, title: string | RegExp): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
  if (typeof title === 'string') expect(text).toContain(title);
  else expect(text).toMatch(title);
}

/** Presses ArrowDown on a focused native select until its value is `value`. */
export async function chooseWithArrows(page: Page, value: string, maxPresses = 60): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    if ((await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`ArrowDown never selected "${value}"`);
}
