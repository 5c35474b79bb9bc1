import type { BrowserContext, Page, Response, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_LANGUAGE_CACHE } from '../../src/sw/cache-names.ts';
import { chooseFiles, fillComplaintToAttachments, readQueue, sendComplaint } from './support/attachment-device.ts';
import { pdfFile } from './support/attachment-files.ts';
import { BrowserSession } from './support/browser-session.ts';
import { expectAccessibleEverywhere } from './support/expect-accessible.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { waitForOfflineReady } from './support/offline.ts';
import { cachedSignFiles, readShippedSignContent, type ShippedSignContent } from './support/sign-language-content.ts';
import { within } from './support/within.ts';

const SECTION = 'section[aria-labelledby="setup-sign-language-title"]';

function section(page: Page) {
  return page.locator(SECTION);
}

/** Opens /setup with the service worker in control, as staff do on a new kiosk. */
async function openSetup(page: Page, server: IntakeServer): Promise<void> {
  await page.goto(`${server.origin}/setup`);
  await section(page).getByRole('heading', { name: 'Video bahasa isyarat' }).waitFor();
  await waitForOfflineReady(page);
  await section(page).getByRole('button', { name: 'Unduh video' }).waitFor();
}

/** Starts the download and waits for its result; returns the result's kind. */
async function download(page: Page): Promise<string> {
  await section(page).getByRole('button', { name: 'Unduh video' }).click();
  const result = section(page).locator('[data-result]');
  await result.waitFor({ timeout: 60_000 });
  return (await result.getAttribute('data-result')) ?? '';
}

async function progressValues(page: Page): Promise<{ value: number; max: number; label: string }> {
  const progress = section(page).locator('progress');
  return {
    value: Number(await progress.getAttribute('value')),
    max: Number(await progress.getAttribute('max')),
    label: await section(page).locator('.sign-prefetch__progress label').innerText(),
  };
}

