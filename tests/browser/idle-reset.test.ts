import Database from 'better-sqlite3';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { BrowserSession } from './support/browser-session.ts';
import { DISPLAY_MODES, horizontalOverflow, LOCALES, REFLOW_WIDTH_PX, setDisplayMode, setLanguage, smallTargets } from './support/display-modes.ts';
import { expectAccessibleEverywhere } from './support/expect-accessible.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { waitForOfflineReady } from './support/offline.ts';
import { beginRequest, fillFirstStep, fillRequestQuickly } from './support/request-form.ts';

// The defaults in config/loket.json, which the test server reads.
const FORM_SECONDS = 120;
const RECEIPT_SECONDS = 60;
const WARNING_SECONDS = 30;

const WARNING_TITLE = /^(Apakah Anda masih di sini\?|Are you still here\?)$/;
const STILL_HERE = /^(Saya masih di sini|I am still here)$/;

let session: BrowserSession;
let server: IntakeServer;
let context: BrowserContext;

afterEach(async () => {
  await session?.close();
});

async function openSession(serverEnv: Record<string, string> = {}, launch: Parameters<typeof BrowserSession.open>[0] = {}): Promise<Page> {
  session = await BrowserSession.open(launch, serverEnv);
  ({ server, context } = session);
  const page = await context.newPage();
  // Before the first navigation, so the app's timers run on the controlled clock from the start.
  await page.clock.install();
  return page;
}

async function openKiosk(page: Page): Promise<void> {
  await page.goto(`${server.origin}/?channel=kiosk`);
  await attractScreen(page).waitFor();
}

function attractScreen(page: Page) {
  return page.getByRole('button', { name: 'Sentuh untuk memulai Touch to start' });
}

function warning(page: Page) {
  return page.getByRole('alertdialog', { name: WARNING_TITLE });
}

/** Leaves the attract screen with a tap and waits for the start screen, with the status bar loaded. */
async function startVisit(page: Page): Promise<void> {
  await attractScreen(page).click();
  await page.getByRole('button', { name: 'Mulai' }).waitFor();
  await page.getByRole('region', { name: 'Status perangkat' }).waitFor();
}

/** Lets the kiosk sit untouched until just after the warning is due. */
async function waitForWarning(page: Page, idleSeconds = FORM_SECONDS): Promise<void> {
  await page.clock.runFor((idleSeconds - WARNING_SECONDS + 1) * 1000);
  await warning(page).waitFor();
}

/** Reads the number of seconds the warning shows. */
async function secondsShown(page: Page): Promise<number> {
  const text = await warning(page).locator('p').first().innerText();
  const match = /(\d+)/.exec(text);
  if (!match) throw new Error(`The warning shows no countdown: "${text}"`);
  return Number(match[1]);
}

/** Reads the id and state of every record in the outbox straight from IndexedDB. */
async function outboxRecords(page: Page): Promise<{ id: string; state: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ id: string; state: string }[]>((resolve, reject) => {
        const request = indexedDB.open('loket');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('outbox').objectStore('outbox').getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            resolve((read.result as { id: string; state: string }[]).map(({ id, state }) => ({ id, state })));
            request.result.close();
          };
        };
      }),
  );
}

/** Returns the submission id of every POST the server logged, waiting up to a second for `expected` lines. */
async function postedIds(expected: number): Promise<string[]> {
  const read = () =>
    server.output
      .join('')
      .split('\n')
      .filter((line) => line.includes('"method":"POST"') && line.includes('/api/v1/submissions'))
      .map((line) => (JSON.parse(line) as { submissionId?: string }).submissionId ?? 'none');
  const deadline = Date.now() + 1_000;
  let ids = read();
  while (ids.length < expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    ids = read();
  }
  return ids;
}

/** Reads the ids of the submissions the server stored from its database. */
function storedSubmissionIds(): string[] {
  const database = new Database(join(server.dataDir, 'loket.sqlite'), { readonly: true });
  try {
    return (database.prepare('SELECT id FROM submissions').all() as { id: string }[]).map((row) => row.id);
  } finally {
    database.close();
  }
}

