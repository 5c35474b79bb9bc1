import { useCallback, useReducer } from 'preact/hooks';
import { MAIN_ID, SkipLink } from './a11y/SkipLink.tsx';
import { ConfigErrorScreen } from './config/ConfigErrorScreen.tsx';
import { useKioskConfig } from './config/use-kiosk-config.ts';
import { SettingsBar } from './display/SettingsBar.tsx';
import { flowReducer, initialFlowState } from './flow/flow-state.ts';
import { FlowScreens } from './flow/FlowScreens.tsx';
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

  return (
    <>
      <SkipLink />
      <header class="app-header">
        <SettingsBar />
        <DeviceStatus onOpenReceipts={openReceipts} />
      </header>
      <main id={MAIN_ID} class="app-main" tabIndex={-1}>
        {configState.kind === 'ready' && <FlowScreens config={configState.config} flow={flow} dispatch={dispatch} onVisitEnd={refresh} />}
        {configState.kind === 'failed' && <ConfigErrorScreen onRetry={retry} />}
        {configState.kind === 'loading' && <p class="loading">{t('app.loading')}</p>}
      </main>
    </>
  );
}
