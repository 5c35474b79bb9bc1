import type { BraillePagePreset } from '../../domain/braille/page-size.ts';
import { findFormDefinition } from '../../domain/forms/registry.ts';
import { objection } from '../../domain/forms/objection.ts';
import type { FieldValue, FormDefinition, FormValues } from '../../domain/forms/types.ts';
import type { DraftAttachment } from '../attachments/types.ts';
import type { ReportedFieldError } from '../form/field-error-message.ts';
import type { SubmitResult } from '../outbox/submit.ts';
import type { OutboxRecord } from '../outbox/types.ts';
import { firstStepIndex, lastStepIndex, previousStepIndex } from './step-order.ts';

/**
 * The kiosk's screens and the visitor's draft, as a reducer. Screens change in memory only,
 * with no router, so the browser's history can never bring back a half-filled form for the
 * next visitor; use-leave-guard.ts maps the Back button onto these screens. The draft keeps
 * every answer, also those of fields that a later choice hides, so changing one's mind loses
 * nothing.
 *
 * The visitor first chooses a form on the chooser (`formId`). An objection then names the
 * request it is about (the objectionSource screen) and may take answers from that request.
 */

/**
 * Source of a receipt's record: the outbox in IndexedDB, or memory when the device has no
 * IndexedDB. `droppedFiles` names attachments the outbox could not keep because storage was full.
 */
export type ReceiptSource =
  | { kind: 'outbox'; id: string; droppedFiles?: readonly string[] }
  | { kind: 'memory'; record: OutboxRecord };

export type Screen =
  | { kind: 'start' }
  /** "Apa yang ingin Anda ajukan?": the three forms. */
  | { kind: 'chooser' }
  /** Before an objection's first step: which request it is about, and where its answers come from. */
  | { kind: 'objectionSource' }
  | { kind: 'step'; index: number; returnToReview: boolean }
  | { kind: 'review' }
  /** `fromList` is set when the receipt was opened from the list, whose own return screen it keeps. */
  | { kind: 'receipt'; source: ReceiptSource; fromList: { returnTo: Screen } | null }
  | { kind: 'receipts'; returnTo: Screen }
  /** "Formulir Braille kosong": the forms a visitor can take in braille before filling them in. */
  | { kind: 'blankForms' }
  /** A receipt or a blank form in braille. Back returns to `returnTo`, the screen it was opened from. */
  | { kind: 'braille'; target: BrailleTarget; returnTo: Screen };

/**
 * The document the braille screen lays out. A receipt keeps `fromList`, because the applicant's
 * name appears only on the receipt just issued to this visitor, never on one reopened from the list.
 */
export type BrailleTarget =
  | { kind: 'receipt'; source: ReceiptSource; fromList: boolean }
  | { kind: 'blankForm'; formId: string };

export type SubmitFailureReason = Extract<SubmitResult, { kind: 'failed' }>['reason'] | 'unexpected';

export type FocusTarget =
  | { kind: 'heading' }
  | { kind: 'errorSummary' }
  | { kind: 'submitFailure' }
  | { kind: 'field'; field: string };

/** The request an objection took its answers from, for the note on its screens. */
export interface PrefillNote {
  requestNumber: string;
  /** Steps whose every shown field was filled in and valid: "Lanjut" passes over them. */
  skippedSteps: readonly string[];
  /** The answers taken from the request, so that choosing another request can take them back. */
  values: FormValues;
}

export interface FlowState {
  screen: Screen;
  /** The form chosen on the chooser; null before the choice and after the visit. */
  formId: string | null;
  draft: FormValues;
  /** Files attached on the form's attachments step. They are not form values: the payload lists them apart. */
  attachments: readonly DraftAttachment[];
  prefill: PrefillNote | null;
  /** Errors shown on the current screen. */
  errors: readonly ReportedFieldError[];
  /** Reason the last submission failed, shown on the review screen until the next navigation. */
  submitFailure: SubmitFailureReason | null;
  /** Focus target for the next render. `seq` changes with every request, even to the same target. */
  focusRequest: { target: FocusTarget; seq: number };
  /**
   * The braille page size the visitor chose during this visit, used by every braille screen
   * they open after it. It is null until they choose, so the configured size applies.
   */
  braillePageSize: BraillePagePreset | null;
}