/** Files a request while offline, leaves its receipt with "Selesai", and returns its outbox id. */
async function fileOffline(page: Page): Promise<string> {
  await context.setOffline(true);
  await fillRequestQuickly(page, 'Budi Contoh');
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();
  await page.getByText('Kode sementara').waitFor();
  const queued = await outboxRecords(page);
  expect(queued).toHaveLength(1);
  await page.getByRole('button', { name: 'Selesai' }).click();
  await attractScreen(page).waitFor();
  return (queued[0] as { id: string }).id;
}

describe('idle warning', () => {
  it('appears on time with a countdown', async () => {
    const page = await openSession();
    await openKiosk(page);
    // The attract screen itself never times out.
    await page.clock.runFor(FORM_SECONDS * 3 * 1000);
    expect(await warning(page).count()).toBe(0);

    await startVisit(page);
    await beginRequest(page);
    await fillFirstStep(page);

    await page.clock.runFor((FORM_SECONDS - WARNING_SECONDS - 2) * 1000);
    expect(await warning(page).count()).toBe(0);

    await page.clock.runFor(3_000);
    await warning(page).waitFor();
    const first = await secondsShown(page);
    expect(first).toBeGreaterThan(WARNING_SECONDS - 5);
    expect(first).toBeLessThanOrEqual(WARNING_SECONDS);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Saya masih di sini');
    expect(await warning(page).getAttribute('aria-describedby')).toBeTruthy();

    await page.clock.runFor(10_000);
    await expect.poll(() => secondsShown(page)).toBeLessThanOrEqual(first - 9);
    expect(await secondsShown(page)).toBeGreaterThanOrEqual(first - 11);
    expect(await page.locator('#field-name').inputValue()).toBe('Siti Contoh');

    // The countdown is not read out every second: the dialog's live region speaks once, at 10 seconds.
    const liveRegion = warning(page).locator('[aria-live]');
    expect(await liveRegion.textContent()).toBe('');
    await page.clock.runFor(12_000);
    await expect.poll(() => liveRegion.textContent()).toBe('Tinggal 10 detik lagi.');
  });

  it('comes sooner on a receipt', async () => {
    const page = await openSession();
    await openKiosk(page);
    await startVisit(page);
    await fileOffline(page);
    await startVisit(page);
    await page.getByRole('button', { name: /Tanda bukti di perangkat ini/ }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /Tanda bukti/ }).waitFor();

    await waitForWarning(page, RECEIPT_SECONDS);
    await page.clock.runFor(WARNING_SECONDS * 1000);
    await attractScreen(page).waitFor();
  });

  it('extends by touch, click and keys, twelve times', async () => {
    const page = await openSession({}, { hasTouch: true });
    await openKiosk(page);
    await startVisit(page);
    await beginRequest(page);
    await fillFirstStep(page);
    await page.locator('#field-name').focus();

    const ways = ['touch the button', 'touch beside the dialog', 'click the button', 'click beside the dialog', 'Enter', 'Escape'] as const;
    for (let extension = 0; extension < 12; extension += 1) {
      const way = ways[extension % ways.length];
      await waitForWarning(page);
      const button = warning(page).getByRole('button', { name: STILL_HERE });
      if (way === 'touch the button') await button.tap();
      else if (way === 'touch beside the dialog') await page.touchscreen.tap(5, 5);
      else if (way === 'click the button') await button.click();
      else if (way === 'click beside the dialog') await page.mouse.click(5, 5);
      else await page.keyboard.press(way as string);

      await warning(page).waitFor({ state: 'detached' });
      // Focus goes back to the field the visitor was in, with the answer still there.
      expect(await page.evaluate(() => document.activeElement?.id), `focus after extension ${extension + 1} (${way})`).toBe('field-name');
      expect(await page.locator('#field-name').inputValue()).toBe('Siti Contoh');
    }
    expect(await attractScreen(page).count()).toBe(0);
  });
});

