import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe.ts';
import { displayModeFailures, reflowFailures } from './display-modes.ts';

/**
 * Runs axe and the 44 px target check on the page's current state in every display mode and
 * language, then the reflow check at 320 px with 200 % text, and expects no failure of any.
 * The page returns to Indonesian, normal contrast and 100 % text.
 */
export async function expectAccessibleEverywhere(page: Page): Promise<void> {
  const { violations, smallTargets } = await displayModeFailures(page, (mode) => axeViolations(page, { enhancedContrast: mode.highContrast }));
  const { overflow, smallTargets: smallTargetsAt320 } = await reflowFailures(page);
  expect(violations).toEqual([]);
  expect(smallTargets).toEqual([]);
  expect(overflow).toEqual([]);
  expect(smallTargetsAt320).toEqual([]);
}
