// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { formDefinitions } from '../../src/domain/forms/registry.ts';
import { rememberChannel } from '../../src/app/device.ts';
import { i18n } from '../../src/app/i18n/i18n.ts';
import { flowReducer, initialFlowState, type FlowAction, type FlowState, type Screen } from '../../src/app/flow/flow-state.ts';
import { LoketDatabase, setDatabaseForTesting } from '../../src/app/outbox/db.ts';
import { currentHeading, renderApp } from './app-harness.tsx';

function run(state: FlowState, ...actions: FlowAction[]): FlowState {
  return actions.reduce(flowReducer, state);
}

const receiptScreen: Screen = { kind: 'receipt', source: { kind: 'outbox', id: 'r1' }, fromList: null };
const onReceipt: FlowState = { ...initialFlowState, screen: receiptScreen };
const onChooser: FlowState = { ...initialFlowState, screen: { kind: 'chooser' } };

describe('braille flow state', () => {
  it('receipt opens its braille screen', () => {
    const next = flowReducer(onReceipt, { type: 'openReceiptBraille' });
    expect(next.screen).toEqual({
      kind: 'braille',
      target: { kind: 'receipt', source: { kind: 'outbox', id: 'r1' }, fromList: false },
      returnTo: receiptScreen,
    });
    expect(next.focusRequest.target).toEqual({ kind: 'heading' });
  });

  it('receipt from the list stays so', () => {
    const fromList: Screen = { ...receiptScreen, fromList: { returnTo: { kind: 'start' } } };
    const next = flowReducer({ ...initialFlowState, screen: fromList }, { type: 'openReceiptBraille' });
    if (next.screen.kind !== 'braille') throw new Error(`expected the braille screen, got ${next.screen.kind}`);
    expect(next.screen.target).toEqual({ kind: 'receipt', source: { kind: 'outbox', id: 'r1' }, fromList: true });
    expect(flowReducer(next, { type: 'back' }).screen).toEqual(fromList);
  });

  it('back returns to the receipt', () => {
    expect(run(onReceipt, { type: 'openReceiptBraille' }, { type: 'back' }).screen).toEqual(receiptScreen);
  });

  it('braille only from a receipt', () => {
    expect(flowReducer(onChooser, { type: 'openReceiptBraille' })).toBe(onChooser);
  });

  it('chooser opens the blank forms', () => {
    const next = flowReducer(onChooser, { type: 'openBlankForms' });
    expect(next.screen).toEqual({ kind: 'blankForms' });
    expect(flowReducer(next, { type: 'back' }).screen).toEqual({ kind: 'chooser' });
  });

  it('blank form opens and returns', () => {
    const list = flowReducer(onChooser, { type: 'openBlankForms' });
    const next = flowReducer(list, { type: 'openBlankFormBraille', formId: 'complaint' });
    expect(next.screen).toEqual({ kind: 'braille', target: { kind: 'blankForm', formId: 'complaint' }, returnTo: { kind: 'blankForms' } });
    expect(flowReducer(next, { type: 'back' }).screen).toEqual({ kind: 'blankForms' });
  });

  it('unknown blank form is ignored', () => {
    const list = flowReducer(onChooser, { type: 'openBlankForms' });
    expect(flowReducer(list, { type: 'openBlankFormBraille', formId: 'petition' })).toBe(list);
  });

  it('blank forms keep the draft', () => {
    const started: FlowState = { ...onChooser, formId: 'complaint', draft: { title: 'Jalan rusak' } };
    const next = run(started, { type: 'openBlankForms' }, { type: 'openBlankFormBraille', formId: 'complaint' }, { type: 'back' }, { type: 'back' });
    expect(next.screen).toEqual({ kind: 'chooser' });
    expect(next.draft).toEqual({ title: 'Jalan rusak' });
  });

  it('page size stays for the visit', () => {
    const chosen = run(onReceipt, { type: 'openReceiptBraille' }, { type: 'chooseBraillePageSize', preset: 'swellA4' }, { type: 'back' });
    expect(chosen.braillePageSize).toBe('swellA4');
    expect(run(chosen, { type: 'openReceiptBraille' }).braillePageSize).toBe('swellA4');
    expect(run({ ...chosen, screen: { kind: 'chooser' } }, { type: 'openBlankForms' }, { type: 'openBlankFormBraille', formId: 'complaint' }).braillePageSize).toBe('swellA4');
  });

  it('page size starts unset', () => {
    expect(initialFlowState.braillePageSize).toBeNull();
  });

  it('reset forgets the page size', () => {
    const chosen = run(onReceipt, { type: 'openReceiptBraille' }, { type: 'chooseBraillePageSize', preset: 'a4' });
    expect(flowReducer(chosen, { type: 'reset' }).braillePageSize).toBeNull();
    expect(flowReducer(chosen, { type: 'finish' }).braillePageSize).toBeNull();
  });

  it('reset leaves the braille screen', () => {
    const next = run(onReceipt, { type: 'openReceiptBraille' }, { type: 'reset' });
    expect(next).toBe(initialFlowState);
  });
});