describe('sign-language videos offline', () => {
  // One page for the describe block: each test moves it on from where the previous one left it.
  let session: BrowserSession;
  let server: IntakeServer;
  let context: BrowserContext;
  let page: Page;
  let content: ShippedSignContent;

  beforeAll(async () => {
    session = await BrowserSession.open();
    ({ server, context } = session);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await openSetup(page, server);
    content = await readShippedSignContent(server.origin, page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('setup offers every language, ticked', async () => {
    const boxes = section(page).getByRole('checkbox');
    expect(await boxes.count()).toBe(Object.keys(content.manifest.languages).length);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(true);
    expect(await section(page).locator('progress').count()).toBe(0);
    // A fresh headless profile has neither an installed app nor site engagement.
    expect(await section(page).locator('.sign-prefetch__persistent').innerText()).toContain('Penyimpanan tetap tidak diizinkan');
    await expectAccessibleEverywhere(page);
  });

  it('download in progress can be stopped', async () => {
    // The first video's download waits here, so the screen stays mid-way for the checks.
    const firstVideo = content.videos[0] ?? '';
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const hold = async (route: Route) => {
      await held;
      await route.continue().catch(() => undefined);
    };
    await page.route(`**${firstVideo}`, hold);
    try {
      await section(page).getByRole('button', { name: 'Unduh video' }).click();
      const stop = section(page).getByRole('button', { name: 'Hentikan pengunduhan' });
      await stop.waitFor();
      await page.waitForFunction((selector) => Number(document.querySelector(`${selector} progress`)?.getAttribute('value')) > 0, SECTION);
      const { value, max, label } = await progressValues(page);
      expect(max).toBe(content.files.length);
      expect(value).toBeLessThan(max);
      expect(label).toContain(`dari ${content.files.length} berkas`);
      await expectAccessibleEverywhere(page);

      await stop.click();
      release();
      await section(page).locator('[data-result="cancelled"]').waitFor();
    } finally {
      release();
      await page.unroute(`**${firstVideo}`, hold);
    }
    expect(await section(page).locator('[data-result]').innerText()).toContain('Pengunduhan dihentikan.');
    // The same button is back, so focus stayed on it through the run.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Unduh video');
  });

  it('download saves every file', async () => {
    expect(await download(page)).toBe('complete');

    const { value, max, label } = await progressValues(page);
    expect(max).toBe(content.files.length);
    expect(value).toBe(max);
    expect(label).toMatch(new RegExp(`^${max} dari ${max} berkas · `));
    expect(await cachedSignFiles(page)).toEqual([...content.files].sort());
    expect(await section(page).locator('[data-result]').innerText()).toContain(`Semua ${max} berkas tersimpan`);
    expect(await section(page).locator('.sign-prefetch__usage').innerText()).toContain(`${max} berkas`);
    await expectAccessibleEverywhere(page);
  });

  it('second download fetches no video', async () => {
    const videoRequests: string[] = [];
    const onRequest = (request: { url: () => string }) => {
      if (content.videos.some((video) => request.url().endsWith(video))) videoRequests.push(request.url());
    };
    page.on('request', onRequest);
    expect(await download(page)).toBe('complete');
    page.off('request', onRequest);
    expect(videoRequests).toEqual([]);
  });

  it('precache holds no sign-language file', async () => {
    const precached = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((name) => name.includes('precache'));
      const urls: string[] = [];
      for (const name of names) urls.push(...(await (await caches.open(name)).keys()).map((request) => request.url));
      return { names, urls };
    });
    expect(precached.names.length).toBeGreaterThan(0);
    expect(precached.urls.length).toBeGreaterThan(0);
    expect(precached.urls.filter((url) => url.includes('/sign-language/'))).toEqual([]);
  });

  it('cached clip plays and seeks offline', async () => {
    await context.setOffline(true);
    await page.goto(server.origin);
    await page.getByRole('button', { name: 'Mulai' }).waitFor();

    const video = content.videos[0] ?? '';
    const captions = content.files.find((file) => file.endsWith('.vtt')) ?? '';
    const responses: Response[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith(video)) responses.push(response);
    });

    const playback = await page.evaluate(
      async ({ src, track }) => {
        const element = document.createElement('video');
        element.muted = true;
        element.preload = 'auto';
        const trackElement = document.createElement('track');
        trackElement.kind = 'captions';
        trackElement.srclang = 'id';
        trackElement.src = track;
        trackElement.default = true;
        element.append(trackElement);
        element.src = src;
        document.body.append(element);
        const failed = (event: string) => () => new Error(`${event}: media error ${element.error?.code} ${element.error?.message}`);

        await new Promise((resolve, reject) => {
          element.addEventListener('loadedmetadata', resolve, { once: true });
          element.addEventListener('error', () => reject(failed('loadedmetadata')()), { once: true });
        });
        await element.play();
        await new Promise<void>((resolve) => {
          const check = () => (element.currentTime > 0 ? resolve() : element.addEventListener('timeupdate', check, { once: true }));
          check();
        });
        const playedTo = element.currentTime;

        const middle = element.duration / 2;
        const seeked = new Promise((resolve) => element.addEventListener('seeked', resolve, { once: true }));
        element.currentTime = middle;
        await seeked;
        const seekedTo = element.currentTime;
        element.pause();

        if (trackElement.readyState !== HTMLTrackElement.LOADED) {
          await new Promise((resolve, reject) => {
            trackElement.addEventListener('load', resolve, { once: true });
            trackElement.addEventListener('error', () => reject(new Error('the caption track did not load')), { once: true });
          });
        }
        return { playedTo, middle, seekedTo, cues: trackElement.track.cues?.length ?? 0, error: element.error?.code ?? null };
      },
      { src: video, track: captions },
    );

    expect(playback.error).toBeNull();
    expect(playback.playedTo).toBeGreaterThan(0);
    expect(Math.abs(playback.seekedTo - playback.middle)).toBeLessThan(1);
    expect(playback.cues).toBeGreaterThan(0);

    // Every response the video element got came from the worker's cache, cut to a range.
    expect(responses.length).toBeGreaterThan(0);
    for (const response of responses) {
      expect(response.fromServiceWorker()).toBe(true);
      expect(response.status()).toBe(206);
      expect(response.headers()['content-range']).toMatch(new RegExp(`^bytes \\d+-\\d+/${content.sizes.get(video)}$`));
    }
  });

  it('range from the middle comes from the cache', async () => {
    const video = content.videos[0] ?? '';
    const size = content.sizes.get(video) ?? 0;
    const start = Math.floor(size / 2);
    const end = start + 99;
    const [response, answer] = await Promise.all([
      page.waitForResponse((candidate) => candidate.url().endsWith(video) && candidate.request().headers().range !== undefined),
      page.evaluate(
        async ({ src, range }) => {
          const response = await fetch(src, { headers: { range } });
          return { status: response.status, contentRange: response.headers.get('content-range'), bytes: (await response.arrayBuffer()).byteLength };
        },
        { src: video, range: `bytes=${start}-${end}` },
      ),
    ]);
    expect(response.fromServiceWorker()).toBe(true);
    expect(answer).toEqual({ status: 206, contentRange: `bytes ${start}-${end}/${size}`, bytes: 100 });
  });

  it('odd ranges follow HTTP offline', async () => {
    const video = content.videos[0] ?? '';
    const size = content.sizes.get(video) ?? 0;
    const answers = await page.evaluate(
      async ({ src, ranges }) => {
        const results: { status: number; contentRange: string | null; bytes: number }[] = [];
        for (const range of ranges) {
          const response = await fetch(src, { headers: { range } });
          results.push({ status: response.status, contentRange: response.headers.get('content-range'), bytes: (await response.arrayBuffer()).byteLength });
        }
        return results;
      },
      { src: video, ranges: [`bytes=${size + 100}-${size + 200}`, 'bytes=5-2', 'bytes=abc'] },
    );
    expect(answers).toEqual([
      { status: 416, contentRange: `bytes */${size}`, bytes: 0 },
      { status: 200, contentRange: null, bytes: size },
      { status: 200, contentRange: null, bytes: size },
    ]);
  });

  it('caption file is served offline', async () => {
    const captions = content.files.filter((file) => file.endsWith('.vtt'));
    const answers = await page.evaluate(async (paths) => {
      const results: { status: number; webvtt: boolean }[] = [];
      for (const path of paths) {
        const response = await fetch(path);
        results.push({ status: response.status, webvtt: (await response.text()).startsWith('WEBVTT') });
      }
      return results;
    }, captions);
    expect(answers).toEqual(captions.map(() => ({ status: 200, webvtt: true })));
  });

  it('uncached clip fails offline', async () => {
    const video = content.videos[1] ?? content.videos[0] ?? '';
    const outcome = await page.evaluate(
      async ({ src, cacheName }) => {
        await (await caches.open(cacheName)).delete(src);
        const response = await fetch(src);
        const element = document.createElement('video');
        element.muted = true;
        const mediaError = new Promise<number | null>((resolve) => {
          element.addEventListener('error', () => resolve(element.error?.code ?? null), { once: true });
          element.addEventListener('loadedmetadata', () => resolve(null), { once: true });
        });
        element.src = src;
        document.body.append(element);
        return { status: response.status, mediaError: await mediaError };
      },
      { src: video, cacheName: SIGN_LANGUAGE_CACHE },
    );
    expect(outcome.status).toBe(504);
    expect(outcome.mediaError).not.toBeNull();
    await context.setOffline(false);
  });

  it('clip played online is stored whole', async () => {
    const video = content.videos[1] ?? content.videos[0] ?? '';
    expect(await cachedSignFiles(page)).not.toContain(video);

    const playedFrom = await page.evaluate(async (src) => {
      const element = document.createElement('video');
      element.muted = true;
      element.src = src;
      document.body.append(element);
      await new Promise((resolve, reject) => {
        element.addEventListener('loadedmetadata', resolve, { once: true });
        element.addEventListener('error', () => reject(new Error(`media error ${element.error?.code}`)), { once: true });
      });
      return element.duration;
    }, video);
    expect(playedFrom).toBeGreaterThan(0);

    // The worker stores the whole file in the background, after the page's Range request.
    const deadline = Date.now() + 10_000;
    while (!(await cachedSignFiles(page)).includes(video)) {
      if (Date.now() > deadline) throw new Error(`The service worker did not store ${video} within 10 s`);
      await page.waitForTimeout(100);
    }
    const stored = await page.evaluate(
      async ({ src, cacheName }) => {
        const response = await (await caches.open(cacheName)).match(src);
        return { status: response?.status, bytes: (await response?.arrayBuffer())?.byteLength };
      },
      { src: video, cacheName: SIGN_LANGUAGE_CACHE },
    );
    expect(stored).toEqual({ status: 200, bytes: content.sizes.get(video) });
  });

  it('download offline says to connect', async () => {
    await context.setOffline(true);
    try {
      // The service worker serves the cached manifest, so staff still see the languages.
      await openSetup(page, server);
      expect(await download(page)).toBe('offline');
      expect(await section(page).locator('[data-result]').innerText()).toContain('Sambungkan perangkat ke jaringan, lalu unduh lagi.');
      expect(await cachedSignFiles(page)).toEqual([...content.files].sort());
      await expectAccessibleEverywhere(page);
    } finally {
      await context.setOffline(false);
    }
  });
});

