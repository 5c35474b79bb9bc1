import { useCallback, useReducer, useState } from 'preact/hooks';
import { MAIN_ID, SkipLink } from './a11y/SkipLink.tsx';
import { ConfigErrorScreen } from './config/ConfigErrorScreen.tsx';
import { useKioskConfig } from './config/use-kiosk-config.ts';
import { applyDisplaySettings, defaultDisplaySettings } from './display/display-settings.ts';
import { SettingsBar } from './display/SettingsBar.tsx';
import { flowReducer, initialFlowState } from './flow/flow-state.ts';
import { DEFAULT_LOCALE, i18n } from './i18n/i18n.ts';
import { useTranslation } from './i18n/use-translation.ts';
import { useLazyModule } from './lazy/use-lazy-module.ts';
import { loadDeferred } from './load-deferred.ts';
import { routeOf } from './routes.ts';
import { StartScreen } from './start/StartScreen.tsx';

/**
 * The whole app: settings and status bars on every screen, then the current screen once the
 * configuration is loaded. The flow state lives here, above the configuration, so a failed
 * reload of the configuration never loses the visitor's answers. Until the deferred chunk
 * (deferred.ts) arrives, the start screen renders on its own and the status bar waits.
 */
export function App() {
  const { t } = useTranslation();
  const { state: configState, retry, refresh } = useKioskConfig();
  // Waits for the configuration so the start screen renders before the larger chunk parses.
  const deferred = useLazyModule(loadDeferred, configState.kind !== 'loading');
  const [flow, dispatch] = useReducer(flowReducer, initialFlowState);
  // Pages are entered by loading their address; the one switch inside the app is openReceipts.
  const [route, setRoute] = useState(() => routeOf(location.pathname));
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
  // A new visitor starts from the defaults; the key remounts the settings bar so it reads them.
  const [visit, setVisit] = useState(0);
  const endVisit = useCallback(() => {
    applyDisplaySettings(defaultDisplaySettings());
    void i18n.changeLanguage(DEFAULT_LOCALE);
    setVisit((count) => count + 1);
    refresh();
  }, [refresh]);

  return (
    <>
      <SkipLink />
      <header class="app-header">
        <SettingsBar key={visit} screen={flow.screen} />
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
      {deferred && <deferred.KeyboardLayer />}
    </>
  );
}
