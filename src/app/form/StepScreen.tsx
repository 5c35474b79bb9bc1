import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { isRequired, resolveVisibility } from '../../domain/forms/engine.ts';
import type { FieldValue, FormDefinition, FormValues } from '../../domain/forms/types.ts';
import { stepTopic } from '../../domain/sign-language/topics.ts';
import { announce } from '../a11y/announcer.ts';
import { ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { translateOptional } from '../i18n/i18n.ts';
import { stepHintKey, stepTitleKey } from '../i18n/form-keys.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { Field } from './Field.tsx';
import { describeFieldErrors, type ReportedFieldError } from './field-error-message.ts';
import type { FieldSources } from './field-sources.ts';

interface StepScreenProps {
  definition: FormDefinition;
  stepIndex: number;
  draft: FormValues;
  errors: readonly ReportedFieldError[];
  /** The visitor came from the review screen, so the step offers a way straight back. */
  returnToReview: boolean;
  /** Option lists and today's date; `agencies` are the offered ones. */
  sources: FieldSources;
  /** The sentence naming the request an objection took its answers from, or undefined for other forms. */
  prefillNote?: string;
  /** Controls the step has besides its fields, such as the attachments, rendered after the fields. */
  children?: ComponentChildren;
  /**
   * A press of a way out is held until the step's attachments are prepared: its buttons show as
   * unavailable (aria-disabled rather than disabled, which would drop keyboard focus to <body>).
   */
  waiting?: boolean;
  onValueChange: (field: string, value: FieldValue) => void;
  onNext: () => void;
  onBack: () => void;
  onBackToReview: () => void;
  onErrorSelect: (field: string) => void;
}

/**
 * One step of a form: its shown fields, with the error summary above the heading when the
 * last attempt to continue failed. Render it with `key={stepIndex}`, so the count of shown
 * fields starts afresh on each step.
 */
export function StepScreen(props: StepScreenProps) {
  const { definition, stepIndex, draft, errors, returnToReview, sources, waiting } = props;
  const { t } = useTranslation();
  const step = definition.steps[stepIndex];
  if (!step) throw new Error(`Form "${definition.id}" has no step ${stepIndex}`);

  const { shown, values: visible } = resolveVisibility(definition, draft);
  const fields = definition.fields.filter((field) => step.fields.includes(field.name) && shown.has(field.name));
  useAnnounceAddedFields(fields.length);

  const { messages, codes, summaryItems } = describeFieldErrors(t, definition, errors);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (returnToReview) props.onBackToReview();
    else props.onNext();
  };

  return (
    <div class="screen" data-sign-topic={stepTopic(definition.id, step.id)}>
      {summaryItems.length > 0 && <ErrorSummary items={summaryItems} onSelect={props.onErrorSelect} />}
      <ScreenHeading
        caption={t('step.progress', { current: stepIndex + 1, total: definition.steps.length })}
        title={t(stepTitleKey(definition.id, step.id))}
        hasErrors={summaryItems.length > 0}
        lead={translateOptional(t, stepHintKey(definition.id, step.id))}
      />
      {props.prefillNote && (
        <p class="notice" data-speech-intro data-testid="prefill-note">
          {props.prefillNote}
        </p>
      )}

      {/* noValidate: the engine validates, and browser bubbles would not reach screen readers reliably. */}
      <form class="form" noValidate onSubmit={onSubmit}>
        {fields.map((field) => (
          <Field
            key={field.name}
            formId={definition.id}
            field={field}
            value={draft[field.name]}
            required={isRequired(field, visible)}
            errorMessage={messages.get(field.name)}
            errorCode={codes.get(field.name)}
            sources={sources}
            values={draft}
            onValueChange={props.onValueChange}
          />
        ))}
        {props.children}

        <div class="button-row">
          {returnToReview && (
            <button type="submit" class="button button--primary" aria-disabled={waiting || undefined}>
              {t('step.backToReview')}
            </button>
          )}
          <button
            type={returnToReview ? 'button' : 'submit'}
            class={returnToReview ? 'button button--secondary' : 'button button--primary'}
            aria-disabled={waiting || undefined}
            onClick={returnToReview ? props.onNext : undefined}
          >
            {t('step.next')}
          </button>
          <button type="button" class="button button--secondary" aria-disabled={waiting || undefined} onClick={props.onBack}>
            {t('step.back')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** Tells screen reader users when an answer revealed more questions further down the step. */
function useAnnounceAddedFields(count: number): void {
  const { t } = useTranslation();
  const previous = useRef(count);
  useEffect(() => {
    const added = count - previous.current;
    previous.current = count;
    if (added > 0) announce(t('step.moreQuestions', { count: added }));
  }, [count]);
}
