import type { Page } from 'playwright-core';

export type Locale = 'id' | 'en';

export interface DisplayMode {
  name: string;
  highContrast: boolean;
  textSize: '100' | '150' | '200';
}

export const LOCALES: readonly Locale[] = ['id', 'en'];

export const DISPLAY_MODES: readonly DisplayMode[] = [
  { name: 'normal', highContrast: false, textSize: '100' },
  { name: 'high contrast', highContrast: true, textSize: '100' },
  { name: 'text 150%', highContrast: false, textSize: '150' },
  { name: 'text 200%', highContrast: false, textSize: '200' },
  { name: 'high contrast + text 200%', highContrast: true, textSize: '200' },
];

const NORMAL = DISPLAY_MODES[0] as DisplayMode;
const TEXT_200 = DISPLAY_MODES[3] as DisplayMode;

/** 44 CSS px: the target size of WCAG 2.5.5 (AAA), which tokens.css sets as --target-size at 100 % text. */
export const MIN_TARGET_PX = 44;

/** 320 CSS px: the width WCAG 1.4.10 (Reflow) requires content to fit without horizontal scrolling. */
export const REFLOW_WIDTH_PX = 320;

const LANGUAGE_NAMES: Record<Locale, string> = { id: 'Bahasa Indonesia', en: 'English' };
const HIGH_CONTRAST_NAMES: Record<Locale, string> = { id: 'Kontras tinggi', en: 'High contrast' };

function settingsBar(page: Page) {
  return page.getByRole('region', { name: /^(Pengaturan tampilan|Display settings)$/ });
}

/**
 * On narrow screens the settings fold behind one toggle button; opens it when it shows and is
 * closed, as a visitor on a phone would. The reflow checks then also cover the open panel.
 */
