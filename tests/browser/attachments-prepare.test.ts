import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ATTACHMENT_LIMITS } from '../../src/domain/attachments/limits.ts';
import type { harness } from './support/attachments-harness.ts';
import { BrowserSession } from './support/browser-session.ts';

declare global {
  interface Window {
    loketTest: { harness: typeof harness };
  }
}

const HARNESS_PATH = '/test-only/attachments-harness.js';
let session: BrowserSession;
let page: Page;

/**
 * Opens the built app and loads prepare-attachment.ts, bundled with the test's helpers, as a
 * script of the app's own origin: a secure context for crypto.subtle, and one that the app's
 * Content-Security-Policy (default-src 'self') lets run.
 */
beforeAll(async () => {
  session = await BrowserSession.open();
  const bundle = await build({
    entryPoints: ['tests/browser/support/attachments-harness.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'loketTest',
    platform: 'browser',
    write: false,
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  page = await session.context.newPage();
  await page.route(`**${HARNESS_PATH}`, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: script }));
  await page.goto(session.server.origin);
  await page.addScriptTag({ url: HARNESS_PATH });
});

afterAll(async () => {
  await session?.close();
});

function near(expected: number[]) {
  return (actual: number[] | undefined) => actual !== undefined && actual.every((value, index) => Math.abs(value - (expected[index] ?? 0)) <= 24);
}

describe('prepareAttachment in Chromium', () => {
  it('downscales an image to the limit', async () => {
    const result = await page.evaluate(async (limits) => {
      const { harness } = window.loketTest;
      return harness.prepareAndInspect(await harness.transparentPng(), limits);
    }, DEFAULT_ATTACHMENT_LIMITS);

    expect(result.ok).toBe(true);
    expect(result.type).toBe('image/jpeg');
    expect(result.blobType).toBe('image/jpeg');
    expect(result.name).toBe('Tangkapan layar.jpg');
    expect(result.width).toBe(1600);
    expect(result.height).toBe(1067);
    expect(result.shaMatches).toBe(true);
  });

  it('paints transparency white', async () => {
    const result = await page.evaluate(async (limits) => {
      const { harness } = window.loketTest;
      return harness.prepareAndInspect(await harness.transparentPng(), limits, { corner: [0.02, 0.02], middle: [0.5, 0.5] });
    }, DEFAULT_ATTACHMENT_LIMITS);

    expect(result.pixels?.corner).toSatisfy(near([255, 255, 255]));
    expect(result.pixels?.middle).toSatisfy(near([0, 0, 0]));
  });

  it('stands a rotated phone photo upright', async () => {
    const result = await page.evaluate(async (limits) => {
      const { harness } = window.loketTest;
      return harness.prepareAndInspect(await harness.rotatedJpeg(), limits, { top: [0.5, 0.1], bottom: [0.5, 0.9] });
    }, DEFAULT_ATTACHMENT_LIMITS);

    expect(result.width).toBe(200);
    expect(result.height).toBe(400);
    expect(result.pixels?.top).toSatisfy(near([255, 0, 0]));
    expect(result.pixels?.bottom).toSatisfy(near([0, 0, 255]));
  });

  it('drops the EXIF metadata', async () => {
    const result = await page.evaluate(async (limits) => {
      const { harness } = window.loketTest;
      return harness.prepareAndInspect(await harness.rotatedJpeg(), limits);
    }, DEFAULT_ATTACHMENT_LIMITS);

    expect(result.hasExif).toBe(false);
  });

  it('encodes without OffscreenCanvas', async () => {
    const result = await page.evaluate(async (limits) => {
      const { harness } = window.loketTest;
      const file = await harness.transparentPng();
      return harness.withoutOffscreenCanvas(() => harness.prepareAndInspect(file, limits, { corner: [0.02, 0.02] }));
    }, DEFAULT_ATTACHMENT_LIMITS);

    expect(result.blobType).toBe('image/jpeg');
    expect(result.width).toBe(1600);
    expect(result.height).toBe(1067);
    expect(result.pixels?.corner).toSatisfy(near([255, 255, 255]));
    expect(await page.evaluate(() => typeof OffscreenCanvas)).toBe('function');
  });

  it('reports an image that does not decode', async () => {
    const result = await page.evaluate((limits) => window.loketTest.harness.prepareAndInspect(window.loketTest.harness.brokenPng(), limits), DEFAULT_ATTACHMENT_LIMITS);

    expect(result).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('keeps a PDF byte for byte', async () => {
    const result = await page.evaluate((limits) => window.loketTest.harness.prepareAndInspect(window.loketTest.harness.pdfNamedJpeg(), limits), DEFAULT_ATTACHMENT_LIMITS);

    expect(result).toEqual({ ok: true, name: 'scan.pdf', type: 'application/pdf', blobType: 'application/pdf', size: 3009, shaMatches: true });
  });
});