describe('idle reset', () => {
  it('forgets the visitor but keeps queued requests', async () => {
    const page = await openSession();
    await openKiosk(page);
    await startVisit(page);
    const queuedId = await fileOffline(page);

    // The next visitor changes everything a reset must undo, and leaves in the middle of the form.
    await startVisit(page);
    await beginRequest(page);
    await fillFirstStep(page, 'Siti Contoh');
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('heading', { level: 1, name: /Kuasa Pemohon/ }).waitFor();
    await setLanguage(page, 'en');
    await setDisplayMode(page, { name: 'high contrast + text 200%', highContrast: true, textSize: '200' });
    await page.getByRole('heading', { level: 1, name: /Applying for someone else/ }).waitFor();
    // A dialog that some part of the app left open must not keep the reset from finishing.
    await page.evaluate(() => {
      const dialog = document.createElement('dialog');
      dialog.textContent = 'Dialog yang tertinggal';
      document.body.append(dialog);
      dialog.showModal();
    });

    await waitForWarning(page);
    await page.clock.runFor(WARNING_SECONDS * 1000);
    await attractScreen(page).waitFor();

    const root = await page.evaluate(() => ({ ...document.documentElement.dataset, lang: document.documentElement.lang }));
    expect(root).toMatchObject({ contrast: 'normal', textSize: '100', lang: 'id' });
    expect(await page.locator('[data-announcer]').textContent()).toBe('');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await outboxRecords(page)).toEqual([{ id: queuedId, state: 'queued' }]);

    // Back never returns to the previous visitor's form.
    for (let press = 0; press < 4; press += 1) {
      await page.goBack();
      expect(new URL(page.url()).origin, `address after Back ${press + 1}`).toBe(server.origin);
      await attractScreen(page).waitFor();
      expect(await page.locator('input, textarea, select').count()).toBe(0);
      expect(await page.content()).not.toContain('Siti Contoh');
    }

    await startVisit(page);
    expect(await page.getByRole('button', { name: 'Kontras tinggi', pressed: false }).count()).toBeGreaterThan(0);
    await beginRequest(page);
    expect(await page.locator('#field-name').inputValue()).toBe('');
    expect(await page.getByLabel('Perorangan').isChecked()).toBe(false);

    await context.setOffline(false);
    await page.getByRole('button', { name: /Tanda bukti di perangkat ini/ }).click();
    await page.getByText('Semua sudah terkirim').first().waitFor({ timeout: 30_000 });
    expect(await postedIds(2)).toEqual([queuedId]);
  });

  it('completes while the server holds a sync open', async () => {
    const page = await openSession();
    await openKiosk(page);
    await startVisit(page);
    const queuedId = await fileOffline(page);

    // The server receives and stores the request, but its response is held back until release().
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let heldResponses = 0;
    await context.route('**/api/v1/submissions', async (route) => {
      const response = await route.fetch();
      heldResponses += 1;
      await released;
      // The device may have given up waiting by now and will send the request again.
      await route.fulfill({ response }).catch(() => undefined);
    });

    await context.setOffline(false);
    await expect.poll(() => heldResponses, { timeout: 30_000 }).toBe(1);

    await startVisit(page);
    await beginRequest(page);
    await fillFirstStep(page);
    await waitForWarning(page);
    await page.clock.runFor(WARNING_SECONDS * 1000);
    await attractScreen(page).waitFor();
    expect(await outboxRecords(page)).toEqual([{ id: queuedId, state: 'queued' }]);

    // Meanwhile the device timed out on the held responses (20 s each on the page's clock) and
    // sent the request again after each backoff. The server stores it once all the same.
    release();
    await page.clock.runFor(300_000);
    await expect.poll(async () => (await outboxRecords(page))[0]?.state, { timeout: 30_000 }).toBe('sent');
    expect(new Set(await postedIds(1))).toEqual(new Set([queuedId]));
    expect(storedSubmissionIds()).toEqual([queuedId]);
    // Route handlers of requests that the page aborted would otherwise keep the browser from closing for about 30 s.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
  });

  it('follows a page restored from the back/forward cache', async () => {
    const page = await openSession({}, { backForwardCache: true });
    await openKiosk(page);
    await startVisit(page);
    await beginRequest(page);
    await fillFirstStep(page);
    await page.evaluate(() => {
      (window as unknown as { loketTestDocument?: string }).loketTestDocument = 'before leaving';
    });

    await page.goto(`${server.origin}/status`);
    await page.goBack();
    await attractScreen(page).waitFor();

    // The same document came back from the cache, and was reset on its way back.
    expect(await page.evaluate(() => (window as unknown as { loketTestDocument?: string }).loketTestDocument)).toBe('before leaving');
    expect(await page.locator('input').count()).toBe(0);
    expect(await page.content()).not.toContain('Siti Contoh');
  });

  it('also ends the visit from Selesai', async () => {
    const page = await openSession();
    await openKiosk(page);
    await startVisit(page);
    await setDisplayMode(page, { name: 'text 200%', highContrast: false, textSize: '200' });
    await fileOffline(page);

    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('100');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sentuh untuk memulaiTouch to start');
  });
});