export type FlowAction =
  | { type: 'begin' }
  | { type: 'startOver' }
  | { type: 'goToStart' }
  | { type: 'chooseForm'; formId: string }
  /** Answers taken from the request an objection is about. The form continues at its first step not skipped. */
  | { type: 'applyPrefill'; values: FormValues; note: PrefillNote }
  /** The visitor fills the objection in without a request to take answers from; `values` holds what they typed already. */
  | { type: 'fillByHand'; values: FormValues }
  /** One screen back, as the Back button and the browser's Back do. */
  | { type: 'back' }
  /** `clear` names answers that no longer fit, such as a kelurahan outside the newly chosen kecamatan. */
  | { type: 'setValue'; field: string; value: FieldValue; clear?: readonly string[] }
  | { type: 'addAttachment'; attachment: DraftAttachment }
  | { type: 'removeAttachment'; id: string }
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
  /** From the receipt on screen: the same receipt in braille. */
  | { type: 'openReceiptBraille' }
  /** From the chooser: the list of blank forms in braille. */
  | { type: 'openBlankForms' }
  /** From the list of blank forms: one of them in braille. */
  | { type: 'openBlankFormBraille'; formId: string }
  /** On a braille screen: the page size for the rest of the visit. */
  | { type: 'chooseBraillePageSize'; preset: BraillePagePreset }
  | { type: 'finish' }
  /** Between visitors: everything back to the initial state. App remounts the screens with it. */
  | { type: 'reset' };

export const initialFlowState: FlowState = {
  screen: { kind: 'start' },
  formId: null,
  draft: {},
  attachments: [],
  prefill: null,
  errors: [],
  submitFailure: null,
  focusRequest: { target: { kind: 'heading' }, seq: 0 },
  braillePageSize: null,
};

/** The visitor's form and everything in it, as after a visit or a submission. */
const EMPTY_FORM = { formId: null, draft: {}, attachments: [], prefill: null } satisfies Partial<FlowState>;

/** Returns the definition of the chosen form, or undefined before the choice. */
export function chosenDefinition(state: Pick<FlowState, 'formId'>): FormDefinition | undefined {
  return state.formId === null ? undefined : findFormDefinition(state.formId);
}

/** True when the visitor has typed, chosen or attached anything, so leaving would lose it. */
export function hasAnswers(state: Pick<FlowState, 'draft' | 'attachments'>): boolean {
  return Object.keys(state.draft).length > 0 || state.attachments.length > 0;
}

/**
 * Returns the draft without the answers that `prefill` took from a request and the visitor left
 * unchanged. An objection that switches to another request must not keep them, or it would carry
 * the first request's name, address or e-mail address under the second one's number. Answers
 * the visitor typed or changed stay.
 */
export function withoutPrefilledAnswers(draft: FormValues, prefill: PrefillNote | null): FormValues {
  if (!prefill) return draft;
  const kept = { ...draft };
  for (const [field, value] of Object.entries(prefill.values)) {
    if (kept[field] === value) delete kept[field];
  }
  return kept;
}

function focus(state: FlowState, target: FocusTarget): FlowState['focusRequest'] {
  return { target, seq: state.focusRequest.seq + 1 };
}

/** Shows another screen with nothing from the previous one's errors, focusing its heading. */
function navigate(state: FlowState, screen: Screen, target: FocusTarget = { kind: 'heading' }): FlowState {
  return { ...state, screen, errors: [], submitFailure: null, focusRequest: focus(state, target) };
}

function skippedSteps(state: FlowState): readonly string[] {
  return state.prefill?.skippedSteps ?? [];
}

/** Returns the first screen of a chosen form; for an objection, the screen that names its request. */
function formEntry(definition: FormDefinition, skipped: readonly string[]): Screen {
  if (definition.id === objection.id) return { kind: 'objectionSource' };
  return { kind: 'step', index: firstStepIndex(definition, skipped), returnToReview: false };
}