describe('blank forms in the app', () => {
  let databaseCount = 0;

  beforeAll(async () => {
    // Transforming the deferred chunk on first import can take longer than findBy waits.
    await import('../../src/app/deferred.ts');
  });

  beforeEach(() => {
    databaseCount += 1;
    setDatabaseForTesting(new LoketDatabase(`loket-braille-flow-test-${databaseCount}`));
    rememberChannel('web');
  });

  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    setDatabaseForTesting(undefined);
  });

  it('chooser lists three blank forms', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    await user.click(screen.getByRole('button', { name: 'Formulir Braille kosong' }));

    expect(currentHeading().textContent).toBe('Formulir Braille kosong');
    await waitFor(() => expect(document.activeElement).toBe(currentHeading()));
    const group = screen.getByRole('group', { name: 'Formulir Braille kosong' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Formulir Permohonan Informasi Publik',
      'Formulir Keberatan atas Permohonan Informasi',
      'Formulir Pengaduan',
    ]);
    expect(buttons).toHaveLength(Object.keys(formDefinitions).length);
  });

  it('blank form opens and Back returns', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    await user.click(screen.getByRole('button', { name: 'Formulir Braille kosong' }));
    await user.click(screen.getByRole('button', { name: 'Formulir Pengaduan' }));

    expect(currentHeading().textContent).toBe('Formulir Pengaduan dalam huruf Braille');
    await waitFor(() => expect(document.activeElement).toBe(currentHeading()));
    expect(screen.getAllByRole('img', { name: /^Halaman braille \d+ dari \d+$/ }).length).toBeGreaterThan(1);

    await user.click(screen.getByRole('button', { name: 'Kembali ke daftar formulir' }));
    expect(currentHeading().textContent).toBe('Formulir Braille kosong');
    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(currentHeading().textContent).toBe('Apa yang ingin Anda ajukan?');
  });

  it('browser Back steps out of the blank forms', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    await user.click(screen.getByRole('button', { name: 'Formulir Braille kosong' }));
    await user.click(screen.getByRole('button', { name: 'Formulir Keberatan atas Permohonan Informasi' }));
    await screen.findByRole('heading', { level: 1, name: 'Formulir Keberatan atas Permohonan Informasi dalam huruf Braille' });

    history.back();
    await screen.findByRole('heading', { level: 1, name: 'Formulir Braille kosong' });
    history.back();
    await screen.findByRole('heading', { level: 1, name: 'Apa yang ingin Anda ajukan?' });
  });

  it('page size stays across braille screens', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    await user.click(screen.getByRole('button', { name: 'Formulir Braille kosong' }));
    await user.click(screen.getByRole('button', { name: 'Formulir Pengaduan' }));
    expect(screen.getByRole('radio', { name: '40 × 25: embosser dan BRF' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('radio', { name: '31 × 27: kertas timbul A4' }));

    await user.click(screen.getByRole('button', { name: 'Kembali ke daftar formulir' }));
    await user.click(screen.getByRole('button', { name: 'Formulir Keberatan atas Permohonan Informasi' }));
    expect(screen.getByRole('radio', { name: '31 × 27: kertas timbul A4' })).toHaveProperty('checked', true);
    expect(document.querySelector('.braille-screen__count')?.textContent).toMatch(/halaman braille, 31 sel × 27 baris\.$/);
  });

  it.each([
    ['id', 'Formulir Keberatan atas Permohonan Informasi', 'formulir-keberatan-40x25.brf'],
    ['en', 'Objection to an Information Request', 'objection-form-40x25.brf'],
  ] as const)('blank form file name in %s', async (language, button, fileName) => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:test'), revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await renderApp();
    await i18n.changeLanguage(language);
    await user.click(screen.getByRole('button', { name: language === 'id' ? 'Mulai' : 'Start' }));
    await user.click(screen.getByRole('button', { name: language === 'id' ? 'Formulir Braille kosong' : 'Blank forms in braille' }));
    await user.click(screen.getByRole('button', { name: button }));
    await user.click(screen.getByRole('button', { name: language === 'id' ? 'Unduh BRF' : 'Download BRF' }));

    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(fileName);
    click.mockRestore();
  });

  it('PEF of a blank form has a UUID URN', async () => {
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => (blobs.push(blob), 'blob:test')), revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    await user.click(screen.getByRole('button', { name: 'Formulir Braille kosong' }));
    await user.click(screen.getByRole('button', { name: 'Formulir Permohonan Informasi Publik' }));
    await user.click(screen.getByRole('button', { name: 'Unduh PEF' }));

    const pef = (await blobs[0]?.text()) ?? '';
    expect(pef).toMatch(/<dc:identifier>urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/dc:identifier>/);
    expect(pef).toMatch(/<dc:date>\d{4}-\d{2}-\d{2}<\/dc:date>/);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('formulir-permohonan-40x25.pef');
    click.mockRestore();
  });
});