/** The text the test's new service worker sends back; the built one does not answer at all. */
const NEW_VERSION = 'updated';

/**
 * Publishes a new version in the copy of dist/app the server serves: the same app with a
 * service worker that differs, and that reports NEW_VERSION. Then asks the page's registration
 * to check for it.
 */
async function publishUpdate(page: Page, staticDir: string): Promise<void> {
  await appendFile(
    join(staticDir, 'sw.js'),
    `\nself.addEventListener('message', (event) => { if (event.data === 'loket-test-version') event.source?.postMessage('${NEW_VERSION}'); });\n`,
  );
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
}

/** Asks the service worker that controls the page which version it is. */
async function controllingVersion(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        navigator.serviceWorker.addEventListener('message', (event) => resolve(event.data), { once: true });
        navigator.serviceWorker.controller?.postMessage('loket-test-version');
      }),
  );
}

async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { loketTestDocument?: string }).loketTestDocument = 'loaded before the update';
  });
}

async function documentMark(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { loketTestDocument?: string }).loketTestDocument);
}

describe('when an update arrives', () => {
  let staticDir: string;

  afterEach(async () => {
    await rm(staticDir, { recursive: true, force: true });
  });

  /** Serves a copy of the built app, so the test can publish a new version, and opens the kiosk with its service worker ready. */
  async function openUpdatableKiosk(): Promise<Page> {
    staticDir = await mkdtemp(join(tmpdir(), 'loket-app-'));
    await cp('dist/app', staticDir, { recursive: true });
    const page = await openSession({ LOKET_STATIC_DIR: staticDir });
    await openKiosk(page);
    await waitForOfflineReady(page);
    return page;
  }

  it('mid-form, waits for the reset', async () => {
    const page = await openUpdatableKiosk();
    await startVisit(page);
    await beginRequest(page);
    await fillFirstStep(page);
    await markDocument(page);

    await publishUpdate(page, staticDir);
    await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting), undefined, { timeout: 30_000 });
    // Time for the page to hear of the waiting worker and, if it were wrong, to reload.
    await page.clock.runFor(5_000);
    await page.waitForTimeout(500);

    expect(await documentMark(page)).toBe('loaded before the update');
    expect(await page.locator('#field-name').inputValue()).toBe('Siti Contoh');

    const reloaded = page.waitForEvent('load');
    await waitForWarning(page);
    await page.clock.runFor(WARNING_SECONDS * 1000);
    await reloaded;
    await attractScreen(page).waitFor();

    expect(await documentMark(page)).toBeUndefined();
    expect(await controllingVersion(page)).toBe(NEW_VERSION);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
  });

  it('on the attract screen, loads at once', async () => {
    const page = await openUpdatableKiosk();
    await markDocument(page);

    const reloaded = page.waitForEvent('load');
    await publishUpdate(page, staticDir);
    await reloaded;
    await attractScreen(page).waitFor();

    expect(await documentMark(page)).toBeUndefined();
    expect(await controllingVersion(page)).toBe(NEW_VERSION);
  });
});

