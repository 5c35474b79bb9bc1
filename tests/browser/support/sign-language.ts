import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { SIGN_MANIFEST_FORMAT } from '../../../src/domain/sign-language/manifest.ts';

/**
 * Sign-language content for browser tests, served with context.route() so each test chooses
 * which topics have clips and which files fail. Every clip plays the bytes of one clip that the
 * build ships (dist/app/sign-language), and its captions name its key.
 */
export interface TestSignContent {
  /** Manifest keys with a clip, per language. */
  bisindo: readonly string[];
  sibi?: readonly string[];
  /** Keys whose video returns 404, so the panel falls back to the caption text. */
  missingVideos?: readonly string[];
}

const SHIPPED_DIR = 'dist/app/sign-language';

/** Reads the first BISINDO clip that the build ships, and throws when the build has none. */
function shippedClip(): Buffer {
  const manifest = JSON.parse(readFileSync(join(SHIPPED_DIR, 'manifest.json'), 'utf8')) as {
    languages: Record<string, { clips: Record<string, { video: string | string[] }> }>;
  };
  const first = Object.values(manifest.languages.bisindo?.clips ?? {})[0];
  const path = Array.isArray(first?.video) ? first.video[0] : first?.video;
  if (!path) throw new Error(`${SHIPPED_DIR}/manifest.json lists no BISINDO clip; run npm run build`);
  return readFileSync(join(SHIPPED_DIR, path));
}

/** Returns the caption of a served clip, which names its key so a test can tell which clip plays. */
export function testCaption(key: string): string {
  return `Contoh teks untuk ${key}.`;
}

function manifestFor(content: TestSignContent): unknown {
  const clipsOf = (language: string, keys: readonly string[]) =>
    Object.fromEntries(keys.map((key) => [key, { video: [`${language}/${key}.webm`], captions: `${language}/${key}.vtt`, sample: true }]));
  const languages: Record<string, unknown> = { bisindo: { clips: clipsOf('bisindo', content.bisindo) } };
  if (content.sibi) languages.sibi = { clips: clipsOf('sibi', content.sibi) };
  return { format: SIGN_MANIFEST_FORMAT, languages };
}

/**
 * Serves `content` under /sign-language/ for every page of the context, in place of what the
 * server has. The context must block service workers (BrowserProfile.launch), because routes
 * do not see requests that a worker handles.
 */
export async function serveSignContent(context: BrowserContext, content: () => TestSignContent): Promise<void> {
  const clip = shippedClip();
  await context.route('**/sign-language/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    const current = content();
    if (path === '/sign-language/manifest.json') return route.fulfill({ json: manifestFor(current) });
    const match = /^\/sign-language\/(bisindo|sibi)\/(.+)\.(webm|vtt)$/.exec(path);
    if (!match) return route.fulfill({ status: 404 });
    const [, , key = '', extension] = match;
    if (extension === 'vtt') {
      return route.fulfill({ contentType: 'text/vtt', body: `WEBVTT\n\n00:00.000 --> 00:05.000\n${testCaption(key)}\n` });
    }
    if (current.missingVideos?.includes(key)) return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: 'video/webm', body: clip });
  });
}

/** Returns the panel's landmark, in either interface language and either sign language. */
export function signPanel(page: Page) {
  return page.getByRole('complementary', { name: /^(Video bahasa isyarat|Sign-language video) · (BISINDO|SIBI)$/ });
}

/** Waits until the panel's video has loaded its caption track's cues, and returns their count. */
export async function loadedCueCount(page: Page): Promise<number> {
  await page.waitForFunction(() => {
    const video = document.querySelector<HTMLVideoElement>('.sign-panel video');
    return (video?.textTracks[0]?.cues?.length ?? 0) > 0;
  });
  return page.evaluate(() => document.querySelector<HTMLVideoElement>('.sign-panel video')?.textTracks[0]?.cues?.length ?? 0);
}

