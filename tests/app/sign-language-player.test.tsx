// @vitest-environment jsdom
import { act, cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { onActivity } from '../../src/app/session/activity.ts';
import { IdleTimer } from '../../src/app/session/idle-timer.ts';
import { runVisitResetHandlers } from '../../src/app/session/visit-reset.ts';
import { reloadSignManifest } from '../../src/app/sign-language/manifest-store.ts';
import { updateSignSettings } from '../../src/app/sign-language/sign-settings.ts';
import { renderApp } from './app-harness.tsx';
import { captionLine, provideVttCue, showCue, signRoutes, stubMediaElements, type SignContent } from './sign-language-harness.ts';

beforeAll(async () => {
  // The panel waits for effects and fetches; on a loaded two-core machine that can exceed 1 s.
  configure({ asyncUtilTimeout: 5000 });
  initI18n();
  await i18n.changeLanguage('id');
  provideVttCue();
});

afterEach(async () => {
  cleanup();
  await runVisitResetHandlers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const BOTH: SignContent = { languages: { bisindo: ['screen.start'], sibi: ['screen.start'] } };

/** Renders the app serving `content` with the mode on, and returns the panel once its video plays. */
async function renderPlaying(content: SignContent = BOTH, media: Parameters<typeof stubMediaElements>[0] = {}) {
  const stubs = stubMediaElements(media);
  const app = await renderApp({ routes: signRoutes(() => content) });
  await reloadSignManifest();
  updateSignSettings({ enabled: true });
  const panel = await screen.findByRole('complementary', { name: /^Video bahasa isyarat/ });
  await within(panel).findByText('Penjelasan: Layar awal');
  // Effects run after paint; the player has attached to the video once it has called play().
  await waitFor(() => expect(stubs.play).toHaveBeenCalled());
  return { ...app, panel, ...stubs };
}

function video(panel: HTMLElement): HTMLVideoElement {
  const element = panel.querySelector('video');
  if (!element) throw new Error('The panel shows no video');
  return element;
}

describe('video element', () => {
  it('has sources and a caption track', async () => {
    const { panel } = await renderPlaying();
    const element = video(panel);
    expect([...element.querySelectorAll('source')].map((source) => [source.getAttribute('src'), source.getAttribute('type')])).toEqual([
      ['/sign-language/bisindo/screen.start.webm', 'video/webm'],
    ]);
    const track = element.querySelector('track');
    expect(track?.getAttribute('kind')).toBe('captions');
    expect(track?.getAttribute('srclang')).toBe('id');
    expect(track?.getAttribute('label')).toBe('Indonesia');
    expect(track?.getAttribute('src')).toBe('/sign-language/bisindo/screen.start.vtt');
    expect(element.hasAttribute('controls')).toBe(false);
    expect(element.playsInline).toBe(true);
  });

  it('plays at once and toggles pause', async () => {
    const { user, panel, play } = await renderPlaying();
    expect(play).toHaveBeenCalled();
    const button = await within(panel).findByRole('button', { name: 'Jeda' });
    await user.click(button);
    expect(video(panel).paused).toBe(true);
    expect(button.textContent).toBe('Putar');
    await user.click(button);
    expect(video(panel).paused).toBe(false);
    expect(button.textContent).toBe('Jeda');
  });

  it('names the button after the video state', async () => {
    const { panel } = await renderPlaying();
    const element = video(panel);
    await within(panel).findByRole('button', { name: 'Jeda' });
    // Whatever stops or starts the video, not only the button, sets its name.
    element.pause();
    await within(panel).findByRole('button', { name: 'Putar' });
    void element.play();
    await within(panel).findByRole('button', { name: 'Jeda' });
    fireEvent.ended(element);
    await within(panel).findByRole('button', { name: 'Putar' });
  });

  it('starts a new clip named by its own state', async () => {
    const { user, panel } = await renderPlaying();
    await user.click(await within(panel).findByRole('button', { name: 'Jeda' }));
    await within(panel).findByRole('button', { name: 'Putar' });
    const previous = video(panel);
    await user.click(within(panel).getByRole('button', { name: 'SIBI' }));
    await within(panel).findByRole('heading', { level: 2, name: 'Video bahasa isyarat · SIBI' });
    // The new clip plays at once, so the button offers to pause it.
    await within(panel).findByRole('button', { name: 'Jeda' });
    expect(video(panel)).not.toBe(previous);
    expect(video(panel).paused).toBe(false);

    // A browser fires pause on the removed element of the previous clip, after the new one plays.
    act(() => {
      previous.dispatchEvent(new Event('pause'));
    });
    expect(within(panel).getByRole('button', { name: 'Jeda' })).toBeTruthy();
  });

  it('offers play when autoplay is refused', async () => {
    const { panel } = await renderPlaying(BOTH, { refuse: true });
    expect(await within(panel).findByRole('button', { name: 'Putar' })).toBeTruthy();
  });

  it('replays from the start', async () => {
    const { user, panel } = await renderPlaying();
    const element = video(panel);
    element.currentTime = 1.5;
    await user.click(within(panel).getByRole('button', { name: 'Ulangi dari awal' }));
    expect(element.currentTime).toBe(0);
    expect(element.paused).toBe(false);
  });

  it('labels sample clips', async () => {
    const { panel } = await renderPlaying({ languages: { bisindo: ['screen.start'] }, sample: true });
    expect(within(panel).getByText('Contoh, bukan bahasa isyarat sungguhan')).toBeTruthy();
  });

  it('shows no sample label for recorded clips', async () => {
    const { panel } = await renderPlaying({ languages: { bisindo: ['screen.start'] }, sample: false });
    expect(within(panel).queryByText('Contoh, bukan bahasa isyarat sungguhan')).toBeNull();
  });
});

describe('speed and captions', () => {
  it('sets the playback rate', async () => {
    const { user, panel } = await renderPlaying();
    const speeds = within(panel).getByRole('group', { name: 'Kecepatan' });
    expect(within(speeds).getByRole('button', { name: '1×' }).getAttribute('aria-pressed')).toBe('true');
    expect(video(panel).playbackRate).toBe(1);

    await user.click(within(speeds).getByRole('button', { name: '0,75×' }));
    await waitFor(() => expect(video(panel).playbackRate).toBe(0.75));
    await user.click(within(speeds).getByRole('button', { name: '0,5×' }));
    await waitFor(() => expect(video(panel).playbackRate).toBe(0.5));
    expect(within(speeds).getByRole('button', { name: '0,5×' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(speeds).getByRole('button', { name: '1×' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('keeps the rate for the next clip', async () => {
    const { user, panel } = await renderPlaying();
    await user.click(within(panel).getByRole('button', { name: '0,5×' }));
    await user.click(within(panel).getByRole('button', { name: 'SIBI' }));
    await within(panel).findByRole('heading', { level: 2, name: 'Video bahasa isyarat · SIBI' });
    await waitFor(() => expect(video(panel).querySelector('source')?.getAttribute('src')).toBe('/sign-language/sibi/screen.start.webm'));
    await waitFor(() => expect(video(panel).playbackRate).toBe(0.5));
  });

  it('shows the captions below the video', async () => {
    const { panel } = await renderPlaying();
    const element = video(panel);
    const track = (element.querySelector('track') as HTMLTrackElement).track;
    // Hidden, so the browser draws no cues over the signer; the panel shows them itself.
    await waitFor(() => expect(track.mode).toBe('hidden'));
    showCue(element, captionLine('bisindo', 'screen.start'));
    const box = await within(panel).findByText(captionLine('bisindo', 'screen.start'));
    expect(box.classList.contains('sign-panel__captions')).toBe(true);
    expect(box.getAttribute('lang')).toBe('id');
    expect(element.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    showCue(element, '');
    await waitFor(() => expect(box.textContent).toBe(''));
  });

  it('switches the captions off and on', async () => {
    const { user, panel } = await renderPlaying();
    const element = video(panel);
    showCue(element, captionLine('bisindo', 'screen.start'));
    await within(panel).findByText(captionLine('bisindo', 'screen.start'));
    const button = within(panel).getByRole('button', { name: 'Teks (takarir)' });
    expect(button.getAttribute('aria-pressed')).toBe('true');

    await user.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(within(panel).queryByText(captionLine('bisindo', 'screen.start'))).toBeNull();
    expect(panel.querySelector('.sign-panel__captions')).toBeNull();
    expect((element.querySelector('track') as HTMLTrackElement).track.mode).toBe('hidden');

    await user.click(button);
    expect(await within(panel).findByText(captionLine('bisindo', 'screen.start'))).toBeTruthy();
  });

  it('drops the previous clip caption', async () => {
    const { user, panel } = await renderPlaying();
    showCue(video(panel), captionLine('bisindo', 'screen.start'));
    await within(panel).findByText(captionLine('bisindo', 'screen.start'));
    await user.click(within(panel).getByRole('button', { name: 'SIBI' }));
    await within(panel).findByRole('heading', { level: 2, name: 'Video bahasa isyarat · SIBI' });
    expect(within(panel).queryByText(captionLine('bisindo', 'screen.start'))).toBeNull();
  });

  it('moves through the speeds with arrows', async () => {
    const { user, panel } = await renderPlaying();
    within(panel).getByRole('button', { name: '1×' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('0,75×');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(video(panel).playbackRate).toBe(0.75));
  });
});

describe('sign languages', () => {
  it('switches between BISINDO and SIBI', async () => {
    const { user, panel } = await renderPlaying();
    const languages = within(panel).getByRole('group', { name: 'Bahasa isyarat' });
    expect(within(languages).getByRole('button', { name: 'BISINDO' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(within(languages).getByRole('button', { name: 'SIBI' }));
    await within(panel).findByRole('heading', { level: 2, name: 'Video bahasa isyarat · SIBI' });
    expect(video(panel).querySelector('source')?.getAttribute('src')).toBe('/sign-language/sibi/screen.start.webm');
    expect(video(panel).querySelector('track')?.getAttribute('src')).toBe('/sign-language/sibi/screen.start.vtt');
    expect(within(languages).getByRole('button', { name: 'SIBI' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('offers no switch with one language', async () => {
    const { panel } = await renderPlaying({ languages: { bisindo: ['screen.start'] } });
    expect(within(panel).queryByRole('group', { name: 'Bahasa isyarat' })).toBeNull();
  });

  it('plays SIBI when only SIBI exists', async () => {
    const { panel } = await renderPlaying({ languages: { sibi: ['screen.start'] } });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Video bahasa isyarat · SIBI');
    expect(video(panel).querySelector('source')?.getAttribute('src')).toBe('/sign-language/sibi/screen.start.webm');
  });
});

describe('idle timer', () => {
  it('counts each timeupdate while playing', async () => {
    const { panel } = await renderPlaying();
    const element = video(panel);
    const listener = vi.fn();
    const stop = onActivity(listener);
    try {
      fireEvent.timeUpdate(element);
      expect(listener).toHaveBeenCalledTimes(1);
      fireEvent.timeUpdate(element);
      expect(listener).toHaveBeenCalledTimes(2);

      element.pause();
      fireEvent.timeUpdate(element);
      expect(listener).toHaveBeenCalledTimes(2);
    } finally {
      stop();
    }
  });

  it('holds off a warning 1 s away', async () => {
    const { panel } = await renderPlaying();
    const element = video(panel);
    vi.useFakeTimers();
    // The shortest quiet time the config accepts: formSeconds one more than warningSeconds.
    const onWarning = vi.fn();
    const timer = new IdleTimer({ idleMs: 21_000, warningMs: 20_000, onWarning, onReset: vi.fn() });
    const stop = onActivity(() => timer.recordActivity());
    timer.start();
    try {
      // Ten seconds of playback, with timeupdate at about the slowest rate browsers use (4 Hz).
      for (let tick = 0; tick < 40; tick += 1) {
        vi.advanceTimersByTime(250);
        fireEvent.timeUpdate(element);
      }
      expect(onWarning).not.toHaveBeenCalled();

      element.pause();
      vi.advanceTimersByTime(1000);
      expect(onWarning).toHaveBeenCalledTimes(1);
    } finally {
      stop();
      timer.stop();
    }
  });
});

describe('when the video cannot play', () => {
  it('shows the captions after a load error', async () => {
    const { panel } = await renderPlaying();
    const source = video(panel).querySelector('source') as HTMLSourceElement;
    fireEvent.error(source);
    await within(panel).findByText(captionLine('bisindo', 'screen.start'));
    expect(within(panel).getByText('Video ini tidak dapat diputar. Berikut teksnya.')).toBeTruthy();
    expect(within(panel).queryByText(/belum tersimpan/)).toBeNull();
    expect(panel.querySelector('video')).toBeNull();
    expect(within(panel).queryByRole('button', { name: /^(Putar|Jeda)$/ })).toBeNull();
  });

  it('shows the captions offline without a stored video', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    // No service worker cache in jsdom: nothing is stored.
    vi.stubGlobal('caches', undefined);
    stubMediaElements();
    await renderApp({ routes: signRoutes(() => BOTH) });
    await reloadSignManifest();
    updateSignSettings({ enabled: true });
    const panel = await screen.findByRole('complementary', { name: /^Video bahasa isyarat/ });
    await within(panel).findByText(captionLine('bisindo', 'screen.start'));
    expect(within(panel).getByText('Video belum tersimpan di perangkat ini. Berikut teksnya.')).toBeTruthy();
    expect(panel.querySelector('video')).toBeNull();
  });

  it('retries the clip when back online', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    vi.stubGlobal('caches', undefined);
    const { play } = stubMediaElements();
    await renderApp({ routes: signRoutes(() => BOTH) });
    await reloadSignManifest();
    updateSignSettings({ enabled: true });
    const panel = await screen.findByRole('complementary', { name: /^Video bahasa isyarat/ });
    await within(panel).findByText('Video belum tersimpan di perangkat ini. Berikut teksnya.');
    expect(play).not.toHaveBeenCalled();

    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(play).toHaveBeenCalled());
    expect(video(panel).querySelector('source')?.getAttribute('src')).toBe('/sign-language/bisindo/screen.start.webm');
    expect(within(panel).queryByText(/belum tersimpan/)).toBeNull();
  });

  it('plays offline from the cache', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const match = vi.fn(async (url: string) => (url === '/sign-language/bisindo/screen.start.webm' ? new Response('') : undefined));
    vi.stubGlobal('caches', { open: vi.fn(async () => ({ match })) });
    const { panel } = await renderPlaying();
    expect(await within(panel).findByRole('button', { name: 'Jeda' })).toBeTruthy();
    expect(panel.querySelector('video')).not.toBeNull();
    expect(match).toHaveBeenCalledWith('/sign-language/bisindo/screen.start.webm');
  });

  it('shows the notice alone without captions', async () => {
    const { panel } = await renderPlaying({ languages: { bisindo: ['screen.start'] }, missingCaptions: ['screen.start'] });
    fireEvent.error(video(panel));
    await within(panel).findByText('Video ini tidak dapat diputar.');
    expect(panel.querySelector('.sign-panel__caption-text')).toBeNull();
  });

  it('blames the device for a load error offline', async () => {
    const { panel } = await renderPlaying();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    fireEvent.error(video(panel));
    await within(panel).findByText(captionLine('bisindo', 'screen.start'));
    expect(within(panel).getByText('Video belum tersimpan di perangkat ini. Berikut teksnya.')).toBeTruthy();
  });
});
