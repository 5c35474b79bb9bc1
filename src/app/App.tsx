import { Fragment } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { resolveIdleSettings } from '../domain/idle-settings.ts';
import { SCREEN_HEADING_ID } from './a11y/ScreenHeading.tsx';
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
import { forgetVisitor } from './session/forget-visitor.ts';
import { IdleSession } from './session/IdleSession.tsx';
import { guardVisitHistory, startVisitHistory } from './session/visit-history.ts';
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
  const [flow, dispatch] = useReducer(flowReducer, initialFlowState);
  // Pages are entered by loading their address; the one switch inside the app is openReceipts.
  const [route, setRoute] = useState(() => routeOf(location.pathname));
  const kiosk = isSharedDevice();
  const [visit, setVisit] = useState(() => ({ id: 0, attract: kiosk && route === 'flow' }));
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

  // Set from the start of a reset until every reset handler has finished.
  const resetting = useRef(false);
  const endVisit = useCallback(() => {
    resetting.current = true;
    dispatch({ type: 'reset' });
    if (route === 'status') {
      history.replaceState(null, '', '/');
      setRoute('flow');
    }
    // Staff on /setup get no attract screen, even when a restored page resets (guardVisitHistory).
    setVisit((previous) => ({ id: previous.id + 1, attract: kiosk && route !== 'setup' }));
    void forgetVisitor().then(() => {
      resetting.current = false;
      // Between visitors is the one safe moment to load a new version of the app. It reloads
      // the page, which is already cleared. Without one waiting, check for one for next time.
      if (deferred?.applyPendingUpdate()) return;
      deferred?.checkForUpdate();
      refresh();
    });
  }, [route, kiosk, deferred, refresh]);

  // Nobody is in the middle of a visit on the attract screen, so a version found then loads at
  // once. During a reset, endVisit() applies it after the reset handlers instead.
  useEffect(() => {
    if (!visit.attract || !deferred) return undefined;
    return deferred.onUpdateWaiting(() => {
      if (!resetting.current) deferred.applyPendingUpdate();
    });
  }, [visit.attract, deferred]);

  const endVisitRef = useRef(endVisit);
  endVisitRef.current = endVisit;
  useEffect(() => {
    startVisitHistory();
    // A phone's owner may come back to a half-filled form, but on a kiosk it is someone else's.
    return kiosk ? guardVisitHistory(() => endVisitRef.current()) : undefined;
  }, [kiosk]);

  // Leaving the attract screen, or a reset on a device without one: the start screen's heading
  // takes focus, as after any screen change. The attract screen focuses its own button.
  const shownVisit = useRef(visit);
  const focusedHeading = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const previous = shownVisit.current;
    shownVisit.current = visit;
    if (previous === visit || visit.attract) return;
    focusedHeading.current = document.getElementById(SCREEN_HEADING_ID);
    focusedHeading.current?.focus();
  }, [visit]);
  // A visitor quicker than the deferred chunk gets the start screen rendered here first. When
  // the chunk arrives, FlowScreens replaces it, and focus would fall to <body> with the old heading.
  useLayoutEffect(() => {
    const heading = focusedHeading.current;
    if (!deferred || !heading || heading.isConnected || document.activeElement !== document.body) return;
    document.getElementById(SCREEN_HEADING_ID)?.focus();
  }, [deferred]);

  if (visit.attract) {
    return (
      <main id={MAIN_ID} class="app-main app-main--attract" tabIndex={-1}>
        {ready && <AttractScreen key={visit.id} body={ready.body} onStart={() => setVisit({ id: visit.id, attract: false })} />}
        {configState.kind === 'failed' && <ConfigErrorScreen onRetry={retry} />}
        {configState.kind === 'loading' && <p class="loading">{t('app.loading')}</p>}
      </main>
    );
  }

  const idle = resolveIdleSettings(ready?.kiosk?.idle);
  const onReceipt = flow.screen.kind === 'receipt' || flow.screen.kind === 'receipts';
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