/** Turns the mode on with the settings bar's toggle, opening the folded settings on a narrow screen. */
export async function turnOnFromSettings(page: Page): Promise<void> {
  const bar = page.getByRole('region', { name: /^(Pengaturan tampilan|Display settings)$/ });
  const fold = bar.getByRole('button', { name: /^(Bahasa dan tampilan|Language and display)$/ });
  if ((await fold.isVisible()) && (await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
  const toggle = bar.getByRole('button', { name: /^(Video bahasa isyarat|Sign-language video)$/ });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await signPanel(page).waitFor();
}

/**
 * Returns each way the panel covers something it must not: a visible input, select, textarea,
 * label, legend, the error summary or the on-screen keyboard. A part of an element scrolled out
 * of its scrolling box (#app across the top or in the reach layout) is not visible, so only
 * the part left inside every scrolling ancestor and the viewport counts. In the reach layout
 * the panel is three boxes: the header and the video above the band, and the strip of controls
 * at the band's top.
 */
export async function panelOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Box = { left: number; top: number; right: number; bottom: number };
    const viewport: Box = { left: 0, top: 0, right: document.documentElement.clientWidth, bottom: window.innerHeight };
    const intersect = (a: Box, b: Box): Box => ({
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    });
    const isEmpty = (box: Box) => box.right - box.left < 1 || box.bottom - box.top < 1;
    const clips = (element: Element) => {
      const style = getComputedStyle(element);
      return /auto|scroll|hidden|clip/.test(`${style.overflowX} ${style.overflowY}`) && element !== document.documentElement && element !== document.body;
    };
    // Walks up the containing blocks: above a fixed element only the viewport clips.
    const visibleBox = (element: Element): Box => {
      let box: Box = intersect(element.getBoundingClientRect(), viewport);
      for (let node: Element | null = element; node && getComputedStyle(node).position !== 'fixed'; node = node.parentElement) {
        const parent = node.parentElement;
        if (parent && clips(parent)) box = intersect(box, parent.getBoundingClientRect());
      }
      return box;
    };
    const describe = (element: Element) => {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')} "${text}"`;
    };
    const round = (box: Box) => `(${box.left.toFixed(0)}, ${box.top.toFixed(0)})–(${box.right.toFixed(0)}, ${box.bottom.toFixed(0)})`;

    const aside = document.querySelector('.sign-panel');
    if (!aside) return ['no panel'];
    const stage = aside.querySelector('.sign-panel__stage');
    const reach = stage !== null && getComputedStyle(stage).position === 'fixed';
    const parts = reach ? [aside.querySelector('.sign-panel__header'), stage, aside.querySelector('.sign-panel__controls')] : [aside];

    const guarded = [...document.querySelectorAll('input:not([type="hidden"]), select, textarea, label, legend, .error-summary, .osk')].filter(
      (element) => !aside.contains(element) && element.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
    );
    const failures: string[] = [];
    for (const part of parts) {
      if (!part) continue;
      const partBox = part.getBoundingClientRect();
      for (const element of guarded) {
        const box = visibleBox(element);
        if (isEmpty(box)) continue;
        const overlap = intersect(box, partBox);
        // Borders that touch share a pixel row; a real cover is larger.
        if (overlap.right - overlap.left > 1 && overlap.bottom - overlap.top > 1) {
          failures.push(`${describe(part)} ${round(partBox)} covers ${describe(element)} ${round(box)}`);
        }
      }
    }
    return failures;
  });
}

/** Returns the panel's share of the viewport: width for the side column, height across the top or above the reach band. */
export async function panelShare(page: Page): Promise<{ layout: 'side' | 'top' | 'reach'; share: number }> {
  return page.evaluate(() => {
    const aside = document.querySelector('.sign-panel') as HTMLElement;
    const stage = aside.querySelector('.sign-panel__stage') as HTMLElement;
    const width = document.documentElement.clientWidth;
    const height = window.innerHeight;
    if (getComputedStyle(stage).position === 'fixed') return { layout: 'reach' as const, share: stage.getBoundingClientRect().height / height };
    const box = aside.getBoundingClientRect();
    if (box.width < width - 1) return { layout: 'side' as const, share: box.width / width };
    return { layout: 'top' as const, share: box.height / height };
  });
}

/** Returns the height of the part of the panel's video that shows without scrolling the panel, as a share of the viewport height. */
export async function visibleVideoShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const video = document.querySelector('.sign-panel video')?.getBoundingClientRect();
    const panel = document.querySelector('.sign-panel')?.getBoundingClientRect();
    if (!video || !panel) return 0;
    return Math.max(0, Math.min(video.bottom, panel.bottom, window.innerHeight) - Math.max(video.top, panel.top, 0)) / window.innerHeight;
  });
}