describe('kiosk screens', () => {
  it('start by any key and pass axe', async () => {
    const page = await openSession();
    await openKiosk(page);
    await expectAttractAccessible(page);

    await page.keyboard.press('5');
    await page.getByRole('button', { name: 'Mulai' }).waitFor();
    await page.getByRole('region', { name: 'Status perangkat' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('screen-heading');

    const choices = page.getByRole('region', { name: 'Atur tampilan layar' });
    await choices.getByRole('button', { name: 'Kontras tinggi' }).click();
    await choices.getByRole('button', { name: '200%' }).click();
    // The settings bar shows the choice made on the start screen.
    await page.getByRole('region', { name: 'Pengaturan tampilan' }).getByRole('button', { name: '200%', pressed: true }).waitFor();
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ contrast: 'high', textSize: '200' });
    await choices.getByRole('button', { name: '100%' }).click();
    await choices.getByRole('button', { name: 'Kontras tinggi' }).click();

    await expectAccessibleEverywhere(page);
  });

  it('warning passes axe in every mode', async () => {
    const page = await openSession();
    await openKiosk(page);
    await startVisit(page);
    await beginRequest(page);

    const failures: string[] = [];
    for (const locale of LOCALES) {
      await setLanguage(page, locale);
      for (const mode of DISPLAY_MODES) {
        await setDisplayMode(page, mode);
        await waitForWarning(page);
        const label = `${locale}, ${mode.name}`;
        failures.push(...(await axeViolations(page, { enhancedContrast: mode.highContrast })).map((failure) => `${label}: ${failure}`));
        failures.push(...(await smallTargets(page)).map((failure) => `${label}: ${failure}`));
        await page.keyboard.press('Escape');
        await warning(page).waitFor({ state: 'detached' });
      }
    }
    await page.setViewportSize({ width: REFLOW_WIDTH_PX, height: 720 });
    await waitForWarning(page);
    failures.push(...(await horizontalOverflow(page)).map((failure) => `320 px, 200 %: ${failure}`));

    expect(failures).toEqual([]);
  });
});

/**
 * The attract screen has no settings bar: no visitor has arrived to choose. It shows in the
 * default settings, which are high contrast when the system requests more contrast. So axe
 * runs in every mode, set as the app sets them, and the reflow check runs at 320 px.
 */
async function expectAttractAccessible(page: Page): Promise<void> {
  const failures: string[] = [];
  for (const mode of DISPLAY_MODES) {
    await page.evaluate(({ highContrast, textSize }) => {
      document.documentElement.dataset.contrast = highContrast ? 'high' : 'normal';
      document.documentElement.dataset.textSize = textSize;
    }, mode);
    failures.push(...(await axeViolations(page, { enhancedContrast: mode.highContrast })).map((failure) => `${mode.name}: ${failure}`));
    failures.push(...(await smallTargets(page)).map((failure) => `${mode.name}: ${failure}`));
  }
  const viewport = page.viewportSize();
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = '200';
  });
  await page.setViewportSize({ width: REFLOW_WIDTH_PX, height: 720 });
  failures.push(...(await horizontalOverflow(page)).map((failure) => `320 px, 200 %: ${failure}`));
  if (viewport) await page.setViewportSize(viewport);
  await page.evaluate(() => {
    document.documentElement.dataset.contrast = 'normal';
    document.documentElement.dataset.textSize = '100';
  });
  expect(failures).toEqual([]);
}
