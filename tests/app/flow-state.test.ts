import { describe, expect, it } from 'vitest';
import { flowReducer, initialFlowState, type FlowState } from '../../src/app/flow/flow-state.ts';

function onStep(index: number): FlowState {
  return { ...initialFlowState, screen: { kind: 'step', index, returnToReview: false }, draft: { name: 'Siti Contoh' } };
}

describe('flowReducer', () => {
  it('navigation requests heading focus', () => {
    const next = flowReducer(initialFlowState, { type: 'begin' });
    expect(next.screen).toEqual({ kind: 'step', index: 0, returnToReview: false });
    expect(next.focusRequest).toEqual({ target: { kind: 'heading' }, seq: 1 });
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

  it('submitted clears the draft', () => {
    const next = flowReducer(onStep(4), { type: 'submitted', source: { kind: 'outbox', id: 'a' } });
    expect(next.draft).toEqual({});
    expect(next.screen).toEqual({ kind: 'receipt', source: { kind: 'outbox', id: 'a' }, fromList: null });
  });

  it('submitFailed keeps the draft', () => {
    const next = flowReducer(onStep(4), { type: 'submitFailed', reason: 'storageFull', errors: [] });
    expect(next.draft).toEqual({ name: 'Siti Contoh' });
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

  it('finish clears the draft', () => {
    const next = flowReducer(onStep(3), { type: 'finish' });
    expect(next.screen).toEqual({ kind: 'start' });
    expect(next.draft).toEqual({});
  });
});