/**
 * Returns how the panel's video is cut off at the panel's scroll position: each edge of the
 * video's box that lies outside the panel's visible box. That box is the panel within the
 * viewport, or in the reach layout the fixed stage above the band, and each of the panel's other
 * parts drawn over the video. Empty when the whole signer shows.
 */
export async function videoCutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const video = document.querySelector('.sign-panel video');
    const aside = document.querySelector('.sign-panel');
    const stage = aside?.querySelector('.sign-panel__stage');
    if (!video || !aside || !stage) return ['no video in the panel'];
    const container = getComputedStyle(stage).position === 'fixed' ? stage : aside;
    const box = video.getBoundingClientRect();
    const panel = container.getBoundingClientRect();
    const visible = {
      left: Math.max(panel.left, 0),
      top: Math.max(panel.top, 0),
      right: Math.min(panel.right, document.documentElement.clientWidth),
      bottom: Math.min(panel.bottom, window.innerHeight),
    };
    const failures: string[] = [];
    if (box.height < 1) failures.push('the video has no height');
    // Half a pixel for rounding of fractional layout.
    if (box.top < visible.top - 0.5) failures.push(`top ${box.top.toFixed(0)} above ${visible.top.toFixed(0)}`);
    if (box.bottom > visible.bottom + 0.5) failures.push(`bottom ${box.bottom.toFixed(0)} below ${visible.bottom.toFixed(0)}`);
    if (box.left < visible.left - 0.5) failures.push(`left ${box.left.toFixed(0)} left of ${visible.left.toFixed(0)}`);
    if (box.right > visible.right + 0.5) failures.push(`right ${box.right.toFixed(0)} right of ${visible.right.toFixed(0)}`);
    // Nothing else of the panel (heading, labels, captions, buttons) is drawn over the signer.
    for (const part of aside.querySelectorAll('h2, p, button, .sign-panel__controls')) {
      // The part as drawn: cut by every scrolling box around it, such as the reach layout's strip.
      const drawn = part.getBoundingClientRect();
      const other = { top: drawn.top, bottom: drawn.bottom, left: drawn.left, right: drawn.right };
      for (let clip = part.parentElement; clip && clip !== aside.parentElement; clip = clip.parentElement) {
        if (getComputedStyle(clip).overflow === 'visible') continue;
        const edge = clip.getBoundingClientRect();
        other.top = Math.max(other.top, edge.top);
        other.bottom = Math.min(other.bottom, edge.bottom);
        other.left = Math.max(other.left, edge.left);
        other.right = Math.min(other.right, edge.right);
      }
      const overlap = Math.min(other.bottom, box.bottom) - Math.max(other.top, box.top);
      const across = Math.min(other.right, box.right) - Math.max(other.left, box.left);
      if (overlap > 0.5 && across > 0.5) failures.push(`${part.className || part.tagName} over the video`);
    }
    return failures;
  });
}

/**
 * Returns each of the panel's buttons that a visitor cannot see or press: out of the band
 * `[top, bottom]` (fractions of the viewport height), or with something else on top of its
 * centre (under the keyboard, the video or the form). A button hidden by the scrolling of the
 * controls' strip is scrolled into view first, as a visitor would scroll it. The strip's scroll
 * position is restored afterwards.
 */
export async function hiddenPanelControls(page: Page, band: { top: number; bottom: number } = { top: 0, bottom: 1 }): Promise<string[]> {
  return page.evaluate(({ top, bottom }) => {
    const controls = document.querySelector<HTMLElement>('.sign-panel__controls');
    const scrolledFrom = { top: controls?.scrollTop ?? 0, left: controls?.scrollLeft ?? 0 };
    const failures: string[] = [];
    for (const button of document.querySelectorAll<HTMLElement>('.sign-panel button')) {
      if (controls?.contains(button)) {
        const strip = controls.getBoundingClientRect();
        const box = button.getBoundingClientRect();
        if (box.top < strip.top) controls.scrollTop -= strip.top - box.top;
        else if (box.bottom > strip.bottom) controls.scrollTop += box.bottom - strip.bottom;
        if (box.left < strip.left) controls.scrollLeft -= strip.left - box.left;
        else if (box.right > strip.right) controls.scrollLeft += box.right - strip.right;
      }
      const box = button.getBoundingClientRect();
      const name = button.textContent?.trim() ?? '';
      if (box.top < top * window.innerHeight - 1 || box.bottom > bottom * window.innerHeight + 1) {
        failures.push(`"${name}" at y ${box.top.toFixed(0)}–${box.bottom.toFixed(0)} is outside the band`);
        continue;
      }
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!hit || !button.contains(hit)) failures.push(`"${name}" at y ${box.top.toFixed(0)} is covered by ${hit?.tagName.toLowerCase()}.${hit?.className}`);
    }
    if (controls) {
      controls.scrollTop = scrolledFrom.top;
      controls.scrollLeft = scrolledFrom.left;
    }
    return failures;
  }, band);
}

