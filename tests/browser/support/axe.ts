import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// WCAG 2.2 A and AA plus axe's best practices; the AAA contrast rule (7:1) joins in the
// high-contrast mode, which promises it.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core over the whole page and returns its violations in a readable form. */
export async function axeViolations(page: Page, { enhancedContrast = false } = {}): Promise<string[]> {
  // Evaluated through the DevTools protocol: an injected <script> would be blocked by the
  // server's Content-Security-Policy, which allows only the app's own script files.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    async ({ tags, enhanced }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      return axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: { 'color-contrast-enhanced': { enabled: enhanced } },
        resultTypes: ['violations'],
      });
    },
    { tags: enhancedContrast ? [...TAGS, 'wcag2aaa'] : TAGS, enhanced: enhancedContrast },
  );
  return (results as AxeResults).violations.map(
    (violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
