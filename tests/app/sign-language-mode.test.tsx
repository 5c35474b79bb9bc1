// @vitest-environment jsdom
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { applyDisplaySettings } from '../../src/app/display/display-settings.ts';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { runVisitResetHandlers } from '../../src/app/session/visit-reset.ts';
import { reloadSignManifest } from '../../src/app/sign-language/manifest-store.ts';
import { beginForm, stubNetwork, testConfig } from './app-harness.tsx';
import { signRoutes, stubMediaElements, type SignContent } from './sign-language-harness.ts';

// A kiosk, so the start screen offers the display modes; the identity is read once per file.
beforeAll(async () => {
  // The panel waits for effects and fetches; on a loaded two-core machine that can exceed 1 s.
  configure({ asyncUtilTimeout: 5000 });
  localStorage.setItem('loket.device', JSON.stringify({ deviceId: 'KIOSK-TEST-1', channel: 'kiosk', retentionHours: 24 }));
  initI18n();
  await i18n.changeLanguage('id');
});

afterEach(async () => {
  cleanup();
  await runVisitResetHandlers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const CONTENT: SignContent = { languages: { bisindo: ['screen.start', 'screen.chooser', 'step.information-request.applicant'] } };

/** Renders the kiosk app with `content` served, passes the attract screen and waits for the deferred chunk. */
async function renderKiosk(content: SignContent | null = CONTENT) {
  applyDisplaySettings({ highContrast: false, textSize: '100', reachLayout: false, approachSide: 'none' });
  stubNetwork(testConfig, undefined, signRoutes(() => content ?? undefined));
  stubMediaElements();
  // The manifest store outlives a test; each test loads its own content.
  await reloadSignManifest();
  const user = userEvent.setup();
  render(<App />);
  await user.click(await screen.findByRole('button', { name: /Sentuh untuk memulai/ }));
  await screen.findByRole('heading', { level: 1, name: /Layanan Informasi Publik/ });
  // The first import of the deferred chunk in a test file takes a while to transform.
  await screen.findByRole('region', { name: 'Status perangkat' }, { timeout: 10_000 });
  return user;
}

function startToggle() {
  return screen.findByRole('button', { name: 'Video bahasa isyarat', description: /juru bahasa isyarat/ });
}

function settingsToggle() {
  return within(screen.getByRole('region', { name: 'Pengaturan tampilan' })).findByRole('button', { name: 'Video bahasa isyarat' });
}

function panel() {
  return screen.queryByRole('complementary', { name: 'Video bahasa isyarat · BISINDO' });
}

describe('sign-language mode toggle', () => {
  // First in the file: the manifest store keeps a manifest it once loaded (manifest-store.ts).
  it('is not offered without a manifest', async () => {
    await renderKiosk(null);
    // The toggle could only appear after the manifest request, which returned 404.
    await waitFor(() => expect(vi.mocked(fetch).mock.calls.some(([url]) => String(url).includes('/sign-language/manifest.json'))).toBe(true));
    expect(screen.queryByRole('button', { name: 'Video bahasa isyarat' })).toBeNull();
  });

  it('turns on and off from the start screen', async () => {
    const user = await renderKiosk();
    const toggle = await startToggle();
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(panel()).toBeNull();

    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.dataset.sign).toBe('on');
    expect(await screen.findByRole('complementary', { name: 'Video bahasa isyarat · BISINDO' })).toBeTruthy();
    expect((await settingsToggle()).getAttribute('aria-pressed')).toBe('true');

    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(document.documentElement.dataset.sign).toBe('off');
    expect(panel()).toBeNull();
  });

  it('turns on and off from the settings bar', async () => {
    const user = await renderKiosk();
    await user.click(await settingsToggle());
    expect((await settingsToggle()).getAttribute('aria-pressed')).toBe('true');
    expect(await screen.findByRole('complementary', { name: 'Video bahasa isyarat · BISINDO' })).toBeTruthy();

    await user.click(await settingsToggle());
    expect(panel()).toBeNull();
    expect((await startToggle()).getAttribute('aria-pressed')).toBe('false');
  });

  it('stays on from screen to screen', async () => {
    const user = await renderKiosk();
    await user.click(await startToggle());
    await beginForm(user);
    await screen.findByRole('heading', { level: 1, name: /Data Pemohon/ });
    expect(panel()).not.toBeNull();
  });
});

describe('closing the panel', () => {
  it('returns focus to the start toggle', async () => {
    const user = await renderKiosk();
    const toggle = await startToggle();
    await user.click(toggle);
    await user.click(await screen.findByRole('button', { name: 'Tutup video' }));
    expect(panel()).toBeNull();
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('returns focus to the settings toggle', async () => {
    const user = await renderKiosk();
    await user.click(await settingsToggle());
    await user.click(await screen.findByRole('button', { name: 'Tutup video' }));
    expect(document.activeElement).toBe(await settingsToggle());
  });

  it('focuses the heading when the toggle is gone', async () => {
    const user = await renderKiosk();
    await user.click(await startToggle());
    await beginForm(user);
    const heading = await screen.findByRole('heading', { level: 1, name: /Data Pemohon/ });
    await user.click(await screen.findByRole('button', { name: 'Tutup video' }));
    expect(document.activeElement).toBe(heading);
  });
});

describe('between visitors', () => {
  it('resets the mode when the visit ends', async () => {
    const user = await renderKiosk();
    await user.click(await startToggle());
    await screen.findByRole('complementary', { name: 'Video bahasa isyarat · BISINDO' });
    await runVisitResetHandlers();
    await waitFor(() => expect(panel()).toBeNull());
    expect(document.documentElement.dataset.sign).toBe('off');
    expect((await startToggle()).getAttribute('aria-pressed')).toBe('false');
  });

  it('resets language, speed and captions', async () => {
    const user = await renderKiosk({ languages: { bisindo: ['screen.start'], sibi: ['screen.start'] } });
    await user.click(await startToggle());
    const aside = await screen.findByRole('complementary', { name: /Video bahasa isyarat/ });
    await user.click(within(aside).getByRole('button', { name: 'SIBI' }));
    await user.click(await within(aside).findByRole('button', { name: '0,5×' }));
    await user.click(within(aside).getByRole('button', { name: 'Teks (takarir)' }));
    expect(within(aside).getByRole('heading', { level: 2 }).textContent).toBe('Video bahasa isyarat · SIBI');

    await runVisitResetHandlers();
    await user.click(await startToggle());
    const next = await screen.findByRole('complementary', { name: 'Video bahasa isyarat · BISINDO' });
    expect((await within(next).findByRole('button', { name: '1×' })).getAttribute('aria-pressed')).toBe('true');
    expect(within(next).getByRole('button', { name: 'Teks (takarir)' }).getAttribute('aria-pressed')).toBe('true');
  });
});
