import { useCallback, useReducer, useState } from 'preact/hooks';
import { MAIN_ID, SkipLink } from './a11y/SkipLink.tsx';
import { ConfigErrorScreen } from './config/ConfigErrorScreen.tsx';
import { useKioskConfig } from './config/use-kiosk-config.ts';
import { applyDisplaySettings, defaultDisplaySettings } from './display/display-settings.ts';
import { SettingsBar } from './display/SettingsBar.tsx';
import { flowReducer, initialFlowState } from './flow/flow-state.ts';
import { FlowScreens } from './flow/FlowScreens.tsx';
import { DEFAULT_LOCALE, i18n } from './i18n/i18n.ts';
import { useTranslation } from './i18n/use-translation.ts';
import { DeviceStatus } from './status/DeviceStatus.tsx';

/**
 * The whole app: settings and status bars on every screen, then the current screen once the
 * configuration is loaded. The flow state lives here, above the configuration, so a failed
 * reload of the configuration never loses the visitor's answers.
 */
export function App() {
  const { t } = useTranslation();
  const { state: configState, retry, refresh } = useKioskConfig();
  const [flow, dispatch] = useReducer(flowReducer, initialFlowState);
  const openReceipts = useCallback(() => dispatch({ type: 'openReceipts' }), []);
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
        <SettingsBar key={visit} />
        <DeviceStatus onOpenReceipts={openReceipts} />
      </header>
      <main id={MAIN_ID} class="app-main" tabIndex={-1}>
        {configState.kind === 'ready' && <FlowScreens config={configState.config} flow={flow} dispatch={dispatch} onVisitEnd={endVisit} />}
        {configState.kind === 'failed' && <ConfigErrorScreen onRetry={retry} />}
        {configState.kind === 'loading' && <p class="loading">{t('app.loading')}</p>}
      </main>
    </>
  );
}
