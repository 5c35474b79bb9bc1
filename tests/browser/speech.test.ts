import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from './support/browser-session.ts';
import { setLanguage } from './support/display-modes.ts';
import { expectAccessibleEverywhere } from './support/expect-accessible.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { beginRequest, passAttractScreen } from './support/request-form.ts';

// Chromium's own speechSynthesis needs a platform voice service, which test machines lack, and
// its output cannot be read back. A test double replaces it before the app loads: it records
// each utterance and stays "speaking" until it is cancelled, so Escape has speech to stop.

let session: BrowserSession;
let server: IntakeServer;
let context: BrowserContext;

const NIK = '3671014501900001';
const NIK_GROUPS = ['3671', '0145', '0190', '0001'];
const PHONE = '081234567890';
const ADDRESS = 'Jl. Melati Rahasia 12, Karawaci';
const PRIVATE_ID = 'data pribadi, tidak dibacakan lewat pengeras suara';

interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

interface Utterance {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
  volume: number;
}

const INDONESIAN: FakeVoice = { name: 'Test Indonesia', lang: 'id-ID', localService: true, default: false };
const ENGLISH: FakeVoice = { name: 'Test English', lang: 'en-GB', localService: true, default: true };

/** Runs in the page before the app. Voices arrive late, with voiceschanged, as in Chromium. */
function installSpeechDouble(voices: FakeVoice[]): void {
  const record = { utterances: [] as Utterance[], cancels: 0 };
  let current: EventTarget | null = null;
  let loaded: FakeVoice[] = [];
  const voiceListeners: (() => void)[] = [];

  class TestUtterance extends EventTarget {
    lang = '';
    voice: FakeVoice | null = null;
    rate = 1;
    volume = 1;
    pitch = 1;
    constructor(readonly text: string) {
      super();
    }
  }

  const synth = {
    pending: false,
    paused: false,
    get speaking() {
      return current !== null;
    },
    getVoices: () => loaded,
    speak(utterance: TestUtterance) {
      record.utterances.push({
        text: utterance.text,
        lang: utterance.lang,
        voice: utterance.voice?.name ?? null,
        rate: utterance.rate,
        volume: utterance.volume,
      });
      current = utterance;
      setTimeout(() => utterance.dispatchEvent(new Event('start')), 0);
    },
    cancel() {
      record.cancels += 1;
      const stopped = current;
      current = null;
      if (stopped) stopped.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
    },
    pause() {},
    resume() {},
    addEventListener(type: string, listener: () => void) {
      if (type === 'voiceschanged') voiceListeners.push(listener);
    },
    removeEventListener() {},
  };

  setTimeout(() => {
    loaded = voices;
    for (const listener of voiceListeners) listener();
  }, 300);
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: TestUtterance, configurable: true, writable: true });
  Object.defineProperty(window, '__speech', { value: record });
}

beforeAll(async () => {
  session = await BrowserSession.open();
  ({ server, context } = session);
});

afterAll(async () => {
  await session?.close();
});

async function openKiosk(voices: FakeVoice[] = [INDONESIAN, ENGLISH]): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.addInitScript(installSpeechDouble, voices);
  // The channel stays in the profile, so this page sets the web channel again after the kiosk tests.
  await page.goto(`${server.origin}/?channel=web`);
  await page.getByRole('heading', { level: 1, name: /Layanan Informasi Publik/ }).waitFor();
  return page;
}

async function utterances(page: Page): Promise<Utterance[]> {
  return page.evaluate(() => (window as unknown as { __speech: { utterances: Utterance[] } }).__speech.utterances);
}

async function cancels(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __speech: { cancels: number } }).__speech.cancels);
}

