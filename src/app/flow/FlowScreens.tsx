import { resolveAttachmentLimits } from '../../domain/attachments/limits.ts';
import type { BraillePagePreset } from '../../domain/braille/page-size.ts';
import { offeredAgencies, type KioskConfig } from '../../domain/config.ts';
import { validateStep } from '../../domain/forms/engine.ts';
import { formContextFrom } from '../../domain/forms/form-context.ts';
import type { FieldValue, FormDefinition, FormValues } from '../../domain/forms/types.ts';
import { announce } from '../a11y/announcer.ts';
import { AttachmentsStep } from '../attachment-step/AttachmentsStep.tsx';
import { BlankFormBrailleScreen } from '../braille/BlankFormBrailleScreen.tsx';
import { BlankFormsScreen } from '../braille/BlankFormsScreen.tsx';
import { ReceiptBrailleScreen } from '../braille/ReceiptBrailleScreen.tsx';
import { answersToClear } from '../form/field-options.ts';
import { fieldSourcesFrom } from '../form/field-sources.ts';
import { focusField } from '../form/focus-field.ts';
import { ReviewScreen } from '../form/ReviewScreen.tsx';
import { StepScreen } from '../form/StepScreen.tsx';
import { fieldLabelKey } from '../i18n/form-keys.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { ObjectionSourceScreen } from '../objection/ObjectionSourceScreen.tsx';
import { skippedStepsFor } from '../objection/prefill.ts';
import { DeviceReceiptsScreen } from '../receipt/DeviceReceiptsScreen.tsx';
import { OutboxReceiptScreen } from '../receipt/OutboxReceiptScreen.tsx';
import { ReceiptScreen } from '../receipt/ReceiptScreen.tsx';
import { FormChooser } from '../start/FormChooser.tsx';
import { StartScreen } from '../start/StartScreen.tsx';
import { chosenDefinition, hasAnswers, withoutPrefilledAnswers, type FlowAction, type FlowState } from './flow-state.ts';
import { nextStepIndex } from './step-order.ts';
import { type StepExit, useAttachmentWait } from './use-attachment-wait.ts';
import { useFlowFocus } from './use-flow-focus.ts';
import { useLeaveGuard } from './use-leave-guard.ts';
import { useSubmission } from './use-submission.ts';

interface FlowScreensProps {
  config: KioskConfig;
  flow: FlowState;
  dispatch: (action: FlowAction) => void;
  /** Called when a visitor presses "Selesai"; App resets everything for the next one. */
  onVisitEnd: () => void;
}

/**
 * Renders the current screen of the chosen form and turns its buttons into flow actions,
 * validating steps on the way. Every form runs through the same screens, and only the objection
 * adds one before its first step, where the visitor names the request it is about.
 */
export function FlowScreens({ config, flow, dispatch, onVisitEnd }: FlowScreensProps) {
  const { pending, submit } = useSubmission(config, dispatch);
  useFlowFocus(flow.focusRequest);
  useLeaveGuard(flow.screen, hasAnswers(flow), dispatch);
  const { screen } = flow;
  const definition = chosenDefinition(flow);

  switch (screen.kind) {
    case 'start':
      return (
        <StartScreen
          body={config.body}
          onBegin={() => dispatch({ type: 'begin' })}
          onStartOver={hasAnswers(flow) ? () => dispatch({ type: 'startOver' }) : undefined}
        />
      );

    case 'receipt': {
      const common = {
        config,
        fromList: screen.fromList !== null,
        // App clears the visitor's state, then applies a waiting update.
        onFinish: onVisitEnd,
        onBackToList: () => dispatch({ type: 'backToReceipts' }),
        onOpenBraille: () => dispatch({ type: 'openReceiptBraille' }),
      };
      return screen.source.kind === 'outbox' ? (
        <OutboxReceiptScreen id={screen.source.id} droppedFiles={screen.source.droppedFiles} {...common} />
      ) : (
        <ReceiptScreen record={screen.source.record} {...common} />
      );
    }

    case 'receipts':
      return (
        <DeviceReceiptsScreen
          config={config}
          onOpen={(id) => dispatch({ type: 'openReceipt', id })}
          onBack={() => dispatch({ type: 'leaveReceipts' })}
        />
      );

    case 'blankForms':
      return (
        <BlankFormsScreen
          onOpen={(formId) => dispatch({ type: 'openBlankFormBraille', formId })}
          onBack={() => dispatch({ type: 'back' })}
        />
      );

    case 'braille': {
      const { target } = screen;
      const common = {
        config,
        onBack: () => dispatch({ type: 'back' }),
        // The size chosen on one braille screen stays for the others until the visit ends.
        pageSize: flow.braillePageSize,
        onPageSizeChange: (preset: BraillePagePreset) => dispatch({ type: 'chooseBraillePageSize', preset }),
      };
      return target.kind === 'receipt' ? (
        <ReceiptBrailleScreen source={target.source} fromList={target.fromList} {...common} />
      ) : (
        <BlankFormBrailleScreen formId={target.formId} {...common} />
      );
    }

    default:
      // The chooser, and any form screen reached without a chosen form.
      if (screen.kind === 'chooser' || !definition) {
        return (
          <FormChooser
            startedFormId={hasAnswers(flow) ? flow.formId : null}
            onChoose={(formId) => dispatch({ type: 'chooseForm', formId })}
            onOpenBlankForms={() => dispatch({ type: 'openBlankForms' })}
            onBack={() => dispatch({ type: 'back' })}
          />
        );
      }
      return <FormScreens config={config} flow={flow} definition={definition} dispatch={dispatch} pending={pending} submit={submit} />;
  }
}

