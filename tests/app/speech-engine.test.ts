// @vitest-environment jsdom
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { onActivity } from '../../src/app/session/activity.ts';
import { runVisitResetHandlers } from '../../src/app/session/visit-reset.ts';
import { isSpeaking, repeatSpeech, speak } from '../../src/app/speech/speech-engine.ts';
import { installSpeechGuide } from '../../src/app/speech/speech-guide.ts';
import { DEFAULT_SPEECH_SETTINGS, getSpeechSettings, updateSpeechSettings } from '../../src/app/speech/speech-settings.ts';
import { pickVoice } from '../../src/app/speech/voices.ts';

function voice(lang: string, name: string, localService = true, isDefault = false): SpeechSynthesisVoice {
  return { lang, name, localService, default: isDefault, voiceURI: name } as SpeechSynthesisVoice;
}

/** Records utterances; an utterance "speaks" from speak() until cancel() or end(). */
class FakeUtterance extends EventTarget {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  volume = 1;
  constructor(readonly text: string) {
    super();
  }
}

const VOICES = [voice('en-US', 'English (America)'), voice('id-ID', 'Indonesian')];

const synth = {
  speaking: false,
  pending: false,
  spoken: [] as FakeUtterance[],
  cancels: 0,
  getVoices: () => VOICES,
  addEventListener: () => {},
  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance);
    this.speaking = true;
    utterance.dispatchEvent(new Event('start'));
  },
  cancel() {
    this.cancels += 1;
    this.speaking = false;
  },
  end() {
    this.speaking = false;
    this.spoken.at(-1)?.dispatchEvent(new Event('end'));
  },
};

function lastUtterance(): FakeUtterance {
  const utterance = synth.spoken.at(-1);
  if (!utterance) throw new Error('Nothing was spoken');
  return utterance;
}

beforeAll(async () => {
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  initI18n();
  await i18n.changeLanguage('id');
  installSpeechGuide();
});

afterAll(() => {
  vi.unstubAllGlobals();
});

beforeEach(async () => {
  await runVisitResetHandlers();
  synth.spoken = [];
  synth.cancels = 0;
  await i18n.changeLanguage('id');
});

describe('pickVoice', () => {
  it('prefers a local voice of the region', () => {
    const voices = [voice('id-ID', 'Network', false), voice('id', 'espeak'), voice('id-ID', 'Local'), voice('en-GB', 'British')];
    expect(pickVoice(voices, 'id')?.name).toBe('Local');
    expect(pickVoice(voices, 'en')?.name).toBe('British');
  });

  it('accepts the old code and underscores', () => {
    expect(pickVoice([voice('in_ID', 'Android')], 'id')?.name).toBe('Android');
  });

  it('finds nothing without the language', () => {
    expect(pickVoice([voice('en-US', 'English')], 'id')).toBeUndefined();
    expect(pickVoice([], 'en')).toBeUndefined();
  });
});

describe('speech engine', () => {
  it('speaks in the screen language and settings', async () => {
    updateSpeechSettings({ rate: 1.25, volume: 0.4 });
    speak('Selamat datang');
    expect(lastUtterance().text).toBe('Selamat datang');
    expect(lastUtterance().lang).toBe('id-ID');
    expect(lastUtterance().voice?.name).toBe('Indonesian');
    expect(lastUtterance().rate).toBe(1.25);
    expect(lastUtterance().volume).toBe(0.4);

    await i18n.changeLanguage('en');
    speak('Welcome');
    expect(lastUtterance().lang).toBe('en-GB');
    expect(lastUtterance().voice?.name).toBe('English (America)');
  });

  it('cancels the previous utterance', () => {
    speak('Satu');
    const before = synth.cancels;
    speak('Dua');
    expect(synth.cancels).toBe(before + 1);
  });

  it('reports activity at start and end', () => {
    const reports = vi.fn();
    const stop = onActivity(reports);
    speak('Halo');
    expect(reports).toHaveBeenCalledTimes(1);
    synth.end();
    expect(reports).toHaveBeenCalledTimes(2);
    speak('Pesan aplikasi', { reportsActivity: false });
    synth.end();
    expect(reports).toHaveBeenCalledTimes(2);
    stop();
  });

  it('repeats remembered text only', () => {
    speak('Judul layar');
    speak('Volume: 60%', { remember: false });
    expect(repeatSpeech()).toBe(true);
    expect(lastUtterance().text).toBe('Judul layar');
  });

  it('starts each visit from the defaults', async () => {
    updateSpeechSettings({ enabled: true, rate: 1.5, volume: 0.2, headphones: true });
    speak('NIK pengunjung sebelumnya');
    const cancels = synth.cancels;

    await runVisitResetHandlers();

    expect(getSpeechSettings()).toEqual(DEFAULT_SPEECH_SETTINGS);
    expect(synth.cancels).toBeGreaterThan(cancels);
    expect(isSpeaking()).toBe(false);
    expect(repeatSpeech()).toBe(false);
  });
});

describe('speech keys', () => {
  function press(key: string): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    return event;
  }

  it('hash does nothing while speech is off', () => {
    speak('Judul layar');
    const cancels = synth.cancels;
    const hash = press('#');
    expect(hash.defaultPrevented).toBe(false);
    expect(synth.cancels).toBe(cancels);
  });

  it('star turns speech on', () => {
    const star = press('*');
    expect(star.defaultPrevented).toBe(true);
    expect(getSpeechSettings().enabled).toBe(true);
  });

  it('star types into a field while speech is off', () => {
    const field = document.createElement('input');
    document.body.append(field);
    const star = new KeyboardEvent('keydown', { key: '*', bubbles: true, cancelable: true });
    field.dispatchEvent(star);
    expect(star.defaultPrevented).toBe(false);
    expect(getSpeechSettings().enabled).toBe(false);
    field.remove();
  });

  it('repeat with star and stop with hash', () => {
    updateSpeechSettings({ enabled: true });
    speak('Judul layar');
    expect(press('*').defaultPrevented).toBe(true);
    expect(lastUtterance().text).toBe('Judul layar');
    expect(synth.spoken).toHaveLength(2);

    const cancels = synth.cancels;
    expect(press('#').defaultPrevented).toBe(true);
    expect(synth.cancels).toBe(cancels + 1);
  });

  it('let Escape through when silent', () => {
    updateSpeechSettings({ enabled: true });
    const passed = vi.fn();
    document.addEventListener('keydown', passed);
    speak('Judul layar');
    const whileSpeaking = press('Escape');
    expect(whileSpeaking.defaultPrevented).toBe(true);
    expect(passed).not.toHaveBeenCalled();
    expect(isSpeaking()).toBe(false);

    const whenSilent = press('Escape');
    expect(whenSilent.defaultPrevented).toBe(false);
    expect(passed).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', passed);
  });
});