/** Waits for an utterance after the first `from` that contains every needle, and returns it. */
async function spoken(page: Page, needles: string[], from = 0): Promise<Utterance> {
  try {
    await page.waitForFunction(
      ({ wanted, start }) =>
        (window as unknown as { __speech: { utterances: Utterance[] } }).__speech.utterances
          .slice(start)
          .some((utterance) => wanted.every((needle) => utterance.text.includes(needle))),
      { wanted: needles, start: from },
      { timeout: 5000 },
    );
  } catch {
    const texts = (await utterances(page)).slice(from).map((utterance) => utterance.text);
    throw new Error(`No utterance contains ${JSON.stringify(needles)}; spoken: ${JSON.stringify(texts, null, 1)}`);
  }
  const all = (await utterances(page)).slice(from);
  return all.filter((utterance) => needles.every((needle) => utterance.text.includes(needle))).at(-1) as Utterance;
}

async function turnSpeechOn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Panduan suara', exact: true }).click();
  await page.getByRole('group', { name: 'Panduan suara' }).waitFor();
}

/** The phone field's hint gives an example number that happens to be the test's phone number. */
const PHONE_HINT_EXAMPLE = 'Contoh: 0812 3456 7890';

/** Returns every utterance so far, with spaces, commas and full stops removed so spelled digits join up. */
async function squeezedTexts(page: Page): Promise<string[]> {
  return (await utterances(page)).map((utterance) => utterance.text.replaceAll(PHONE_HINT_EXAMPLE, '').replace(/[\s,.]/g, ''));
}

async function expectNothingPrivateSpoken(page: Page): Promise<void> {
  for (const text of await squeezedTexts(page)) {
    for (const group of NIK_GROUPS) expect(text).not.toContain(group);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain('MelatiRahasia');
    expect(text).not.toContain('SitiContoh');
  }
}

/** Fills the proxy, request and delivery steps from the proxy step, ending on the contact step. */
async function fillMiddleSteps(page: Page): Promise<void> {
    await page.getByLabel('Tidak, untuk diri sendiri').check();
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await page.locator('#field-agency').selectOption('DISKOMINFO');
    await page.locator('#field-details').fill('Salinan laporan keuangan tahun 2025.');
    await page.locator('#field-purpose').fill('Pengawasan anggaran oleh warga.');
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await page.getByLabel(/^Melihat, membaca/).check();
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
}