interface FormScreensProps {
  config: KioskConfig;
  flow: FlowState;
  definition: FormDefinition;
  dispatch: (action: FlowAction) => void;
  pending: boolean;
  submit: ReturnType<typeof useSubmission>['submit'];
}

/** Renders the screens of the chosen form: an objection's source, its steps and the review. */
function FormScreens({ config, flow, definition, dispatch, pending, submit }: FormScreensProps) {
  const { t } = useTranslation();
  const { screen, draft } = flow;
  // Retired agencies stay in the configuration so old receipts can name them, but a new
  // form can only go to an agency still offered.
  const offered = offeredAgencies(config);
  const context = formContextFrom(config, offered, new Date());
  const skipped = flow.prefill?.skippedSteps ?? [];
  const prefillNote = flow.prefill ? t('objectionSource.prefillNote', { number: flow.prefill.requestNumber }) : undefined;

  /** Validates a step and continues to `next` only when it has no errors. */
  const leaveStep = (index: number, next: FlowAction) => {
    const stepId = definition.steps[index]?.id;
    const errors = stepId ? validateStep(definition, stepId, draft, context) : [];
    dispatch(errors.length > 0 ? { type: 'showErrors', errors } : next);
  };

  /** Error links and change links: focus the field, first going to its step if needed. */
  const goToField = (field: string) => {
    const index = definition.steps.findIndex((step) => step.fields.includes(field));
    const step = definition.steps[index];
    if (!step) return;
    if (screen.kind === 'step' && screen.index === index) {
      focusField(field);
      return;
    }
    const errors = flow.errors.filter((error) => step.fields.includes(error.field));
    dispatch({ type: 'goToField', index, field, errors });
  };

  /** Stores an answer and clears the answers it makes impossible, saying so to screen reader users. */
  const setValue = (field: string, value: FieldValue) => {
    const clear = answersToClear(definition, config.districts ?? [], field, value, draft);
    dispatch({ type: 'setValue', field, value, clear });
    for (const cleared of clear) {
      announce(t('field.answerCleared', { label: t(fieldLabelKey(definition.id, cleared)), parent: typeof value === 'string' ? value : '' }));
    }
  };

  // Only the step screen leaves through these exits. useAttachmentWait compares the key to tie a hold to its step.
  const stepIndex = screen.kind === 'step' ? screen.index : -1;
  const leaveStepBy = (exit: StepExit) => {
    if (screen.kind !== 'step') return;
    const next = nextStepIndex(definition, screen.index, skipped);
    const forward: FlowAction = next === undefined ? { type: 'goToReview' } : { type: 'goToStep', index: next, returnToReview: screen.returnToReview };
    if (exit === 'next') leaveStep(screen.index, forward);
    else if (exit === 'backToReview') leaveStep(screen.index, { type: 'goToReview' });
    else dispatch({ type: 'back' });
  };
  const attachmentWait = useAttachmentWait(`${screen.kind}:${stepIndex}`, leaveStepBy);

  const applyPrefill = (values: FormValues, requestNumber: string) => {
    const skippedSteps = skippedStepsFor(definition, { ...withoutPrefilledAnswers(draft, flow.prefill), ...values }, values, context);
    dispatch({ type: 'applyPrefill', values, note: { requestNumber, skippedSteps, values } });
    announce(t('objectionSource.announceApplied', { number: requestNumber }));
  };

  switch (screen.kind) {
    case 'objectionSource':
      return (
        <ObjectionSourceScreen
          config={config}
          onApply={applyPrefill}
          onFillByHand={(values) => dispatch({ type: 'fillByHand', values })}
          onBack={() => dispatch({ type: 'back' })}
        />
      );

    case 'step': {
      const { index, returnToReview } = screen;
      const step = definition.steps[index];
      return (
        <StepScreen
          key={`${definition.id}:${index}`}
          definition={definition}
          stepIndex={index}
          draft={draft}
          errors={flow.errors}
          returnToReview={returnToReview}
          sources={fieldSourcesFrom(config, offered)}
          prefillNote={prefillNote}
          onValueChange={setValue}
          waiting={attachmentWait.waiting}
          onNext={() => attachmentWait.exit('next')}
          onBackToReview={() => attachmentWait.exit('backToReview')}
          onBack={() => attachmentWait.exit('back')}
          onErrorSelect={goToField}
        >
          {step?.attachments && (
            <AttachmentsStep
              attachments={flow.attachments}
              limits={resolveAttachmentLimits(config.attachments)}
              onAdd={(attachment) => dispatch({ type: 'addAttachment', attachment })}
              onRemove={(id) => dispatch({ type: 'removeAttachment', id })}
              onProcessingStart={attachmentWait.onProcessingStart}
              onProcessingEnd={attachmentWait.onProcessingEnd}
            />
          )}
        </StepScreen>
      );
    }

    default:
      // The review: FlowScreens renders this component only for the form's own screens.
      return (
        <ReviewScreen
          definition={definition}
          draft={draft}
          attachments={flow.attachments}
          sources={fieldSourcesFrom(config, config.agencies)}
          prefillNote={prefillNote}
          errors={flow.errors}
          submitFailure={flow.submitFailure}
          pending={pending}
          onChange={goToField}
          onChangeStep={(index) => dispatch({ type: 'goToStep', index, returnToReview: true })}
          onErrorSelect={goToField}
          onSubmit={() => void submit(definition, draft, flow.attachments)}
          onBack={() => dispatch({ type: 'back' })}
        />
      );
  }
}
