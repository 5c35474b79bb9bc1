import type { FieldValue, FormValues } from '../../domain/forms/types.ts';
import type { ReportedFieldError } from '../form/field-error-message.ts';
import type { SubmitResult } from '../outbox/submit.ts';
import type { OutboxRecord } from '../outbox/types.ts';

/**
 * The kiosk's screens and the visitor's draft, as a reducer. Screens change in memory only,
 * with no router, so the browser's history can never bring back a half-filled form for the
 * next visitor; use-leave-guard.ts maps the Back button onto these screens. The draft keeps
 * every answer, also those of fields that a later choice hides, so changing one's mind loses
 * nothing.
 */

/** Source of a receipt's record: the outbox in IndexedDB, or memory when the device has no IndexedDB. */
export type ReceiptSource = { kind: 'outbox'; id: string } | { kind: 'memory'; record: OutboxRecord };

export type Screen =
  | { kind: 'start' }
  | { kind: 'step'; index: number; returnToReview: boolean }
  | { kind: 'review' }
  /** `fromList` is set when the receipt was opened from the list, whose own return screen it keeps. */
  | { kind: 'receipt'; source: ReceiptSource; fromList: { returnTo: Screen } | null }
  | { kind: 'receipts'; returnTo: Screen };

export type SubmitFailureReason = Extract<SubmitResult, { kind: 'failed' }>['reason'] | 'unexpected';

export type FocusTarget =
  | { kind: 'heading' }
  | { kind: 'errorSummary' }
  | { kind: 'submitFailure' }
  | { kind: 'field'; field: string };

export interface FlowState {
  screen: Screen;
  draft: FormValues;
  /** Errors shown on the current screen. */
  errors: readonly ReportedFieldError[];
  /** Reason the last submission failed, shown on the review screen until the next navigation. */
  submitFailure: SubmitFailureReason | null;
  /** Focus target for the next render. `seq` changes with every request, even to the same target. */
  focusRequest: { target: FocusTarget; seq: number };
}

export type FlowAction =
  | { type: 'begin' }
  | { type: 'startOver' }
  | { type: 'goToStart' }
  | { type: 'setValue'; field: string; value: FieldValue }
  | { type: 'goToStep'; index: number; returnToReview: boolean }
  | { type: 'goToReview' }
  | { type: 'showErrors'; errors: readonly ReportedFieldError[] }
  | { type: 'goToField'; index: number; field: string; errors: readonly ReportedFieldError[] }
  | { type: 'submitFailed'; reason: SubmitFailureReason; errors: readonly ReportedFieldError[] }
  | { type: 'submitted'; source: ReceiptSource }
  | { type: 'openReceipts' }
  | { type: 'openReceipt'; id: string }
  | { type: 'leaveReceipts' }
  | { type: 'backToReceipts' }
  | { type: 'finish' }
  /** Between visitors: everything back to the initial state. App remounts the screens with it. */
  | { type: 'reset' };

export const initialFlowState: FlowState = {
  screen: { kind: 'start' },
  draft: {},
  errors: [],
  submitFailure: null,
  focusRequest: { target: { kind: 'heading' }, seq: 0 },
};

function focus(state: FlowState, target: FocusTarget): FlowState['focusRequest'] {
  return { target, seq: state.focusRequest.seq + 1 };
}

/** Shows another screen with nothing from the previous one's errors, focusing its heading. */
function navigate(state: FlowState, screen: Screen, target: FocusTarget = { kind: 'heading' }): FlowState {
  return { ...state, screen, errors: [], submitFailure: null, focusRequest: focus(state, target) };
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'begin':
      return navigate(state, { kind: 'step', index: 0, returnToReview: false });
    case 'startOver':
      return { ...navigate(state, { kind: 'step', index: 0, returnToReview: false }), draft: {} };
    case 'goToStart':
      return navigate(state, { kind: 'start' });
    case 'setValue':
      return { ...state, draft: { ...state.draft, [action.field]: action.value } };
    case 'goToStep':
      return navigate(state, { kind: 'step', index: action.index, returnToReview: action.returnToReview });
    case 'goToReview':
      return navigate(state, { kind: 'review' });
    case 'showErrors':
      return { ...state, errors: action.errors, submitFailure: null, focusRequest: focus(state, { kind: 'errorSummary' }) };
    case 'goToField': {
      const returnToReview = state.screen.kind === 'review' || (state.screen.kind === 'step' && state.screen.returnToReview);
      const next = navigate(state, { kind: 'step', index: action.index, returnToReview }, { kind: 'field', field: action.field });
      return { ...next, errors: action.errors };
    }
    case 'submitFailed': {
      const target: FocusTarget = action.errors.length > 0 ? { kind: 'errorSummary' } : { kind: 'submitFailure' };
      return { ...state, errors: action.errors, submitFailure: action.reason, focusRequest: focus(state, target) };
    }
    case 'submitted':
      // The outbox contains the submission now, and a fresh draft keeps it from being sent twice.
      return { ...navigate(state, { kind: 'receipt', source: action.source, fromList: null }), draft: {} };
    case 'openReceipts': {
      const current = state.screen;
      if (current.kind === 'receipts') return state;
      const returnTo = current.kind === 'receipt' && current.fromList ? current.fromList.returnTo : current;
      return navigate(state, { kind: 'receipts', returnTo });
    }
    case 'openReceipt': {
      if (state.screen.kind !== 'receipts') return state;
      const source: ReceiptSource = { kind: 'outbox', id: action.id };
      return navigate(state, { kind: 'receipt', source, fromList: { returnTo: state.screen.returnTo } });
    }
    case 'backToReceipts':
      if (state.screen.kind !== 'receipt' || !state.screen.fromList) return state;
      return navigate(state, { kind: 'receipts', returnTo: state.screen.fromList.returnTo });
    case 'leaveReceipts':
      if (state.screen.kind !== 'receipts') return state;
      return navigate(state, state.screen.returnTo);
    case 'finish':
      return { ...navigate(state, { kind: 'start' }), draft: {} };
    case 'reset':
      return initialFlowState;
  }
}
