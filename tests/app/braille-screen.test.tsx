// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { toBrf } from '../../src/domain/braille/brf.ts';
import type { BrailleSource } from '../../src/domain/braille/document.ts';
import { layoutBraille } from '../../src/domain/braille/layout.ts';
import { BRAILLE_PAGE_PRESETS } from '../../src/domain/braille/page-size.ts';
import { toPef } from '../../src/domain/braille/pef.ts';
import type { KioskConfig } from '../../src/domain/config.ts';
import type { Channel } from '../../src/domain/submission.ts';
import { BrailleScreen, type BrailleScreenProps } from '../../src/app/braille/BrailleScreen.tsx';
import { fileNameSlug } from '../../src/app/braille/download-file.ts';
import { replaceKeepingSelection } from '../../src/app/braille/keep-selection.ts';
import { isNonPrinting } from '../../src/app/braille/UnknownCharactersNotice.tsx';
import { rememberChannel } from '../../src/app/device.ts';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { ENROLMENT_KEY } from '../../src/app/numbering/types.ts';
import { getDatabase } from '../../src/app/outbox/db.ts';
import { testConfig } from './app-harness.tsx';
import { captureDownloads } from './capture-downloads.ts';

/** 50 items of one line each: three pages of 40 × 25 (24 lines under the title line), two of 40 × 28. */
const LONG_SOURCE: BrailleSource = {
  title: 'Tanda bukti permohonan',
  blocks: Array.from({ length: 50 }, (_, index) => ({ kind: 'item' as const, text: `Baris ${index + 1}` })),
};

const SOURCE_WITH_UNKNOWN: BrailleSource = {
  title: 'Tanda bukti permohonan',
  blocks: [{ kind: 'paragraph', text: 'Biaya € 5, tanda © dan € lagi.' }],
};

function renderScreen(props: Partial<BrailleScreenProps> = {}, config: KioskConfig = testConfig) {
  const onBack = vi.fn();
  const result = render(
    <BrailleScreen
      source={LONG_SOURCE}
      config={config}
      identifier="12/PPID/DINKES/PI/2026"
      date="2026-12-04"
      fileName="tanda-bukti-12-PPID-DINKES-PI-2026"
      jobTitle="Tanda bukti permohonan 12/PPID/DINKES/PI/2026"
      backLabel="Kembali ke tanda bukti"
      onBack={onBack}
      {...props}
    />,
  );
  return { onBack, ...result };
}

function dotPages(): SVGSVGElement[] {
  return [...document.querySelectorAll<SVGSVGElement>('svg.braille-dot-page')];
}

function withEmbosser(pageSize: 'brf' | 'a4' = 'brf'): KioskConfig {
  return { ...testConfig, braille: { pageSize, embosser: true } };
}

