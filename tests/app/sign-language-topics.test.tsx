// @vitest-environment jsdom
import { act, cleanup, configure, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { runVisitResetHandlers } from '../../src/app/session/visit-reset.ts';
import { reloadSignManifest } from '../../src/app/sign-language/manifest-store.ts';
import { updateSignSettings } from '../../src/app/sign-language/sign-settings.ts';
import { beginForm, clickNext, fillValidForm, renderApp } from './app-harness.tsx';
import { signRoutes, stubMediaElements, type SignContent } from './sign-language-harness.ts';

beforeAll(async () => {
  // The panel waits for effects and fetches; on a loaded two-core machine that can exceed 1 s.
  configure({ asyncUtilTimeout: 5000 });
  initI18n();
  await i18n.changeLanguage('id');
});

afterEach(async () => {
  cleanup();
  await runVisitResetHandlers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const FORM = 'information-request';

/** Renders the app serving `content`, turns the mode on and returns the panel. */
async function renderWithPanel(content: SignContent) {
  const routes = signRoutes(() => content);
  stubMediaElements();
  const app = await renderApp({ routes });
  // renderApp stubs fetch anew; the store then loads this test's manifest.
  await reloadSignManifest();
  updateSignSettings({ enabled: true });
  const panel = await screen.findByRole('complementary', { name: /^Video bahasa isyarat/ });
  return { ...app, panel };
}

/** Begins the information request as an individual, which shows the NIK field. */
async function beginAsIndividual(user: Awaited<ReturnType<typeof renderApp>>['user']): Promise<void> {
  await beginForm(user);
  await user.click(await screen.findByRole('radio', { name: 'Perorangan' }));
}

/** Waits until the panel explains `topic` ("Penjelasan: …") and returns the playing video's first source. */
async function expectExplaining(panel: HTMLElement, topic: string): Promise<string | null> {
  await within(panel).findByText(`Penjelasan: ${topic}`);
  return panel.querySelector('video source')?.getAttribute('src') ?? null;
}

describe('topic at focus', () => {
  it('starts with the screen', async () => {
    const { panel } = await renderWithPanel({ languages: { bisindo: ['screen.start'] } });
    expect(await expectExplaining(panel, 'Layar awal')).toBe('/sign-language/bisindo/screen.start.webm');
  });

  it('follows focus from field to error to step', async () => {
    const keys = [`step.${FORM}.applicant`, `field.${FORM}.nik`, `error.${FORM}.nik.required`, 'errors.summary', 'screen.chooser'];
    const { user, panel } = await renderWithPanel({ languages: { bisindo: keys } });
    await beginForm(user);
    await screen.findByRole('heading', { level: 1, name: /Data Pemohon/ });
    expect(await expectExplaining(panel, 'Langkah Data Pemohon')).toBe(`/sign-language/bisindo/step.${FORM}.applicant.webm`);

    await user.click(screen.getByRole('radio', { name: 'Perorangan' }));
    await user.click(screen.getByLabelText(/^NIK/));
    expect(await expectExplaining(panel, 'Kolom NIK')).toBe(`/sign-language/bisindo/field.${FORM}.nik.webm`);

    await clickNext(user);
    // The flow focuses the error summary after a failed "Lanjut".
    expect(await expectExplaining(panel, 'Daftar kesalahan')).toBe('/sign-language/bisindo/errors.summary.webm');

    await user.click(screen.getByLabelText(/^NIK/));
    expect(await expectExplaining(panel, 'Kesalahan di kolom NIK')).toBe(`/sign-language/bisindo/error.${FORM}.nik.required.webm`);

    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(await expectExplaining(panel, 'Langkah Data Pemohon')).toBe(`/sign-language/bisindo/step.${FORM}.applicant.webm`);
  });

  it('marks invalid fields with their error topic', async () => {
    const { user } = await renderWithPanel({ languages: { bisindo: ['screen.start'] } });
    await beginForm(user);
    await clickNext(user);
    await screen.findByRole('heading', { level: 2, name: 'Ada yang perlu diperbaiki' });
    const applicantType = screen.getByRole('radio', { name: 'Perorangan' }).closest('[data-sign-topic]');
    expect(applicantType?.getAttribute('data-sign-topic')).toBe(`field.${FORM}.applicantType`);
    expect(applicantType?.getAttribute('data-sign-error-topic')).toBe(`error.${FORM}.applicantType.required`);
    expect(document.querySelector('.error-summary')?.getAttribute('data-sign-topic')).toBe('errors.summary');

    await user.click(screen.getByRole('radio', { name: 'Perorangan' }));
    await clickNext(user);
    const nik = screen.getByLabelText(/^NIK/).closest('[data-sign-topic]');
    expect(nik?.getAttribute('data-sign-topic')).toBe(`field.${FORM}.nik`);
    expect(nik?.getAttribute('data-sign-error-topic')).toBe(`error.${FORM}.nik.required`);
    expect(applicantType?.hasAttribute('data-sign-error-topic')).toBe(false);
  });

  it('keeps the topic while focus is in the panel', async () => {
    const keys = [`step.${FORM}.applicant`, `field.${FORM}.nik`];
    const { user, panel } = await renderWithPanel({ languages: { bisindo: keys } });
    await beginAsIndividual(user);
    await user.click(await screen.findByLabelText(/^NIK/));
    await expectExplaining(panel, 'Kolom NIK');

    await user.click(within(panel).getByRole('button', { name: 'Ulangi dari awal' }));
    await user.tab();
    expect(panel.contains(document.activeElement)).toBe(true);
    expect(await expectExplaining(panel, 'Kolom NIK')).toBe(`/sign-language/bisindo/field.${FORM}.nik.webm`);
  });

  it('keeps the field topic on the step buttons', async () => {
    const keys = [`step.${FORM}.applicant`, `field.${FORM}.nik`, `field.${FORM}.name`];
    const { user, panel } = await renderWithPanel({ languages: { bisindo: keys } });
    await beginAsIndividual(user);
    await user.click(await screen.findByLabelText(/^NIK/));
    await expectExplaining(panel, 'Kolom NIK');

    // A focus change outside the panel updates the topic at once, so the text is final here.
    act(() => screen.getByRole('button', { name: 'Lanjut' }).focus());
    expect(within(panel).getByText(/^Penjelasan: /).textContent).toBe('Penjelasan: Kolom NIK');
    act(() => screen.getByRole('button', { name: 'Kembali' }).focus());
    expect(within(panel).getByText(/^Penjelasan: /).textContent).toBe('Penjelasan: Kolom NIK');

    await user.click(screen.getByLabelText(/^Nama lengkap/));
    expect(await expectExplaining(panel, 'Kolom Nama lengkap')).toBe(`/sign-language/bisindo/field.${FORM}.name.webm`);
    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(await expectExplaining(panel, 'Langkah Data Pemohon')).toBe(`/sign-language/bisindo/step.${FORM}.applicant.webm`);
  });

  it('comes after the content in tab order', async () => {
    const keys = [`step.${FORM}.applicant`, `field.${FORM}.nik`];
    const { user, panel } = await renderWithPanel({ languages: { bisindo: keys } });
    await beginAsIndividual(user);
    await user.click(await screen.findByLabelText(/^NIK/));
    await expectExplaining(panel, 'Kolom NIK');
    const main = document.getElementById('main') as HTMLElement;
    expect(main.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const buttons = within(main).getAllByRole('button');
    act(() => buttons[buttons.length - 1]?.focus());
    await user.tab();
    expect(panel.contains(document.activeElement)).toBe(true);
    expect(within(panel).getByText(/^Penjelasan: /).textContent).toBe('Penjelasan: Kolom NIK');
  });

  it('falls back to the short field key', async () => {
    const { user, panel } = await renderWithPanel({ languages: { bisindo: [`step.${FORM}.applicant`, 'field.nik', 'error.required'] } });
    await beginAsIndividual(user);
    await user.click(await screen.findByLabelText(/^NIK/));
    expect(await expectExplaining(panel, 'Kolom NIK')).toBe('/sign-language/bisindo/field.nik.webm');

    await clickNext(user);
    await user.click(screen.getByLabelText(/^NIK/));
    expect(await expectExplaining(panel, 'Kesalahan di kolom NIK')).toBe('/sign-language/bisindo/error.required.webm');
  });

  it('plays the step when the field has no clip', async () => {
    const { user, panel } = await renderWithPanel({ languages: { bisindo: [`step.${FORM}.applicant`] } });
    await beginAsIndividual(user);
    await user.click(await screen.findByLabelText(/^NIK/));
    expect(await expectExplaining(panel, 'Langkah Data Pemohon')).toBe(`/sign-language/bisindo/step.${FORM}.applicant.webm`);
  });

  it('switches to the wider topics', async () => {
    const { user, panel } = await renderWithPanel({ languages: { bisindo: [`step.${FORM}.applicant`, `field.${FORM}.nik`] } });
    await beginAsIndividual(user);
    await user.click(await screen.findByLabelText(/^NIK/));
    await expectExplaining(panel, 'Kolom NIK');
    const choices = within(panel).getByRole('group', { name: 'Jelaskan' });
    expect(within(choices).getByRole('button', { name: 'Kolom ini' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(within(choices).getByRole('button', { name: 'Langkah ini' }));
    expect(await expectExplaining(panel, 'Langkah Data Pemohon')).toBe(`/sign-language/bisindo/step.${FORM}.applicant.webm`);
    expect(within(choices).getByRole('button', { name: 'Langkah ini' }).getAttribute('aria-pressed')).toBe('true');

    // A new focus outside the panel chooses afresh.
    await user.click(screen.getByLabelText(/^Nama lengkap/));
    await user.click(screen.getByLabelText(/^NIK/));
    expect(await expectExplaining(panel, 'Kolom NIK')).toBe(`/sign-language/bisindo/field.${FORM}.nik.webm`);
  });

  it('says when no clip exists', async () => {
    const { user, panel } = await renderWithPanel({ languages: { bisindo: ['screen.start'] } });
    await beginForm(user);
    await screen.findByRole('heading', { level: 1, name: /Data Pemohon/ });
    await within(panel).findByText('Belum ada video untuk bagian ini.');
    expect(panel.querySelector('video')).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Putar' })).toBeNull();
    expect(within(panel).getByRole('button', { name: 'Tutup video' })).toBeTruthy();
  });

  it('updates its text with the language', async () => {
    const { user, panel } = await renderWithPanel({ languages: { bisindo: [`step.${FORM}.applicant`, `field.${FORM}.nik`] } });
    await beginAsIndividual(user);
    await user.click(await screen.findByLabelText(/^NIK/));
    await expectExplaining(panel, 'Kolom NIK');
    await i18n.changeLanguage('en');
    await within(panel).findByText('Explaining: NIK field');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Sign-language video · BISINDO');
    await i18n.changeLanguage('id');
  });
});

describe('topics on every screen', () => {
  it('marks the start screen and the chooser', async () => {
    const { user } = await renderWithPanel({ languages: { bisindo: ['screen.start'] } });
    expect(document.querySelector('#main > [data-sign-topic]')?.getAttribute('data-sign-topic')).toBe('screen.start');
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    await screen.findByRole('heading', { level: 1, name: /Apa yang ingin Anda ajukan/ });
    expect(document.querySelector('#main > [data-sign-topic]')?.getAttribute('data-sign-topic')).toBe('screen.chooser');
  });

  it('marks each field of a step', async () => {
    const { user } = await renderWithPanel({ languages: { bisindo: ['screen.start'] } });
    await beginAsIndividual(user);
    await waitFor(() => expect(document.querySelector('#main > [data-sign-topic]')?.getAttribute('data-sign-topic')).toBe(`step.${FORM}.applicant`));
    const topics = [...document.querySelectorAll('#main .field[data-sign-topic]')].map((element) => element.getAttribute('data-sign-topic'));
    expect(topics).toEqual([`field.${FORM}.applicantType`, `field.${FORM}.nik`, `field.${FORM}.name`, `field.${FORM}.occupation`]);
  });

  it('marks the review and the receipt', async () => {
    const { user, panel } = await renderWithPanel({ languages: { bisindo: ['screen.review', 'screen.receipt'] } });
    await fillValidForm(user);
    await waitFor(() => expect(document.querySelector('#main > [data-sign-topic]')?.getAttribute('data-sign-topic')).toBe('screen.review'));
    await user.click(screen.getByRole('button', { name: 'Kirim permohonan' }));
    await screen.findByText('Kode sementara');
    await waitFor(() => expect(document.querySelector('#main > [data-sign-topic]')?.getAttribute('data-sign-topic')).toBe(`receipt.${FORM}`));
    // receipt.<formId> falls back to screen.receipt.
    expect(await expectExplaining(panel, 'Tanda bukti permohonan')).toBe('/sign-language/bisindo/screen.receipt.webm');
  });
});

describe('topic labels', () => {
  it.each(['id', 'en'])('names the status screen as its heading (%s)', (language) => {
    const t = i18n.getFixedT(language);
    expect(t('signLanguage.topics.screen.status')).toBe(t('statusLookup.title'));
  });
});

describe('clip only in the other language', () => {
  it('offers BISINDO where SIBI has none', async () => {
    const { user, panel } = await renderWithPanel({
      languages: { bisindo: [`step.${FORM}.applicant`, `field.${FORM}.nik`], sibi: [`step.${FORM}.applicant`] },
    });
    updateSignSettings({ language: 'sibi' });
    await beginAsIndividual(user);
    await user.click(screen.getByLabelText(/^NIK/));

    // SIBI plays its wider topic and says what is missing.
    await within(panel).findByText('Belum ada video SIBI untuk bagian ini.');
    expect(panel.querySelector('video source')?.getAttribute('src')).toBe(`/sign-language/sibi/step.${FORM}.applicant.webm`);

    await user.click(within(panel).getByRole('button', { name: 'Putar video BISINDO' }));
    expect(await expectExplaining(panel, 'Kolom NIK')).toBe(`/sign-language/bisindo/field.${FORM}.nik.webm`);
    expect(within(panel).getByText('Belum ada video SIBI untuk bagian ini. Yang diputar video BISINDO.')).toBeTruthy();
    expect(within(panel).getByRole('heading', { name: 'Video bahasa isyarat · BISINDO' })).toBeTruthy();

    await user.click(within(panel).getByRole('button', { name: 'Kembali ke SIBI' }));
    await waitFor(() => expect(panel.querySelector('video source')?.getAttribute('src')).toBe(`/sign-language/sibi/step.${FORM}.applicant.webm`));
  });

  it('shows only the offer when no own clip exists', async () => {
    const { panel } = await renderWithPanel({ languages: { bisindo: ['screen.chooser'], sibi: ['screen.start'] } });
    await within(panel).findByText('Belum ada video BISINDO untuk bagian ini.');
    expect(within(panel).getByRole('button', { name: 'Putar video SIBI' })).toBeTruthy();
    expect(within(panel).queryByText('Belum ada video untuk bagian ini.')).toBeNull();
  });

  it('offers nothing when both lack the clip', async () => {
    const { user, panel } = await renderWithPanel({ languages: { bisindo: [`step.${FORM}.applicant`], sibi: [`step.${FORM}.applicant`] } });
    updateSignSettings({ language: 'sibi' });
    await beginAsIndividual(user);
    await user.click(screen.getByLabelText(/^NIK/));
    await waitFor(() => expect(panel.querySelector('video source')?.getAttribute('src')).toBe(`/sign-language/sibi/step.${FORM}.applicant.webm`));
    expect(within(panel).queryByText(/Belum ada video/)).toBeNull();
  });
});