/**
 * Returns the first button of the panel's controls (the offer or play) when the strip, at its
 * current scroll position, cuts it off.
 */
export async function firstControlCutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelector<HTMLElement>('.sign-panel__controls');
    const first = controls?.querySelector<HTMLElement>('button');
    if (!controls || !first) return ['the panel shows no controls'];
    const strip = controls.getBoundingClientRect();
    const visible = { top: strip.top + controls.clientTop, left: strip.left + controls.clientLeft };
    const bottom = visible.top + controls.clientHeight;
    const right = visible.left + controls.clientWidth;
    const box = first.getBoundingClientRect();
    // Half a pixel for rounding of fractional layout.
    const inside = box.top >= visible.top - 0.5 && box.bottom <= bottom + 0.5 && box.left >= visible.left - 0.5 && box.right <= right + 0.5;
    return inside ? [] : [`"${first.textContent?.trim()}" at (${box.left.toFixed(0)}, ${box.top.toFixed(0)})–(${box.right.toFixed(0)}, ${box.bottom.toFixed(0)}) is cut off by the strip`];
  });
}

/**
 * Returns the error message of the field `id` when the form's scrolling box (#app) does not show
 * it whole, so a visitor typing there could not read what to fix.
 */
export async function fieldErrorCutOff(page: Page, id: string): Promise<string[]> {
  return page.evaluate((fieldId) => {
    const error = document.getElementById(`${fieldId}-error`);
    const app = document.getElementById('app');
    if (!error || !app) return [`#${fieldId}-error or #app is missing`];
    const frame = app.getBoundingClientRect();
    const top = frame.top + app.clientTop;
    const bottom = top + app.clientHeight;
    const box = error.getBoundingClientRect();
    const inside = box.top >= top - 0.5 && box.bottom <= bottom + 0.5;
    return inside ? [] : [`"${error.textContent?.trim()}" at y ${box.top.toFixed(0)}–${box.bottom.toFixed(0)} is outside the form's box y ${top.toFixed(0)}–${bottom.toFixed(0)}`];
  }, id);
}

/**
 * Returns each box around the focused element that cuts off its focus ring (the outline and its
 * offset around the element's box).
 */
export async function focusRingCutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return ['nothing has focus'];
    const style = getComputedStyle(focused);
    const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const box = focused.getBoundingClientRect();
    const failures: string[] = [];
    // Checks up to the first fixed box, because overflow on the boxes around a fixed one does not clip it.
    let passedFixed = false;
    for (let scroller = focused.parentElement; scroller && !passedFixed; scroller = scroller.parentElement) {
      const parentStyle = getComputedStyle(scroller);
      passedFixed = parentStyle.position === 'fixed';
      if (!/auto|scroll|hidden/.test(`${parentStyle.overflowX} ${parentStyle.overflowY}`)) continue;
      // The root element scrolls the viewport, whose box is the window's.
      const frame = scroller === document.documentElement ? new DOMRect(0, 0, window.innerWidth, window.innerHeight) : scroller.getBoundingClientRect();
      const top = frame.top + scroller.clientTop;
      const left = frame.left + scroller.clientLeft;
      // Half a pixel for rounding of fractional layout.
      const cut =
        box.top - ring < top - 0.5 ||
        box.bottom + ring > top + scroller.clientHeight + 0.5 ||
        box.left - ring < left - 0.5 ||
        box.right + ring > left + scroller.clientWidth + 0.5;
      if (cut) failures.push(`the ring of "${focused.textContent?.trim()}" is cut off by ${scroller.tagName.toLowerCase()}.${scroller.className}`);
    }
    return failures;
  });
}
