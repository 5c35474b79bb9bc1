// Timing probe for the benchmark, injected with page.addInitScript before any page script
// runs. The page-side code lives in this plain JavaScript file for two reasons. tsx adds
// `__name()` calls to named TypeScript functions, and those calls do not exist once
// Playwright sends a function into the page. The app's Content Security Policy also forbids
// the eval that Playwright's string expressions need. The bench calls `window.__loketBench.*`
// from one-line arrow functions instead.
//
// The probe reports each finished measure with console.debug('loket-bench: <name>'), and the
// bench waits for that message. Polling with page.waitForFunction would inject Playwright's
// script into the page and compile it on the throttled main thread while the page loads.
//
// Every time is performance.now() in the page: milliseconds since the navigation started.
// A time ending in "At" is taken in a MutationObserver callback, a microtask after the DOM
// change and before style, layout and paint. A time ending in "PaintedAt" is taken in a
// timeout queued from the next animation frame. In Chromium that timeout runs after the
// frame's paint step, though the pixels reach the screen a little later.
(() => {
  const START_LABEL = 'Mulai';
  const SUBMIT_LABEL = 'Kirim permohonan';
  const RECEIPT_TITLE = 'Tanda bukti permohonan';
  const CODE_TERMS = { 'Kode sementara': 'provisional', 'Nomor pendaftaran': 'registration' };

  const timings = {
    interactiveAt: null,
    interactivePaintedAt: null,
    submitClickAt: null,
    receiptHeadingAt: null,
    receiptAt: null,
    receiptPaintedAt: null,
    receiptCodeKind: null,
  };

  const afterNextPaint = (record) => requestAnimationFrame(() => setTimeout(record, 0));
  const signal = (name) => console.debug(`loket-bench: ${name}`);
  const buttonText = (button) => (button.textContent ?? '').trim();

  // Enabled means neither `disabled` nor aria-disabled="true": the app's submit button uses
  // aria-disabled while a submission is pending.
  const findStartButton = () => {
    for (const button of document.querySelectorAll('button')) {
      if (buttonText(button) !== START_LABEL) continue;
      if (button.disabled || button.getAttribute('aria-disabled') === 'true') continue;
      return button;
    }
    return null;
  };

  const hasReceiptHeading = () => {
    const heading = document.querySelector('main h1');
    return heading !== null && (heading.textContent ?? '').includes(RECEIPT_TITLE);
  };

  // The receipt counts as shown once its heading and the term before its code are in the
  // document. Online, the sync engine may have replaced the provisional code by the
  // registration number before the record first renders, so either term ends the measure.
  const findReceiptCodeKind = () => {
    for (const term of document.querySelectorAll('main dt')) {
      const kind = CODE_TERMS[(term.textContent ?? '').trim()];
      if (kind) return kind;
    }
    return null;
  };

  const startObserver = new MutationObserver(() => {
    if (!findStartButton()) return;
    timings.interactiveAt = performance.now();
    startObserver.disconnect();
    afterNextPaint(() => {
      timings.interactivePaintedAt = performance.now();
      signal('interactive');
    });
  });
  startObserver.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'aria-disabled'],
  });

  // Watches for the receipt only after the submit click, so the observer costs nothing while
  // the form is filled in.
  const receiptObserver = new MutationObserver(() => {
    if (!hasReceiptHeading()) return;
    const now = performance.now();
    timings.receiptHeadingAt ??= now;
    const kind = findReceiptCodeKind();
    if (!kind) return;
    timings.receiptAt = now;
    timings.receiptCodeKind = kind;
    receiptObserver.disconnect();
    afterNextPaint(() => {
      timings.receiptPaintedAt = performance.now();
      signal('receipt');
    });
  });

  window.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button || buttonText(button) !== SUBMIT_LABEL || timings.submitClickAt !== null) return;
      timings.submitClickAt = performance.now();
      receiptObserver.observe(document, { childList: true, subtree: true, characterData: true });
    },
    true,
  );

  Object.defineProperty(window, '__loketBench', {
    value: {
      timings,

      /** Returns the probe's times with the page's navigation, paint and resource timings. */
      readPageTimings() {
        const navigation = performance.getEntriesByType('navigation')[0];
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return {
          probe: { ...timings },
          domContentLoadedMs: navigation.domContentLoadedEventStart,
          firstContentfulPaintMs: paint ? paint.startTime : null,
          workerStart: navigation.workerStart,
          resources: performance.getEntriesByType('resource').map((entry) => ({
            name: entry.name,
            initiatorType: entry.initiatorType,
            startTime: entry.startTime,
            responseEnd: entry.responseEnd,
          })),
        };
      },

      /**
       * Waits until a service worker controls the page and has the configuration in its
       * cache, as the offline browser test does. From then on a reload works without a
       * network. Returns what it saw, also when `timeoutMs` passes first.
       */
      async waitForOfflineReady(timeoutMs) {
        const deadline = performance.now() + timeoutMs;
        const state = { registered: false, controlled: false, configCached: false, cacheNames: [] };
        while (performance.now() < deadline) {
          state.registered = (await navigator.serviceWorker.getRegistration()) !== undefined;
          state.controlled = navigator.serviceWorker.controller !== null;
          state.configCached = (await caches.match('/api/v1/config')) !== undefined;
          if (state.controlled && state.configCached) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        state.cacheNames = await caches.keys();
        return state;
      },
    },
  });
})();
