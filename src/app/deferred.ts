/**
 * Everything the start screen does not need: the form screens, the IndexedDB outbox (Dexie is
 * the largest dependency), the sync engine and the service-worker registration. App renders
 * the start screen first and imports this chunk once it is on display (load-deferred.ts), so
 * a kiosk shows "Mulai" sooner; the service worker precaches the chunk for offline starts.
 */
export { FlowScreens } from './flow/FlowScreens.tsx';
export { startSyncEngine } from './outbox/sync-engine.ts';
export { applyPendingUpdate, checkForUpdate, onUpdateWaiting, registerServiceWorker } from './pwa/register.ts';
export { DeviceStatus } from './status/DeviceStatus.tsx';
export { getDeviceIdentity } from './device.ts';
export { KeyboardLayer } from './keyboard/KeyboardLayer.tsx';
export { getPrintLayout } from './receipt/print/print-layout.ts';
export { SetupScreen } from './setup/SetupScreen.tsx';
export { SignLanguagePanel } from './sign-language/SignLanguagePanel.tsx';
export { StatusPage } from './status-lookup/StatusPage.tsx';