describe('speech guidance', () => {
  it('speaks screens in both languages', async () => {
    const page = await openKiosk();
    await turnSpeechOn(page);
    const start = await spoken(page, ['Panduan suara aktif', 'Layanan Informasi Publik', 'Di sini Anda dapat meminta informasi publik']);
    expect(start.lang).toBe('id-ID');
    expect(start.voice).toBe('Test Indonesia');

    let mark = (await utterances(page)).length;
    await page.getByRole('button', { name: 'Mulai', exact: true }).click();
    await spoken(page, ['Apa yang ingin Anda ajukan?'], mark);
    mark = (await utterances(page)).length;
    await page.getByRole('button', { name: 'Sampaikan pengaduan', exact: true }).focus();
    // The focused choice is read with the sentence that says when to use it.
    await spoken(page, ['Sampaikan pengaduan', 'Ada masalah pada layanan publik'], mark);

    mark = (await utterances(page)).length;
    await page.getByRole('button', { name: 'Minta informasi', exact: true }).click();
    const step = await spoken(page, ['Langkah 1 dari 5. Data Pemohon.', 'Pemohon adalah orang'], mark);
    expect(step.lang).toBe('id-ID');

    mark = (await utterances(page)).length;
    await setLanguage(page, 'en');
    const english = await spoken(page, ['Step 1 of 5. About the applicant.'], mark);
    expect(english.lang).toBe('en-GB');
    expect(english.voice).toBe('Test English');
    await page.close();
  });

  it('speaks a field, its error and the summary', async () => {
    const page = await openKiosk();
    await turnSpeechOn(page);
    await beginRequest(page);
    await spoken(page, ['Data Pemohon']);

    let mark = (await utterances(page)).length;
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await spoken(page, ['Ada yang perlu diperbaiki', 'Pilih apakah Anda mengajukan sebagai', 'Masukkan nama lengkap'], mark);

    mark = (await utterances(page)).length;
    await page.locator('#field-name').focus();
    const name = await spoken(page, ['Nama lengkap (wajib), kolom isian, kosong.'], mark);
    expect(name.text).toContain('Nama perorangan, kelompok orang, atau badan hukum yang mengajukan.');
    expect(name.text).toMatch(/Kesalahan: Masukkan nama lengkap\.?$/);
    await page.close();
  });

  it('keeps personal data off the loudspeaker', async () => {
    const page = await openKiosk();
    await turnSpeechOn(page);
    await beginRequest(page);

    await page.getByLabel('Perorangan').check();
    await page.locator('#field-nik').focus();
    await page.keyboard.type(NIK);
    await page.locator('#field-name').focus();
    await page.keyboard.type('Siti Contoh');
    let mark = (await utterances(page)).length;
    await page.locator('#field-nik').focus();
    await spoken(page, [`NIK (wajib), kolom isian, ${PRIVATE_ID}.`], mark);
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();

    await fillMiddleSteps(page);

    await page.locator('#field-address').focus();
    await page.keyboard.type(ADDRESS);
    await page.locator('#field-phone').focus();
    await page.keyboard.type(PHONE);
    mark = (await utterances(page)).length;
    await page.locator('#field-address').focus();
    await spoken(page, [`Alamat (wajib), kolom isian, ${PRIVATE_ID}.`], mark);
    mark = (await utterances(page)).length;
    await page.locator('#field-phone').focus();
    await spoken(page, [`Nomor telepon (wajib), kolom isian, ${PRIVATE_ID}.`], mark);

    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Periksa kembali/ }).waitFor();
    mark = (await utterances(page)).length;
    await page.getByRole('link', { name: 'Ubah NIK', exact: true }).focus();
    await spoken(page, [`Ubah NIK, tautan. ${PRIVATE_ID}.`], mark);
    await page.getByRole('link', { name: 'Ubah Alamat', exact: true }).focus();
    await spoken(page, [`Ubah Alamat, tautan. ${PRIVATE_ID}.`], mark);
    await page.getByRole('button', { name: 'Bacakan layar' }).click();
    await spoken(page, ['Periksa kembali permohonan Anda', 'Salinan laporan keuangan tahun 2025', PRIVATE_ID], mark);
    await expectNothingPrivateSpoken(page);

    // With headphones confirmed, the values are spoken, the NIK digit by digit.
    await page.getByRole('button', { name: 'Saya memakai headphone' }).click();
    mark = (await utterances(page)).length;
    await page.getByRole('link', { name: 'Ubah NIK', exact: true }).click();
    const nik = await spoken(page, ['NIK (wajib), kolom isian, 3 6 7 1 0 1 4 5 0 1 9 0 0 0 0 1.'], mark);
    expect(nik.text).not.toContain(PRIVATE_ID);

    // Typing is echoed now: a deletion, then the digit typed in its place.
    await page.keyboard.press('End');
    mark = (await utterances(page)).length;
    await page.keyboard.press('Backspace');
    await spoken(page, ['dihapus'], mark);
    mark = (await utterances(page)).length;
    await page.keyboard.press('1');
    expect((await spoken(page, ['1'], mark)).text).toBe('1');
    await page.close();
  });

  it('turns on with star from the attract screen', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.addInitScript(installSpeechDouble, [INDONESIAN, ENGLISH]);
    await page.goto(`${server.origin}/?channel=kiosk`);
    await page.getByText('Tekan * untuk panduan suara', { exact: true }).waitFor();
    await page.keyboard.press('*');
    // The key both wakes the kiosk and turns speech on, so the start screen is spoken.
    await page.getByRole('button', { name: 'Panduan suara', exact: true, pressed: true }).first().waitFor();
    const start = await spoken(page, ['Layanan Informasi Publik', 'meminta informasi publik']);
    expect(start.lang).toBe('id-ID');
    await page.close();
  });

  it('speaks the idle warning', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.clock.install();
    await page.addInitScript(installSpeechDouble, [INDONESIAN, ENGLISH]);
    await page.goto(`${server.origin}/?channel=kiosk`);
    await page.getByText('Tekan * untuk panduan suara', { exact: true }).waitFor();
    await page.keyboard.press('*');
    await page.getByRole('button', { name: 'Mulai', exact: true }).waitFor();
    const mark = (await utterances(page)).length;
    // The configuration's defaults: 120 s without activity, the warning for the last 30 s.
    await page.clock.runFor(91_000);
    await page.getByRole('alertdialog', { name: 'Apakah Anda masih di sini?' }).waitFor();
    const warning = await spoken(page, ['Apakah Anda masih di sini?', 'Layar akan kembali ke awal'], mark);
    expect(warning.lang).toBe('id-ID');
    await page.close();
  });

  it('withholds on-screen keys typed into the NIK', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.addInitScript(installSpeechDouble, [INDONESIAN, ENGLISH]);
    await page.goto(`${server.origin}/?channel=kiosk&keyboard=onscreen`);
    await passAttractScreen(page);
    await beginRequest(page);
    await turnSpeechOn(page);
    await page.getByLabel('Perorangan').check();
    // The choice reveals more questions, which the live region reports with a count.
    await spoken(page, ['pertanyaan tambahan muncul']);
    await page.locator('#field-nik').click();
    const keys = page.getByRole('region', { name: 'Papan ketik layar' });
    // A keypad user moves into the keys with ArrowDown and hears each key as focus lands on it.
    await page.keyboard.press('ArrowDown');
    const mark = (await utterances(page)).length;
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await spoken(page, [PRIVATE_ID], mark);
    await spoken(page, ['pakai headphone'], mark - 1);
    await expect.poll(() => page.locator('#field-nik').inputValue()).not.toBe('');
    for (const text of (await utterances(page)).slice(mark).map((utterance) => utterance.text)) {
      expect(text).not.toMatch(/\d/);
    }
    await expect.poll(() => keys.isVisible()).toBe(true);
    await page.close();
  });

  it('speaks the receipt', async () => {
    const page = await openKiosk();
    await turnSpeechOn(page);
    await beginRequest(page);
    await page.getByLabel('Perorangan').check();
    await page.locator('#field-nik').fill(NIK);
    await page.locator('#field-name').fill('Siti Contoh');
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await fillMiddleSteps(page);
    await page.locator('#field-address').fill(ADDRESS);
    await page.locator('#field-phone').fill(PHONE);
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();

    const mark = (await utterances(page)).length;
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tanda bukti permohonan' }).waitFor();
    const receipt = await spoken(page, ['Tanda bukti permohonan.', 'Kode pelacakan:', 'Tanggal dan waktu pengajuan:', 'Batas waktu jawaban:'], mark);
    // The receipt shows a provisional code until the server's number arrives, which may be at once.
    expect(receipt.text).toMatch(/(Kode sementara: [0-9A-Z](, | )[0-9A-Z ,]+\.)|(Nomor pendaftaran: \d+\/PPID\/DISKOMINFO\/PI\/\d{4}\.)/);
    const tracking = await page.locator('.receipt-code__value--tracking').innerText();
    expect(receipt.text).toContain(`Kode pelacakan: ${[...tracking.replace(/\s+/g, '')].join(' ')}.`);
    expect(receipt.text).toMatch(/Batas waktu jawaban: \d{1,2} \w+ \d{4}/);

    // Reading the whole receipt skips the applicant's name and NIK, which only print.
    const beforeReading = (await utterances(page)).length;
    await page.getByRole('button', { name: 'Bacakan layar' }).click();
    const whole = await spoken(page, ['Tanda bukti permohonan.', 'Ringkasan pengajuan', 'Langkah berikutnya'], beforeReading);
    expect(whole.text).not.toContain('Nama:');
    expect(whole.text).not.toContain('Pindai kode QR');
    await expectNothingPrivateSpoken(page);
    await page.close();
  });

  it('lets a tap on the controls speak', async () => {
    const page = await openKiosk();
    await turnSpeechOn(page);
    await beginRequest(page);
    await spoken(page, ['Data Pemohon']);
    for (const name of ['Bacakan layar', 'Ulangi']) {
      const mark = (await utterances(page)).length;
      await page.getByRole('button', { name, exact: true }).click();
      await spoken(page, ['Data Pemohon'], mark);
      // Focus moved to the tapped button; naming it must not cut the requested speech off.
      await page.waitForTimeout(300);
      const after = (await utterances(page)).slice(mark).map((utterance) => utterance.text);
      expect(after.some((text) => text.startsWith(`${name}, tombol`)), `${name}: ${JSON.stringify(after)}`).toBe(false);
    }
    await page.close();
  });

  it('repeats and stops with keys', async () => {
    const page = await openKiosk();
    await turnSpeechOn(page);
    await beginRequest(page);
    const step = await spoken(page, ['Data Pemohon']);

    let mark = (await utterances(page)).length;
    await page.keyboard.press('*');
    const repeated = await spoken(page, [step.text], mark);
    expect(repeated.text).toBe(step.text);

    let before = await cancels(page);
    await page.keyboard.press('#');
    expect(await cancels(page)).toBe(before + 1);

    // Escape stops speech while it speaks, and only then.
    mark = (await utterances(page)).length;
    await page.keyboard.press('*');
    await spoken(page, [step.text], mark);
    before = await cancels(page);
    await page.keyboard.press('Escape');
    expect(await cancels(page)).toBe(before + 1);
    expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
    await page.close();
  });

  it('applies rate and volume', async () => {
    const page = await openKiosk();
    await turnSpeechOn(page);
    await spoken(page, ['Layanan Informasi Publik']);
    const controls = page.getByRole('group', { name: 'Panduan suara' });

    let mark = (await utterances(page)).length;
    await controls.getByRole('button', { name: 'Lebih cepat' }).click();
    const faster = await spoken(page, ['Kecepatan bicara: 125%'], mark);
    expect(faster.rate).toBe(1.25);
    await controls.getByText('Kecepatan bicara: 125%').waitFor();

    mark = (await utterances(page)).length;
    await controls.getByRole('button', { name: 'Lebih pelan' }).click();
    const quieter = await spoken(page, ['Volume: 60%'], mark);
    expect(quieter.volume).toBe(0.6);
    await controls.getByText('Volume: 60%').waitFor();

    // Repeat replays the screen, not the feedback, at the new rate and volume.
    mark = (await utterances(page)).length;
    await page.keyboard.press('*');
    const repeated = await spoken(page, ['Layanan Informasi Publik'], mark);
    expect(repeated.rate).toBe(1.25);
    expect(repeated.volume).toBe(0.6);
    await page.close();
  });

  it('says when there is no Indonesian voice', async () => {
    const page = await openKiosk([ENGLISH]);
    await turnSpeechOn(page);
    const notice = page.getByText('Perangkat ini tidak memiliki suara Bahasa Indonesia.', { exact: false });
    await notice.waitFor();
    const start = await spoken(page, ['Perangkat ini tidak memiliki suara Bahasa Indonesia', 'Layanan Informasi Publik']);
    expect(start.lang).toBe('id-ID');
    expect(start.voice).toBeNull();

    await setLanguage(page, 'en');
    await notice.waitFor({ state: 'detached' });
    const english = await spoken(page, ['Public information service']);
    expect(english.voice).toBe('Test English');
    await page.close();
  });

  it('passes axe with the controls shown', async () => {
    const page = await openKiosk();
    await turnSpeechOn(page);
    await beginRequest(page);
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await page.locator('#error-summary').waitFor();
    await expectAccessibleEverywhere(page);
    await page.close();
  });
});
