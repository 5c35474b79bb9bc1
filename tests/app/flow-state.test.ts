import { describe, expect, it } from 'vitest';
import type { DraftAttachment } from '../../src/app/attachments/types.ts';
import { flowReducer, initialFlowState, type FlowAction, type FlowState } from '../../src/app/flow/flow-state.ts';

function onStep(index: number, formId = 'information-request'): FlowState {
  return { ...initialFlowState, formId, screen: { kind: 'step', index, returnToReview: false }, draft: { name: 'Siti Contoh' } };
}

function run(state: FlowState, ...actions: FlowAction[]): FlowState {
  return actions.reduce(flowReducer, state);
}

const photo: DraftAttachment = {
  id: 'a1',
  name: 'foto-jalan.jpg',
  type: 'image/jpeg',
  size: 2048,
  sha256: 'a'.repeat(64),
  blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }),
};

describe('flowReducer', () => {
  it('begin opens the chooser', () => {
    const next = flowReducer(initialFlowState, { type: 'begin' });
    expect(next.screen).toEqual({ kind: 'chooser' });
    expect(next.focusRequest).toEqual({ target: { kind: 'heading' }, seq: 1 });
  });

  it('begin continues a started form', () => {
    const atStart = run(onStep(2), { type: 'goToStart' });
    expect(flowReducer(atStart, { type: 'begin' }).screen).toEqual({ kind: 'step', index: 0, returnToReview: false });
  });

  it('chooseForm starts the form', () => {
    const next = run(initialFlowState, { type: 'begin' }, { type: 'chooseForm', formId: 'complaint' });
    expect(next.formId).toBe('complaint');
    expect(next.screen).toEqual({ kind: 'step', index: 0, returnToReview: false });
  });

  it('chooseForm objection asks for its request', () => {
    const next = run(initialFlowState, { type: 'begin' }, { type: 'chooseForm', formId: 'objection' });
    expect(next.screen).toEqual({ kind: 'objectionSource' });
  });

  it('chooseForm ignores an unknown form', () => {
    const chooser = flowReducer(initialFlowState, { type: 'begin' });
    expect(flowReducer(chooser, { type: 'chooseForm', formId: 'petition' })).toBe(chooser);
  });

  it('same form keeps the draft', () => {
    const started = { ...onStep(1), attachments: [photo] };
    const next = run(started, { type: 'back' }, { type: 'back' }, { type: 'chooseForm', formId: 'information-request' });
    expect(next.draft).toEqual({ name: 'Siti Contoh' });
    expect(next.attachments).toEqual([photo]);
  });

  it('another form starts empty', () => {
    const started = { ...onStep(0), attachments: [photo] };
    const next = run(started, { type: 'back' }, { type: 'chooseForm', formId: 'complaint' });
    expect(next.formId).toBe('complaint');
    expect(next.draft).toEqual({});
    expect(next.attachments).toEqual([]);
  });

  it('back walks to the start', () => {
    let state = run(initialFlowState, { type: 'begin' }, { type: 'chooseForm', formId: 'objection' }, { type: 'fillByHand', values: {} });
    const screens: string[] = [];
    for (let count = 0; count < 4; count += 1) {
      state = flowReducer(state, { type: 'back' });
      screens.push(state.screen.kind);
    }
    expect(screens).toEqual(['objectionSource', 'chooser', 'start', 'start']);
  });

  it('back from review goes to the last step', () => {
    const review = run(onStep(4), { type: 'goToReview' }, { type: 'back' });
    expect(review.screen).toEqual({ kind: 'step', index: 4, returnToReview: false });
  });

  it('prefill skips filled steps both ways', () => {
    const source = run(initialFlowState, { type: 'begin' }, { type: 'chooseForm', formId: 'objection' });
    const filled = flowReducer(source, {
      type: 'applyPrefill',
      values: { requestNumber: '12/PPID/DINKES/PI/2026', agency: 'DINKES', purpose: 'Penelitian' },
      note: { requestNumber: '12/PPID/DINKES/PI/2026', skippedSteps: ['request'], values: {} },
    });
    expect(filled.screen).toEqual({ kind: 'step', index: 1, returnToReview: false });
    expect(filled.draft.agency).toBe('DINKES');
    expect(filled.prefill?.requestNumber).toBe('12/PPID/DINKES/PI/2026');
    expect(flowReducer(filled, { type: 'back' }).screen).toEqual({ kind: 'objectionSource' });
  });

  it('another prefill takes back the first', () => {
    const source = run(initialFlowState, { type: 'begin' }, { type: 'chooseForm', formId: 'objection' });
    const first = { requestNumber: '12/PPID/DINKES/PI/2026', agency: 'DINKES', name: 'Ani Contoh', email: 'ani@example.org', phone: '+6281234567890' };
    const filled = flowReducer(source, { type: 'applyPrefill', values: first, note: { requestNumber: first.requestNumber, skippedSteps: [], values: first } });
    // The visitor corrects the phone number, then goes back and picks another request.
    const corrected = run(filled, { type: 'setValue', field: 'phone', value: '0857 1111 2222' }, { type: 'back' });

    const second = { requestNumber: '13/PPID/DINSOS/PI/2026', agency: 'DINSOS', name: 'Budi Contoh' };
    const next = flowReducer(corrected, { type: 'applyPrefill', values: second, note: { requestNumber: second.requestNumber, skippedSteps: [], values: second } });
    expect(next.draft.requestNumber).toBe('13/PPID/DINSOS/PI/2026');
    expect(next.draft.name).toBe('Budi Contoh');
    expect(next.draft.email).toBeUndefined();
    expect(next.draft.phone).toBe('0857 1111 2222');
  });

  it('fill by hand drops the prefill note', () => {
    const filled: FlowState = { ...onStep(1, 'objection'), prefill: { requestNumber: '12/PPID/DINKES/PI/2026', skippedSteps: ['request'], values: {} } };
    const next = run(filled, { type: 'back' }, { type: 'fillByHand', values: { requestNumber: '13/PPID/DINKES/PI/2026' } });
    expect(next.prefill).toBeNull();
    expect(next.draft.requestNumber).toBe('13/PPID/DINKES/PI/2026');
    expect(next.screen).toEqual({ kind: 'step', index: 0, returnToReview: false });
  });

  it('fill by hand drops prefilled answers', () => {
    const prefill = { requestNumber: '12/PPID/DINKES/PI/2026', skippedSteps: [], values: { email: 'ani@contoh.id', name: 'Ani Contoh' } };
    const filled: FlowState = { ...onStep(1, 'objection'), draft: { email: 'ani@contoh.id', name: 'Siti Contoh' }, prefill };
    const next = run(filled, { type: 'back' }, { type: 'fillByHand', values: {} });
    expect(next.draft.email).toBeUndefined();
    // The visitor corrected the name, so it is theirs now.
    expect(next.draft.name).toBe('Siti Contoh');
  });

  it('showErrors stays and focuses the summary', () => {
    const errors = [{ field: 'name', code: 'required' as const }];
    const next = flowReducer(onStep(0), { type: 'showErrors', errors });
    expect(next.screen).toEqual(onStep(0).screen);
    expect(next.errors).toEqual(errors);
    expect(next.focusRequest.target).toEqual({ kind: 'errorSummary' });
  });

  it('goToField from review returns to review', () => {
    const review = { ...onStep(0), screen: { kind: 'review' as const } };
    const next = flowReducer(review, { type: 'goToField', index: 2, field: 'purpose', errors: [] });
    expect(next.screen).toEqual({ kind: 'step', index: 2, returnToReview: true });
    expect(next.focusRequest.target).toEqual({ kind: 'field', field: 'purpose' });
  });

  it('setValue keeps other answers', () => {
    const next = flowReducer(onStep(0), { type: 'setValue', field: 'applicantType', value: 'individual' });
    expect(next.draft).toEqual({ name: 'Siti Contoh', applicantType: 'individual' });
  });

  it('setValue clears answers that no longer fit', () => {
    const state = { ...onStep(1, 'complaint'), draft: { district: 'Pinang', village: 'Kunciran' } };
    const next = flowReducer(state, { type: 'setValue', field: 'district', value: 'Ciledug', clear: ['village'] });
    expect(next.draft).toEqual({ district: 'Ciledug', village: '' });
  });

  it('attachments are added and removed', () => {
    const other = { ...photo, id: 'a2', name: 'surat.pdf', type: 'application/pdf' as const };
    const added = run(onStep(5, 'complaint'), { type: 'addAttachment', attachment: photo }, { type: 'addAttachment', attachment: other });
    expect(added.attachments.map((attachment) => attachment.id)).toEqual(['a1', 'a2']);
    expect(flowReducer(added, { type: 'removeAttachment', id: 'a1' }).attachments).toEqual([other]);
    expect(added.draft).toEqual({ name: 'Siti Contoh' });
  });

  it('submitted clears the form', () => {
    const next = flowReducer({ ...onStep(4), attachments: [photo] }, { type: 'submitted', source: { kind: 'outbox', id: 'a' } });
    expect(next.draft).toEqual({});
    expect(next.attachments).toEqual([]);
    expect(next.formId).toBeNull();
    expect(next.screen).toEqual({ kind: 'receipt', source: { kind: 'outbox', id: 'a' }, fromList: null });
  });

  it('submitFailed keeps the draft', () => {
    const next = flowReducer({ ...onStep(4), attachments: [photo] }, { type: 'submitFailed', reason: 'storageFull', errors: [] });
    expect(next.draft).toEqual({ name: 'Siti Contoh' });
    expect(next.attachments).toEqual([photo]);
    expect(next.submitFailure).toBe('storageFull');
    expect(next.focusRequest.target).toEqual({ kind: 'submitFailure' });
  });

  it('receipts list returns to the form', () => {
    const list = flowReducer(onStep(1), { type: 'openReceipts' });
    const receipt = flowReducer(list, { type: 'openReceipt', id: 'a' });
    const listAgain = flowReducer(receipt, { type: 'openReceipts' });
    const back = flowReducer(listAgain, { type: 'leaveReceipts' });
    expect(back.screen).toEqual(onStep(1).screen);
    expect(back.draft).toEqual({ name: 'Siti Contoh' });
  });

  it.each([
    ['finish', { type: 'finish' }],
    ['startOver', { type: 'startOver' }],
    ['reset', { type: 'reset' }],
  ] as [string, FlowAction][])('%s clears the form', (_name, action) => {
    const prefilled: FlowState = { ...onStep(3, 'objection'), attachments: [photo], prefill: { requestNumber: '12/PPID/DINKES/PI/2026', skippedSteps: [], values: {} } };
    const next = flowReducer(prefilled, action);
    expect(next.draft).toEqual({});
    expect(next.attachments).toEqual([]);
    expect(next.formId).toBeNull();
    expect(next.prefill).toBeNull();
  });
});
