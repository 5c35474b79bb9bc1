/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CONFIG_PATH, configStrategy, warmConfigCache } from './config-route.ts';
import { SKIP_WAITING } from './messages.ts';
import { isSignTextRequest, isSignVideoRequest, signTextStrategy, signVideoStrategy } from './sign-language-route.ts';
import { warmSignLanguageCache } from './sign-language-warm.ts';

declare const self: ServiceWorkerGlobalScope;

// The first install takes control at once so the page that installed it works offline
// without a reload. A later version waits until the page sends SKIP_WAITING at a safe moment.
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every navigation gets the precached app shell, except the API and the OpenAPI document.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));

registerRoute(({ url, request }) => url.origin === self.location.origin && url.pathname === CONFIG_PATH && request.method === 'GET', configStrategy);

// Sign-language content has its own cache and quota check (sign-language-store.ts), never
// the precache, so a large video set cannot stop an install.
registerRoute((options) => isSignVideoRequest(options, self.location.origin), signVideoStrategy);
registerRoute((options) => isSignTextRequest(options, self.location.origin), signTextStrategy);

// The page fetched the configuration and the sign-language manifest before this worker
// controlled it, so those responses are not cached yet. Fetching them once more at install, with
// the captions, lets the next start work offline.
self.addEventListener('install', (event) => event.waitUntil(Promise.all([warmConfigCache(), warmSignLanguageCache()])));

self.addEventListener('message', (event) => {
  if (event.data?.type === SKIP_WAITING) void self.skipWaiting();
});