/** Returns the screen before the current one, or null where Back has nowhere to go inside the flow. */
function previousScreen(state: FlowState): Screen | null {
  const { screen } = state;
  const definition = chosenDefinition(state);
  switch (screen.kind) {
    case 'chooser':
      return { kind: 'start' };
    case 'objectionSource':
      return { kind: 'chooser' };
    case 'step': {
      if (!definition) return { kind: 'chooser' };
      const previous = previousStepIndex(definition, screen.index, skippedSteps(state));
      if (previous !== undefined) return { kind: 'step', index: previous, returnToReview: screen.returnToReview };
      return definition.id === objection.id ? { kind: 'objectionSource' } : { kind: 'chooser' };
    }
    case 'review':
      if (!definition) return { kind: 'chooser' };
      return { kind: 'step', index: lastStepIndex(definition, skippedSteps(state)), returnToReview: false };
    case 'blankForms':
      return { kind: 'chooser' };
    case 'braille':
      return screen.returnTo;
    default:
      return null;
  }
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'begin': {
      // "Lanjutkan isian" returns to the form that was started. Otherwise the visitor chooses one.
      const definition = chosenDefinition(state);
      if (definition && hasAnswers(state)) {
        return navigate(state, { kind: 'step', index: firstStepIndex(definition, skippedSteps(state)), returnToReview: false });
      }
      return navigate(state, { kind: 'chooser' });
    }
    case 'startOver':
      return { ...navigate(state, { kind: 'chooser' }), ...EMPTY_FORM };
    case 'goToStart':
      return navigate(state, { kind: 'start' });
    case 'chooseForm': {
      const definition = findFormDefinition(action.formId);
      if (!definition) return state;
      // Another form than the one started gets an empty draft: the two share field names
      // (name, agency), but an answer given for one form was not given for the other.
      const kept = action.formId === state.formId ? {} : { ...EMPTY_FORM, formId: action.formId };
      const next = { ...state, ...kept };
      return navigate(next, formEntry(definition, skippedSteps(next)));
    }
    case 'applyPrefill': {
      const definition = chosenDefinition(state);
      if (!definition) return state;
      const draft = { ...withoutPrefilledAnswers(state.draft, state.prefill), ...action.values };
      const next = { ...state, draft, prefill: action.note };
      return navigate(next, { kind: 'step', index: firstStepIndex(definition, action.note.skippedSteps), returnToReview: false });
    }
    case 'fillByHand':
      // Answers an earlier look-up filled in belong to another request; the visitor's own stay.
      return {
        ...navigate(state, { kind: 'step', index: 0, returnToReview: false }),
        draft: { ...withoutPrefilledAnswers(state.draft, state.prefill), ...action.values },
        prefill: null,
      };
    case 'back': {
      const previous = previousScreen(state);
      return previous ? navigate(state, previous) : state;
    }
    case 'setValue': {
      const draft = { ...state.draft, [action.field]: action.value };
      for (const field of action.clear ?? []) draft[field] = '';
      return { ...state, draft };
    }
    case 'addAttachment':
      return { ...state, attachments: [...state.attachments, action.attachment] };
    case 'removeAttachment':
      return { ...state, attachments: state.attachments.filter((attachment) => attachment.id !== action.id) };
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
      // The outbox contains the submission now, and a fresh form keeps it from being sent twice.
      return { ...navigate(state, { kind: 'receipt', source: action.source, fromList: null }), ...EMPTY_FORM };
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
    case 'openReceiptBraille': {
      const current = state.screen;
      if (current.kind !== 'receipt') return state;
      const target: BrailleTarget = { kind: 'receipt', source: current.source, fromList: current.fromList !== null };
      return navigate(state, { kind: 'braille', target, returnTo: current });
    }
    case 'openBlankForms':
      if (state.screen.kind !== 'chooser') return state;
      return navigate(state, { kind: 'blankForms' });
    case 'openBlankFormBraille':
      if (state.screen.kind !== 'blankForms' || !findFormDefinition(action.formId)) return state;
      return navigate(state, { kind: 'braille', target: { kind: 'blankForm', formId: action.formId }, returnTo: state.screen });
    case 'chooseBraillePageSize':
      return { ...state, braillePageSize: action.preset };
    case 'finish':
      return { ...navigate(state, { kind: 'start' }), ...EMPTY_FORM, braillePageSize: null };
    case 'reset':
      return initialFlowState;
  }
}