async function openSettings(page: Page): Promise<void> {
  const toggle = settingsBar(page).getByRole('button', { name: /^(Bahasa dan tampilan|Language and display)$/ });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

async function currentLocale(page: Page): Promise<Locale> {
  return (await page.evaluate(() => document.documentElement.lang)) === 'en' ? 'en' : 'id';
}

/** Switches the language with the settings bar's toggle button, as a visitor would. */
export async function setLanguage(page: Page, locale: Locale): Promise<void> {
  await openSettings(page);
  const button = settingsBar(page).getByRole('button', { name: LANGUAGE_NAMES[locale], exact: true });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await settingsBar(page).getByRole('button', { name: LANGUAGE_NAMES[locale], exact: true, pressed: true }).waitFor();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
}

/** Sets contrast and text size with the settings bar's toggle buttons. */
export async function setDisplayMode(page: Page, mode: DisplayMode): Promise<void> {
  await openSettings(page);
  const locale = await currentLocale(page);
  const contrast = settingsBar(page).getByRole('button', { name: HIGH_CONTRAST_NAMES[locale], exact: true });
  if ((await contrast.getAttribute('aria-pressed')) !== String(mode.highContrast)) await contrast.click();
  const size = settingsBar(page).getByRole('button', { name: `${mode.textSize}%`, exact: true });
  if ((await size.getAttribute('aria-pressed')) !== 'true') await size.click();

  await settingsBar(page).getByRole('button', { name: `${mode.textSize}%`, exact: true, pressed: true }).waitFor();
  await page.waitForFunction(
    ({ contrastValue, textSize }) =>
      document.documentElement.dataset.contrast === contrastValue && document.documentElement.dataset.textSize === textSize,
    { contrastValue: mode.highContrast ? 'high' : 'normal', textSize: mode.textSize },
  );
}

/**
 * Returns the visible interactive elements smaller than 44 × 44 CSS px, described with their
 * size. Links inside running text are exempt, as WCAG 2.5.5 allows for inline targets.
 * Elements off the page (the skip link until it has focus) and visually hidden ones are skipped.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((minimum) => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const describe = (element: Element) => {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${text}"`;
    };
    const isInlineLinkInText = (element: Element) => {
      if (element.tagName !== 'A' || getComputedStyle(element).display !== 'inline') return false;
      const ownText = (element.textContent ?? '').trim();
      const blockText = (element.parentElement?.textContent ?? '').trim();
      return blockText.length > ownText.length;
    };

    const failures: string[] = [];
    for (const element of document.querySelectorAll(selector)) {
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (element.closest('.visually-hidden')) continue;
      const rect = element.getBoundingClientRect();
      if (rect.bottom + window.scrollY <= 0 || rect.right + window.scrollX <= 0) continue;
      if (isInlineLinkInText(element)) continue;
      if (rect.width < minimum - 0.01 || rect.height < minimum - 0.01) {
        failures.push(`${describe(element)} is ${rect.width.toFixed(1)} × ${rect.height.toFixed(1)} px`);
      }
    }
    return failures;
  }, MIN_TARGET_PX);
}

/**
 * Returns the elements that stick out past the right edge of the viewport, innermost first,
 * together with the document's scroll width whenever it exceeds its client width.
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const limit = root.clientWidth;
    const sticking = [...document.body.querySelectorAll('*')].filter((element) => {
      if (element.closest('.visually-hidden')) return false;
      return element.getBoundingClientRect().right > limit + 0.5;
    });
    const innermost = sticking.filter((element) => !sticking.some((other) => other !== element && element.contains(other)));
    const failures = innermost.map((element) => {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      const right = element.getBoundingClientRect().right.toFixed(1);
      return `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${text}" ends at ${right} px`;
    });
    if (root.scrollWidth > limit) failures.push(`document scrolls: scrollWidth ${root.scrollWidth} px > clientWidth ${limit} px`);
    return failures;
  });
}

/**
 * Runs `check` in every display mode and language, switching them with the settings bar
 * without a reload, and checks target sizes in each. Returns the failures labelled with
 * language and mode, and leaves the page in Indonesian with normal contrast and 100 % text.
 */
export async function displayModeFailures(
  page: Page,
  check: (mode: DisplayMode) => Promise<string[]>,
): Promise<{ violations: string[]; smallTargets: string[] }> {
  const violations: string[] = [];
  const undersized: string[] = [];
  try {
    for (const locale of LOCALES) {
      await setLanguage(page, locale);
      for (const mode of DISPLAY_MODES) {
        await setDisplayMode(page, mode);
        const label = `${locale}, ${mode.name}`;
        violations.push(...(await check(mode)).map((failure) => `${label}: ${failure}`));
        undersized.push(...(await smallTargets(page)).map((failure) => `${label}: ${failure}`));
      }
    }
  } finally {
    await setLanguage(page, 'id');
    await setDisplayMode(page, NORMAL);
  }
  return { violations, smallTargets: undersized };
}

/**
 * Checks the current screen 320 CSS px wide with 200 % text in both languages: whether anything
 * scrolls horizontally, and the target sizes there. Restores the viewport, language and mode.
 */
export async function reflowFailures(page: Page): Promise<{ overflow: string[]; smallTargets: string[] }> {
  const viewport = page.viewportSize();
  const overflow: string[] = [];
  const undersized: string[] = [];
  try {
    await page.setViewportSize({ width: REFLOW_WIDTH_PX, height: 720 });
    await setDisplayMode(page, TEXT_200);
    for (const locale of LOCALES) {
      await setLanguage(page, locale);
      overflow.push(...(await horizontalOverflow(page)).map((failure) => `${locale}: ${failure}`));
      undersized.push(...(await smallTargets(page)).map((failure) => `${locale}: ${failure}`));
    }
  } finally {
    if (viewport) await page.setViewportSize(viewport);
    await setLanguage(page, 'id');
    await setDisplayMode(page, NORMAL);
  }
  return { overflow, smallTargets: undersized };
}
