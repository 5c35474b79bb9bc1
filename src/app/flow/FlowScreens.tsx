import { offeredAgencies, type KioskConfig } from '../../domain/config.ts';
import { validateStep } from '../../domain/forms/engine.ts';
import { informationRequest } from '../../domain/forms/information-request.ts';
import { focusField } from '../form/focus-field.ts';
import { ReviewScreen } from '../form/ReviewScreen.tsx';
import { StepScreen } from '../form/StepScreen.tsx';
import { DeviceReceiptsScreen } from '../receipt/DeviceReceiptsScreen.tsx';
import { OutboxReceiptScreen } from '../receipt/OutboxReceiptScreen.tsx';
import { ReceiptScreen } from '../receipt/ReceiptScreen.tsx';
import { StartScreen } from '../start/StartScreen.tsx';
import type { FlowAction, FlowState } from './flow-state.ts';
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

/** The form the kiosk offers. Objection and complaint forms will need a choice on the start screen. */
const definition = informationRequest;

/** Renders the current screen and turns its buttons into flow actions, validating steps on the way. */
export function FlowScreens({ config, flow, dispatch, onVisitEnd }: FlowScreensProps) {
  const { pending, submit } = useSubmission(definition, config, dispatch);
  useFlowFocus(flow.focusRequest);
  useLeaveGuard(flow.screen, definition.steps.length, Object.keys(flow.draft).length > 0, dispatch);
  // Retired agencies stay in the configuration so old receipts can name them, but a new
  // request can only go to an agency still offered.
  const offered = offeredAgencies(config);
  const context = { agencyCodes: offered.map((agency) => agency.code) };
  const { screen, draft } = flow;

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

  switch (screen.kind) {
    case 'start':
      return (
        <StartScreen
          body={config.body}
          onBegin={() => dispatch({ type: 'begin' })}
          onStartOver={Object.keys(draft).length > 0 ? () => dispatch({ type: 'startOver' }) : undefined}
        />
      );

    case 'step': {
      const { index, returnToReview } = screen;
      const isLast = index === definition.steps.length - 1;
      return (
        <StepScreen
          key={index}
          definition={definition}
          stepIndex={index}
          draft={draft}
          errors={flow.errors}
          returnToReview={returnToReview}
          agencies={offered}
          onValueChange={(field, value) => dispatch({ type: 'setValue', field, value })}
          onNext={() => leaveStep(index, isLast ? { type: 'goToReview' } : { type: 'goToStep', index: index + 1, returnToReview })}
          onBackToReview={() => leaveStep(index, { type: 'goToReview' })}
          onBack={() => dispatch(index === 0 ? { type: 'goToStart' } : { type: 'goToStep', index: index - 1, returnToReview })}
          onErrorSelect={goToField}
        />
      );
    }

    case 'review':
      return (
        <ReviewScreen
          definition={definition}
          draft={draft}
          agencies={config.agencies}
          errors={flow.errors}
          submitFailure={flow.submitFailure}
          pending={pending}
          onChange={goToField}
          onErrorSelect={goToField}
          onSubmit={() => void submit(draft)}
          onBack={() => dispatch({ type: 'goToStep', index: definition.steps.length - 1, returnToReview: false })}
        />
      );

    case 'receipt': {
      const common = {
        config,
        fromList: screen.fromList !== null,
        // App clears the visitor's state, then applies a waiting update.
        onFinish: onVisitEnd,
        onBackToList: () => dispatch({ type: 'backToReceipts' }),
      };
      return screen.source.kind === 'outbox' ? (
        <OutboxReceiptScreen id={screen.source.id} {...common} />
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
  }
}