describe('when storage is full', () => {
  let session: BrowserSession;
  let server: IntakeServer;
  let context: BrowserContext;

  beforeAll(async () => {
    session = await BrowserSession.open();
    ({ server, context } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('says when persistent storage is granted', async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.grantPermissions', { origin: server.origin, permissions: ['durableStorage'] });
    await page.goto(`${server.origin}/setup`);
    const persistent = section(page).locator('.sign-prefetch__persistent');
    await persistent.waitFor();
    expect(await persistent.innerText()).toContain('Penyimpanan tetap diizinkan');
    // The next test's page must open after the worker activated: a page that is still loading
    // when the worker activates stays uncontrolled (support/offline.ts).
    await waitForOfflineReady(page);
    await page.close();
  });

  it('stops, and videos yield to the outbox', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await openSetup(page, server);
    const content = await readShippedSignContent(server.origin, page);
    const setBytes = [...content.sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
    const largestVideo = Math.max(...content.videos.map((video) => content.sizes.get(video) ?? 0));
    expect(setBytes, 'the content has too few videos for this test').toBeGreaterThan(3 * largestVideo);

    // Room for all but the largest video: the download must stop before the end. Chromium
    // enforces this quota but reports usage + 10 GiB to navigator.storage.estimate(), so the
    // stop comes from the QuotaExceededError.
    const usage = await within('navigator.storage.estimate()', 10_000, page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0));
    const cdp = await within('Opening a CDP session', 10_000, context.newCDPSession(page));
    const quotaSize = usage + setBytes - largestVideo;
    await within('Storage.overrideQuotaForOrigin', 10_000, cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin, quotaSize }));

    expect(await download(page)).toBe('noRoom');
    const result = await section(page).locator('[data-result]').innerText();
    expect(result).toContain('ruang penyimpanan perangkat tidak cukup');
    expect(result).toContain('Kosongkan ruang di perangkat');
    const cached = await cachedSignFiles(page);
    expect(cached.length).toBeGreaterThan(0);
    expect(cached.length).toBeLessThan(content.files.length);
    await expectAccessibleEverywhere(page);

    // Offline, the app still opens. A complaint with a file larger than any room the download
    // left is queued whole, because cached videos give their room to the outbox.
    await context.setOffline(true);
    await page.goto(`${server.origin}/?channel=tablet`);
    await page.getByRole('button', { name: 'Mulai' }).waitFor();
    await fillComplaintToAttachments(page);
    const file = { name: 'foto-saluran.pdf', mimeType: 'application/pdf', buffer: pdfFile('Foto saluran', largestVideo + 16 * 1024) };
    await chooseFiles(page, [file], { listed: [file.name] });
    await sendComplaint(page);

    const queued = await readQueue(page);
    expect(queued.records.map(({ state, droppedAttachments }) => ({ state, droppedAttachments }))).toEqual([{ state: 'queued', droppedAttachments: [] }]);
    expect(queued.files.map(({ name }) => name)).toEqual([file.name]);
    const videosLeft = (await cachedSignFiles(page)).filter((path) => content.videos.includes(path));
    expect(videosLeft.length).toBeLessThan(cached.filter((path) => content.videos.includes(path)).length);
    expect(await cachedSignFiles(page)).toContain('/sign-language/manifest.json');
  });
});
