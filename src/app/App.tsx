import { Fragment } from 'preact';
import { useCallback, useEffect, useReducer, useState } from 'preact/hooks';
import { resolveIdleSettings } from '../domain/idle-settings.ts';
import { MAIN_ID, SkipLink } from './a11y/SkipLink.tsx';
import { ConfigErrorScreen } from './config/ConfigErrorScreen.tsx';
import { useKioskConfig } from './config/use-kiosk-config.ts';
import { isSharedDevice } from './device.ts';
import { SettingsBar } from './display/SettingsBar.tsx';
import { flowReducer, initialFlowState } from './flow/flow-state.ts';
import { useTranslation } from './i18n/use-translation.ts';
import { useLazyModule } from './lazy/use-lazy-module.ts';
import { loadDeferred } from './load-deferred.ts';
import { routeOf } from './routes.ts';
import { IdleSession } from './session/IdleSession.tsx';
import { useVisit } from './session/use-visit.ts';
import { startSignLanguage } from './sign-language/manifest-store.ts';
import { useSignManifest, useSignSettings } from './sign-language/use-sign-language.ts';
import { AttractScreen } from './start/AttractScreen.tsx';
import { StartScreen } from './start/StartScreen.tsx';

/**
 * The whole app: settings and status bars on every screen, then the current screen once the
 * configuration is loaded. The flow state lives here, above the configuration, so a failed
 * reload of the configuration never loses the visitor's answers. Until the deferred chunk
 * (deferred.ts) arrives, the start screen renders on its own and the status bar waits.
 *
 * On a kiosk, a visit begins on the attract screen and ends when the idle timer runs out or
 * the visitor presses "Selesai". endVisit() then clears the visitor's state. Everything under
 * the visit's key is remounted, so no component keeps state from one visitor to the next.
 */
export function App() {
  const { t } = useTranslation();
  const { state: configState, retry, refresh } = useKioskConfig();
  // Waits for the configuration so the start screen renders before the larger chunk parses.
  const deferred = useLazyModule(loadDeferred, configState.kind !== 'loading');
  // The sign-language manifest is fetched once the start screen is on display, like the chunk.
  useEffect(() => {
    if (deferred) startSignLanguage();
  }, [deferred]);
  const signManifest = useSignManifest();
  const { enabled: signEnabled } = useSignSettings();
  const [flow, dispatch] = useReducer(flowReducer, initialFlowState);
  // Pages are entered by loading their address; the one switch inside the app is openReceipts.
  const [route, setRoute] = useState(() => routeOf(location.pathname));
  const kiosk = isSharedDevice();
  const ready = configState.kind === 'ready' ? configState.config : undefined;
  // The status bar's receipts button works on every page: elsewhere it switches to the kiosk
  // flow, replacing the address so that Back does not return to a page the app no longer shows.
  const openReceipts = useCallback(() => {
    if (route !== 'flow') {
      history.replaceState(null, '', '/');
      setRoute('flow');
    }
    dispatch({ type: 'openReceipts' });
  }, [route]);

  const clearAppState = useCallback(() => {
    dispatch({ type: 'reset' });
    if (route === 'status') {
      history.replaceState(null, '', '/');
      setRoute('flow');
    }
    // A city's edit of the configuration reaches a kiosk that is never reloaded.
    refresh();
  }, [route, refresh]);
  const { visit, beginVisit, endVisit } = useVisit({
    kiosk,
    attractAtStart: route === 'flow',
    attractAfterReset: route !== 'setup',
    updates: deferred,
    onReset: clearAppState,
  });

  // Without a configuration the error screen shows in the normal layout, so a visitor can still
  // switch the language and display settings while staff are fetched.
  if (visit.attract && configState.kind !== 'failed') {
    return (
      <main id={MAIN_ID} class="app-main app-main--attract" tabIndex={-1}>
        {ready && <AttractScreen key={visit.id} body={ready.body} onStart={beginVisit} />}
        {configState.kind === 'loading' && <p class="loading">{t('app.loading')}</p>}
      </main>
    );
  }

  const idle = resolveIdleSettings(ready?.kiosk?.idle);
  const { screen } = flow;
  // A receipt in braille contains what the receipt contains, so it resets as soon as a receipt does.
  const onReceipt = screen.kind === 'receipt' || screen.kind === 'receipts' || (screen.kind === 'braille' && screen.target.kind === 'receipt');
  return (
    <Fragment key={visit.id}>
      <SkipLink />
      <header class="app-header">
        <SettingsBar screen={flow.screen} />
        {/* A visitor's own phone on the status page has filed nothing here: no device bar. */}
        {deferred && !(route === 'status' && deferred.getDeviceIdentity().channel === 'web') && <deferred.DeviceStatus onOpenReceipts={openReceipts} />}
      </header>
      <main id={MAIN_ID} class="app-main" tabIndex={-1}>
        {ready && deferred && route === 'flow' && <deferred.FlowScreens config={ready} flow={flow} dispatch={dispatch} onVisitEnd={endVisit} />}
        {ready && deferred && route === 'status' && <deferred.StatusPage config={ready} />}
        {ready && deferred && route === 'setup' && <deferred.SetupScreen config={ready} />}
        {ready && !deferred && route === 'flow' && flow.screen.kind === 'start' && (
          <StartScreen body={ready.body} onBegin={() => dispatch({ type: 'begin' })} />
        )}
        {configState.kind === 'failed' && <ConfigErrorScreen onRetry={retry} />}
        {(configState.kind === 'loading' || (ready && !deferred && (route !== 'flow' || flow.screen.kind !== 'start'))) && (
          <p class="loading">{t('app.loading')}</p>
        )}
      </main>
      {/* After the content, so Tab from a step's last button reaches the panel's controls next. */}
      {deferred && signEnabled && signManifest?.kind === 'ready' && <deferred.SignLanguagePanel manifest={signManifest.manifest} />}
      {deferred && <deferred.KeyboardLayer />}
      {/* Staff set a kiosk up on /setup, where it must not reset under their hands. */}
      {kiosk && route !== 'setup' && (
        <IdleSession
          idleSeconds={onReceipt ? idle.receiptSeconds : idle.formSeconds}
          warningSeconds={idle.warningSeconds}
          onTimeout={endVisit}
        />
      )}
    </Fragment>
  );
}
