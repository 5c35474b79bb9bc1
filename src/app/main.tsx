import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/form-choices.css';
import './styles/attachments.css';
import './styles/receipt.css';
import './styles/tables.css';
import './styles/status-lookup.css';
import './styles/reach.css';
import './styles/session.css';
import './styles/print.css';

import { render } from 'preact';
import { createAnnouncer } from './a11y/announcer.ts';
import { App } from './App.tsx';
import { startEarlyConfigFetch } from './config/fetch-kiosk-config.ts';
import { applyDisplaySettings, defaultDisplaySettings } from './display/display-settings.ts';
import { initI18n } from './i18n/i18n.ts';
import { startReachLayout } from './kiosk/reach-layout.ts';
import { installSpeechGuide } from './speech/speech-guide.ts';

startEarlyConfigFetch();
initI18n();
applyDisplaySettings(defaultDisplaySettings());
// Before the first render: screen readers miss messages in a live region created at the same moment.
createAnnouncer();
// Before the attract screen too, whose `*` key turns speech guidance on for a blind visitor.
installSpeechGuide();

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element to render Loket into');
startReachLayout(root);
// App loads the rest (deferred.ts), including the sync engine and the service worker, once
// the first screen is on display.
render(<App />, root);