function stubPrintServer(response: () => Promise<Response>) {
  const fetch = vi.fn(response);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeAll(() => {
  initI18n();
});

beforeEach(async () => {
  await i18n.changeLanguage('id');
  rememberChannel('web');
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('page size', () => {
  it('defaults to 40 × 25 without a setting', () => {
    renderScreen();
    expect(screen.getByRole('radio', { name: '40 × 25: embosser dan BRF' })).toHaveProperty('checked', true);
    const expected = layoutBraille(LONG_SOURCE, BRAILLE_PAGE_PRESETS.brf).pages.length;
    expect(dotPages()).toHaveLength(expected);
    expect(screen.getByText(`${expected} halaman braille, 40 sel × 25 baris.`)).toBeTruthy();
  });

  it('defaults to the configured size', () => {
    renderScreen({}, { ...testConfig, braille: { pageSize: 'a4', embosser: false } });
    expect(screen.getByRole('radio', { name: '40 × 28: embosser A4' })).toHaveProperty('checked', true);
  });

  it('switch lays the pages out again', async () => {
    const user = userEvent.setup();
    renderScreen();
    const brfPages = layoutBraille(LONG_SOURCE, BRAILLE_PAGE_PRESETS.brf).pages.length;
    const a4Pages = layoutBraille(LONG_SOURCE, BRAILLE_PAGE_PRESETS.a4).pages.length;
    expect(a4Pages).toBeLessThan(brfPages);

    await user.click(screen.getByRole('radio', { name: '40 × 28: embosser A4' }));

    expect(dotPages()).toHaveLength(a4Pages);
    expect(screen.getAllByRole('textbox')).toHaveLength(a4Pages);
    expect(screen.getByText(`${a4Pages} halaman braille, 40 sel × 28 baris.`)).toBeTruthy();
  });

  it('offers three sizes with their paper', () => {
    renderScreen();
    const radios = screen.getAllByRole('radio');
    expect(radios.map((radio) => radio.closest('.choice')?.querySelector('label')?.textContent)).toEqual([
      '40 × 25: embosser dan BRF',
      '40 × 28: embosser A4',
      '31 × 27: kertas timbul A4',
    ]);
    const hint = (name: string) => document.getElementById(screen.getByRole('radio', { name }).getAttribute('aria-describedby') ?? '')?.textContent;
    expect(hint('40 × 25: embosser dan BRF')).toContain('11 × 11,5 inci');
    expect(hint('40 × 28: embosser A4')).toContain('Pada kertas A4, titiknya tidak tercetak dalam ukuran sebenarnya.');
    expect(hint('31 × 27: kertas timbul A4')).toContain('dalam ukuran sebenarnya');
  });

  it('swell A4 lays out 31 × 27 and prints on A4', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('radio', { name: '31 × 27: kertas timbul A4' }));

    const pages = layoutBraille(LONG_SOURCE, BRAILLE_PAGE_PRESETS.swellA4).pages.length;
    expect(screen.getByText(`${pages} halaman braille, 31 sel × 27 baris.`)).toBeTruthy();
    expect(dotPages()[0]?.getAttribute('width')).toBe('186mm');
    expect(dotPages()[0]?.getAttribute('height')).toBe('270mm');
    expect(document.querySelector('.braille-screen__dots--swellA4')).not.toBeNull();
    expect(document.getElementById('braille-print-hint')?.textContent).toContain('cetak pada kertas A4 (210 × 297 mm) dengan skala 100%');
  });

  it('English labels name the use', async () => {
    await i18n.changeLanguage('en');
    renderScreen();
    expect(screen.getByRole('radio', { name: '31 × 27: A4 swell paper' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '40 × 28: A4 embossers' })).toBeTruthy();
  });

  it('pages are named with number and total', () => {
    renderScreen();
    const total = dotPages().length;
    expect(screen.getByRole('img', { name: `Halaman braille 1 dari ${total}` })).toBeTruthy();
    expect(screen.getByRole('img', { name: `Halaman braille ${total} dari ${total}` })).toBeTruthy();
  });

  it('dot pages have physical size', () => {
    renderScreen();
    const [first] = dotPages();
    expect(first?.getAttribute('width')).toBe('240mm');
    expect(first?.getAttribute('height')).toBe('250mm');
    expect(first?.getAttribute('viewBox')).toBe('0 0 240 250');
  });

  it('raised dots match the braille cells', () => {
    renderScreen({ source: { title: 'A', blocks: [] } });
    // The title line: capital sign (dot 6) and a (dot 1), then the page number at the right end.
    const circles = [...(dotPages()[0]?.querySelectorAll('.braille-dot-page__raised circle') ?? [])];
    const centres = circles.map((circle) => [Number(circle.getAttribute('cx')), Number(circle.getAttribute('cy'))]);
    expect(centres[0]).toEqual([4.25, 7.5]);
    expect(centres[1]).toEqual([7.75, 2.5]);
    expect(circles[0]?.getAttribute('r')).toBe('0.75');
  });
});

describe('braille text', () => {
  it('one labelled block per page', () => {
    renderScreen();
    const document = layoutBraille(LONG_SOURCE, BRAILLE_PAGE_PRESETS.brf);
    const total = document.pages.length;
    document.pages.forEach((page) => {
      const block = screen.getByRole('textbox', { name: `Teks braille halaman ${page.number} dari ${total}` }) as HTMLTextAreaElement;
      expect(block.readOnly).toBe(true);
      expect(block.value).toBe(page.lines.join('\n'));
    });
  });

  it('caret starts at the top', () => {
    renderScreen();
    const [first] = screen.getAllByRole('textbox') as HTMLTextAreaElement[];
    expect(first?.selectionStart).toBe(0);
    expect(first?.selectionEnd).toBe(0);
  });

  it.each([
    ['same line and column', 'ab\ncdef\ngh', [5, 6], 'xyz\ncdef\ngh', [6, 7]],
    ['shorter line clamps to its end', 'ab\ncdef', [6, 7], 'ab\ncd', [5, 5]],
    ['missing line clamps to the last', 'ab\ncd\nef', [7, 8], 'ab\ncd', [4, 5]],
  ] as const)('new text keeps the caret: %s', (_name, before, [start, end], after, [expectedStart, expectedEnd]) => {
    const area = document.createElement('textarea');
    area.value = before;
    area.setSelectionRange(start, end);
    replaceKeepingSelection(area, after);
    expect(area.value).toBe(after);
    expect(area.selectionStart).toBe(expectedStart);
    expect(area.selectionEnd).toBe(expectedEnd);
  });

  it('personal pages are withheld from speech', () => {
    renderScreen({ personal: true });
    for (const block of screen.getAllByRole('textbox')) expect(block.hasAttribute('data-speech-private')).toBe(true);
  });
});

describe('unknown characters', () => {
  it('notice names each character and count', () => {
    renderScreen({ source: SOURCE_WITH_UNKNOWN });
    const notice = screen.getByTestId('braille-unknown');
    expect(within(notice).getByText('3 karakter tidak punya aturan braille')).toBeTruthy();
    expect(within(notice).getByText('“€” (U+20AC): 2 kali')).toBeTruthy();
    expect(within(notice).getByText('“©” (U+00A9): 1 kali')).toBeTruthy();
  });

  it('notice in English', async () => {
    await i18n.changeLanguage('en');
    renderScreen({ source: SOURCE_WITH_UNKNOWN });
    const notice = screen.getByTestId('braille-unknown');
    expect(within(notice).getByText('3 characters have no braille rule')).toBeTruthy();
    expect(within(notice).getByText('“©” (U+00A9): 1 time')).toBeTruthy();
  });

  it('non-printing characters by code point', () => {
    // U+2062 invisible times (Cf), U+0007 bell (Cc), U+0301 combining acute with no letter
    // it composes with (M), U+E000 private use (Co).
    renderScreen({ source: { title: 'A', blocks: [{ kind: 'paragraph', text: 'a\u2062b\u2062c \u0007 x\u0301 \uE000 €' }] } });
    const items = within(screen.getByTestId('braille-unknown'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toContain('U+2062, karakter yang tidak tampak: 2 kali');
    expect(items).toContain('U+0007, karakter yang tidak tampak: 1 kali');
    expect(items).toContain('U+0301, karakter yang tidak tampak: 1 kali');
    expect(items).toContain('U+E000, karakter yang tidak tampak: 1 kali');
    expect(items).toContain('“€” (U+20AC): 1 kali');
    expect(items.some((text) => text?.includes('“”'))).toBe(false);
  });

  it('non-printing character in English', async () => {
    await i18n.changeLanguage('en');
    renderScreen({ source: { title: 'A', blocks: [{ kind: 'paragraph', text: 'a\u2062b' }] } });
    expect(within(screen.getByTestId('braille-unknown')).getByText('U+2062, a non-printing character: 1 time')).toBeTruthy();
  });

  it.each([
    ['\u200B', true],
    ['\u00AD', true],
    ['\u0007', true],
    ['\u2009', true],
    ['\u2028', true],
    ['\u0301', true],
    [' ', false],
    ['€', false],
    ['é', false],
  ])('isNonPrinting(%j) is %s', (char, expected) => {
    expect(isNonPrinting(char)).toBe(expected);
  });

  it('no notice when every character has a rule', () => {
    renderScreen();
    expect(screen.queryByTestId('braille-unknown')).toBeNull();
  });
});

describe('downloads', () => {
  it('BRF equals toBrf', async () => {
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('button', { name: 'Unduh BRF' }));

    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    expect(download?.name).toBe('tanda-bukti-12-PPID-DINKES-PI-2026-40x25.brf');
    expect(download?.blob.type).toBe('text/plain');
    const expected = toBrf(layoutBraille(LONG_SOURCE, BRAILLE_PAGE_PRESETS.brf));
    expect(await download?.blob.text()).toBe(expected);
    expect(expected).toContain('\r\n\f');
  });

  it('BRF follows the chosen size', async () => {
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('radio', { name: '40 × 28: embosser A4' }));
    await user.click(screen.getByRole('button', { name: 'Unduh BRF' }));

    expect(await downloads[0]?.blob.text()).toBe(toBrf(layoutBraille(LONG_SOURCE, BRAILLE_PAGE_PRESETS.a4)));
    expect(downloads[0]?.name).toBe('tanda-bukti-12-PPID-DINKES-PI-2026-40x28.brf');
  });

  it('file names carry the page size', async () => {
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('radio', { name: '31 × 27: kertas timbul A4' }));
    await user.click(screen.getByRole('button', { name: 'Unduh PEF' }));
    await user.click(screen.getByRole('radio', { name: '40 × 25: embosser dan BRF' }));
    await user.click(screen.getByRole('button', { name: 'Unduh PEF' }));

    expect(downloads.map(({ name }) => name)).toEqual(['tanda-bukti-12-PPID-DINKES-PI-2026-31x27.pef', 'tanda-bukti-12-PPID-DINKES-PI-2026-40x25.pef']);
  });

  it.each([
    ['Formulir Keberatan', 'formulir-keberatan'],
    ['Objection form', 'objection-form'],
    ['Pengaduan  Warga — Kota', 'pengaduan-warga-kota'],
    ['Café résumé', 'cafe-resume'],
    ['“', 'braille'],
  ])('fileNameSlug of %j', (text, slug) => {
    expect(fileNameSlug(text)).toBe(slug);
  });

  it('PEF equals toPef', async () => {
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('button', { name: 'Unduh PEF' }));

    const [download] = downloads;
    expect(download?.name).toBe('tanda-bukti-12-PPID-DINKES-PI-2026-40x25.pef');
    expect(download?.blob.type).toBe('application/x-pef+xml');
    const expected = toPef(layoutBraille(LONG_SOURCE, BRAILLE_PAGE_PRESETS.brf), {
      identifier: '12/PPID/DINKES/PI/2026',
      language: 'id',
      date: '2026-12-04',
    });
    expect(await download?.blob.text()).toBe(expected);
  });

  it('PEF carries the screen language', async () => {
    await i18n.changeLanguage('en');
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('button', { name: 'Download PEF' }));

    expect(await downloads[0]?.blob.text()).toContain('<dc:language>en</dc:language>');
  });

  it('kiosk labels the downloads for staff', () => {
    rememberChannel('kiosk');
    renderScreen();
    expect(screen.getByRole('heading', { level: 2, name: 'Berkas untuk petugas' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unduh BRF' })).toBeTruthy();
    expect(screen.getByText(/^Kios ini tidak dapat mencetak braille/)).toBeTruthy();
  });
});

describe('dot preview printing', () => {
  it('prints with window.print', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('button', { name: 'Cetak pratinjau titik' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('not offered on a kiosk', () => {
    rememberChannel('kiosk');
    renderScreen();
    expect(screen.queryByRole('button', { name: 'Cetak pratinjau titik' })).toBeNull();
  });
});

describe('embosser button', () => {
  it.each<[string, KioskConfig, Channel, boolean]>([
    ['hidden without a setting', testConfig, 'kiosk', false],
    ['hidden when not configured', { ...testConfig, braille: { pageSize: 'brf', embosser: false } }, 'kiosk', false],
    ['shown on a kiosk', withEmbosser(), 'kiosk', true],
    ['shown on a tablet', withEmbosser(), 'tablet', true],
    ['hidden on a visitor’s own device', withEmbosser(), 'web', false],
  ])('%s', (_name, config, channel, shown) => {
    rememberChannel(channel);
    renderScreen({}, config);
    expect(screen.queryByRole('button', { name: 'Kirim ke printer braille' }) !== null).toBe(shown);
  });

  it('posts the BRF and title', async () => {
    rememberChannel('tablet');
    const fetch = stubPrintServer(async () => new Response(JSON.stringify({ jobId: 'lp-7' }), { status: 202 }));
    const user = userEvent.setup();
    renderScreen({}, withEmbosser('a4'));
    await user.click(screen.getByRole('button', { name: 'Kirim ke printer braille' }));

    await screen.findByTestId('braille-embosser-result');
    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/braille/print');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({
      title: 'Tanda bukti permohonan 12/PPID/DINKES/PI/2026',
      brf: toBrf(layoutBraille(LONG_SOURCE, BRAILLE_PAGE_PRESETS.a4)),
    });
  });

  it('job keeps the embosser size', async () => {
    rememberChannel('tablet');
    const fetch = stubPrintServer(async () => new Response(JSON.stringify({ jobId: 'lp-8' }), { status: 202 }));
    const user = userEvent.setup();
    renderScreen({}, withEmbosser('a4'));
    await user.click(screen.getByRole('radio', { name: '31 × 27: kertas timbul A4' }));
    await user.click(screen.getByRole('button', { name: 'Kirim ke printer braille' }));

    await screen.findByTestId('braille-embosser-result');
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body)).brf).toBe(toBrf(layoutBraille(LONG_SOURCE, BRAILLE_PAGE_PRESETS.a4)));
    expect(screen.getByRole('button', { name: 'Kirim ke printer braille' }).getAttribute('aria-describedby')).toBe('braille-embosser-size');
    expect(document.getElementById('braille-embosser-size')?.textContent).toBe(
      'Printer braille mencetak halaman 40 sel × 28 baris, ukuran kertas yang disiapkan untuknya.',
    );
  });

  it('enrolled device sends its token', async () => {
    rememberChannel('kiosk');
    await getDatabase().enrolment.put({ key: ENROLMENT_KEY, deviceId: 'KIOSK-TEST-1', label: 'Kios lobi', channel: 'kiosk', token: 'device-token-for-tests-only', enrolledAt: 0 });
    const fetch = stubPrintServer(async () => new Response(null, { status: 202 }));
    const user = userEvent.setup();
    renderScreen({}, withEmbosser());
    await user.click(screen.getByRole('button', { name: 'Kirim ke printer braille' }));
    await screen.findByTestId('braille-embosser-result');
    await getDatabase().enrolment.clear();

    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer device-token-for-tests-only');
  });

  it('device without enrolment sends no token', async () => {
    rememberChannel('tablet');
    const fetch = stubPrintServer(async () => new Response(null, { status: 202 }));
    const user = userEvent.setup();
    renderScreen({}, withEmbosser());
    await user.click(screen.getByRole('button', { name: 'Kirim ke printer braille' }));
    await screen.findByTestId('braille-embosser-result');

    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('busy while sending', async () => {
    rememberChannel('tablet');
    let answer: (response: Response) => void = () => {};
    const fetch = stubPrintServer(() => new Promise<Response>((resolve) => (answer = resolve)));
    const user = userEvent.setup();
    renderScreen({}, withEmbosser());
    await user.click(screen.getByRole('button', { name: 'Kirim ke printer braille' }));

    const busy = screen.getByRole('button', { name: 'Sedang mengirim ke printer braille…' });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    await user.click(busy);
    expect(fetch).toHaveBeenCalledOnce();

    answer(new Response(null, { status: 202 }));
    await screen.findByRole('button', { name: 'Kirim ke printer braille' });
  });

  it.each<[string, 'id' | 'en', Channel, () => Promise<Response>, string]>([
    ['success on a kiosk', 'id', 'kiosk', async () => new Response(null, { status: 202 }), 'Terkirim ke printer braille. Ambil hasil cetaknya dari petugas PPID.'],
    ['success on a tablet in English', 'en', 'tablet', async () => new Response(null, { status: 202 }), "Sent to the braille printer. The print is at the PPID office's braille printer."],
    [
      'not configured',
      'id',
      'tablet',
      async () => Response.json({ error: 'embosserNotConfigured' }, { status: 503 }),
      'Printer braille belum disiapkan di server ini. Anda dapat mengunduh berkas BRF atau PEF di bawah dan mencetaknya di embosser lain.',
    ],
    [
      'not configured in English on a kiosk',
      'en',
      'kiosk',
      async () => Response.json({ error: 'embosserNotConfigured' }, { status: 503 }),
      'No braille printer is set up on this server. Ask the PPID staff: they can download the BRF file below and print it.',
    ],
    [
      'print failed',
      'id',
      'kiosk',
      async () => Response.json({ error: 'embosserFailed' }, { status: 502 }),
      'Printer braille gagal mencetak. Mintalah bantuan petugas PPID: petugas dapat mengunduh berkas BRF di bawah dan mencetaknya.',
    ],
    [
      'print failed in English',
      'en',
      'tablet',
      async () => Response.json({ error: 'embosserFailed' }, { status: 502 }),
      'The braille printer failed to print. You can download the BRF or PEF file below and print it on another embosser.',
    ],
    [
      'hourly limit reached',
      'id',
      'kiosk',
      async () => Response.json({ error: 'tooManyRequests' }, { status: 429, headers: { 'Retry-After': '3600' } }),
      'Batas pekerjaan cetak braille per jam di server ini sudah tercapai, jadi tidak ada yang dicetak. Tunggu, lalu coba lagi nanti. Mintalah bantuan petugas PPID: petugas dapat mengunduh berkas BRF di bawah dan mencetaknya.',
    ],
    [
      'hourly limit reached in English',
      'en',
      'tablet',
      async () => Response.json({ error: 'tooManyRequests' }, { status: 429 }),
      "This server's hourly limit of braille print jobs has been reached, so nothing was printed. Wait, then try again later. You can download the BRF or PEF file below and print it on another embosser.",
    ],
    [
      'network error',
      'id',
      'tablet',
      async () => {
        throw new TypeError('Failed to fetch');
      },
      'Server tidak dapat dihubungi, jadi tidak ada yang dicetak. Anda dapat mengunduh berkas BRF atau PEF di bawah dan mencetaknya di embosser lain.',
    ],
    [
      'network error in English',
      'en',
      'tablet',
      async () => {
        throw new TypeError('Failed to fetch');
      },
      'The server could not be reached, so nothing was printed. You can download the BRF or PEF file below and print it on another embosser.',
    ],
    [
      'other rejection',
      'id',
      'tablet',
      async () => Response.json({ error: 'invalid' }, { status: 422 }),
      'Server menolak pekerjaan cetak ini. Anda dapat mengunduh berkas BRF atau PEF di bawah dan mencetaknya di embosser lain.',
    ],
  ])('%s', async (_name, language, channel, response, message) => {
    await i18n.changeLanguage(language);
    rememberChannel(channel);
    stubPrintServer(response);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    renderScreen({}, withEmbosser());
    await user.click(screen.getByRole('button', { name: language === 'id' ? 'Kirim ke printer braille' : 'Send to the braille printer' }));

    const result = await screen.findByTestId('braille-embosser-result');
    expect(result.textContent).toBe(message);
    await waitFor(() => expect(document.querySelector('[data-announcer]')?.textContent).toContain(message));
  });

  it('downloads stay after a failure', async () => {
    rememberChannel('tablet');
    stubPrintServer(async () => Response.json({ error: 'embosserFailed' }, { status: 502 }));
    const user = userEvent.setup();
    renderScreen({}, withEmbosser());
    await user.click(screen.getByRole('button', { name: 'Kirim ke printer braille' }));
    await screen.findByTestId('braille-embosser-result');

    expect(screen.getByRole('button', { name: 'Unduh BRF' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unduh PEF' })).toBeTruthy();
  });
});

describe('screen', () => {
  it('heading names the document', () => {
    renderScreen();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Tanda bukti permohonan dalam huruf Braille');
  });

  it('back button calls onBack', async () => {
    const user = userEvent.setup();
    const { onBack } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Kembali ke tanda bukti' }));
    expect(onBack).toHaveBeenCalledOnce();
  });
});
