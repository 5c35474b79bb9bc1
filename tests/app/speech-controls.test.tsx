// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SettingsBar } from '../../src/app/display/SettingsBar.tsx';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { runVisitResetHandlers } from '../../src/app/session/visit-reset.ts';
import { describeFocus } from '../../src/app/speech/describe-element.ts';

beforeAll(async () => {
  initI18n();
  await i18n.changeLanguage('id');
});

afterEach(async () => {
  cleanup();
  await runVisitResetHandlers();
  vi.unstubAllGlobals();
});

/** Installs a speechSynthesis that accepts utterances and has one Indonesian voice. */
function stubSpeech(): void {
  const voices = [{ lang: 'id-ID', name: 'Indonesian', localService: true, default: true }];
  vi.stubGlobal('speechSynthesis', {
    speaking: false,
    pending: false,
    getVoices: () => voices,
    addEventListener: () => {},
    speak: () => {},
    cancel: () => {},
  });
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class extends EventTarget {
      constructor(readonly text: string) {
        super();
      }
    },
  );
}

describe('speech toggle', () => {
  it('is absent without speech synthesis', () => {
    render(<SettingsBar screen={null} />);
    expect(screen.queryByRole('button', { name: 'Panduan suara' })).toBeNull();
  });

  it('shows the controls when on', async () => {
    stubSpeech();
    const user = userEvent.setup();
    render(<SettingsBar screen={null} />);
    const toggle = screen.getByRole('button', { name: 'Panduan suara' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Panduan suara' })).toBeNull();

    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const controls = screen.getByRole('group', { name: 'Panduan suara' });
    for (const name of ['Ulangi', 'Berhenti', 'Bacakan layar', 'Lebih lambat', 'Lebih cepat', 'Lebih pelan', 'Lebih keras']) {
      expect(within(controls).getByRole('button', { name })).toBeTruthy();
    }
    expect(within(controls).getByText('Kecepatan bicara: 100%')).toBeTruthy();
    expect(within(controls).getByText('Volume: 80%')).toBeTruthy();

    await user.click(within(controls).getByRole('button', { name: 'Lebih keras' }));
    expect(within(controls).getByText('Volume: 100%')).toBeTruthy();
    expect(within(controls).getByRole('button', { name: 'Lebih keras' }).getAttribute('aria-disabled')).toBe('true');

    const headphones = within(controls).getByRole('button', { name: 'Saya memakai headphone' });
    expect(headphones.getAttribute('aria-pressed')).toBe('false');
    expect(headphones.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('returns to off for the next visitor', async () => {
    stubSpeech();
    const user = userEvent.setup();
    render(<SettingsBar screen={null} />);
    await user.click(screen.getByRole('button', { name: 'Panduan suara' }));
    await user.click(screen.getByRole('button', { name: 'Saya memakai headphone' }));

    await runVisitResetHandlers();
    const toggle = await screen.findByRole('button', { name: 'Panduan suara', pressed: false });
    expect(toggle).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Panduan suara' })).toBeNull();
  });
});

describe('spoken alert dialog', () => {
  it('reads the message with the button', () => {
    render(
      <div role="alertdialog" aria-labelledby="title" aria-describedby="message">
        <h2 id="title">Masih di sini?</h2>
        <p id="message">Layar kembali ke awal dalam 30 detik.</p>
        <button type="button">Saya masih di sini</button>
      </div>,
    );
    const button = screen.getByRole('button');
    const options = { t: i18n.t.bind(i18n), speakPrivate: false };
    expect(describeFocus(button, options)).toBe('Masih di sini? Layar kembali ke awal dalam 30 detik. Saya masih di sini, tombol.');
    expect(describeFocus(button, options, button)).toBe('Saya masih di sini, tombol.');
  });

  it('reads all text without a description', () => {
    render(
      <div role="alertdialog" aria-labelledby="title">
        <h2 id="title">Masih di sini?</h2>
        <p>Layar kembali ke awal dalam 30 detik.</p>
        <button type="button">Saya masih di sini</button>
      </div>,
    );
    const options = { t: i18n.t.bind(i18n), speakPrivate: false };
    expect(describeFocus(screen.getByRole('button'), options)).toBe(
      'Masih di sini? Layar kembali ke awal dalam 30 detik. Saya masih di sini. Saya masih di sini, tombol.',
    );
  });
});
