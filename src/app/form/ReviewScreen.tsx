import { useState } from 'preact/hooks';
import { resolveVisibility } from '../../domain/forms/engine.ts';
import type { FormDefinition, FormValues } from '../../domain/forms/types.ts';
import { screenTopic } from '../../domain/sign-language/topics.ts';
import { ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { AttachmentsReviewRow } from '../attachment-step/AttachmentsReviewRow.tsx';
import type { DraftAttachment } from '../attachments/types.ts';
import type { SubmitFailureReason } from '../flow/flow-state.ts';
import { fieldLabelKey, formNounKey, stepTitleKey } from '../i18n/form-keys.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { AnswerRow } from './AnswerRow.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { describeFieldErrors, type ReportedFieldError } from './field-error-message.ts';
import { answerId } from './field-ids.ts';
import type { FieldSources } from './field-sources.ts';
import { formatAnswer } from './format-answer.ts';
import { SubmitFailureNotice } from './SubmitFailureNotice.tsx';

interface ReviewScreenProps {
  definition: FormDefinition;
  draft: FormValues;
  attachments: readonly DraftAttachment[];
  /** Names of options: all agencies, also retired ones, so an answer still shows its name. */
  sources: FieldSources;
  /** The sentence naming the request an objection took its answers from, or undefined for other forms. */
  prefillNote?: string;
  errors: readonly ReportedFieldError[];
  submitFailure: SubmitFailureReason | null;
  pending: boolean;
  onChange: (field: string) => void;
  /** The change link of a step without fields of its own, such as the attachments. */
  onChangeStep: (index: number) => void;
  onErrorSelect: (field: string) => void;
  onSubmit: () => void;
  onBack: () => void;
}

/**
 * "Periksa kembali": every shown field of every step with its answer and a change link, and
 * the attached files. NIKs are masked unless the visitor presses the toggle, because others
 * may see the screen.
 */
export function ReviewScreen(props: ReviewScreenProps) {
  const { definition, draft, attachments, sources, errors, submitFailure, pending } = props;
  const { t, language } = useTranslation();
  const [revealedNiks, setRevealedNiks] = useState<ReadonlySet<string>>(new Set());
  const { shown } = resolveVisibility(definition, draft);
  const kind = t(formNounKey(definition.id));

  const { messages, summaryItems } = describeFieldErrors(t, definition, errors);

  const toggleNik = (field: string) => {
    const next = new Set(revealedNiks);
    if (!next.delete(field)) next.add(field);
    setRevealedNiks(next);
  };

  return (
    <div class="screen" data-sign-topic={screenTopic('review')}>
      {summaryItems.length > 0 && (
        <ErrorSummary
          items={summaryItems}
          intro={submitFailure === 'rejected' ? t('submitFailure.rejectedFields') : undefined}
          onSelect={props.onErrorSelect}
          targetId={answerId}
        />
      )}
      {submitFailure && summaryItems.length === 0 && <SubmitFailureNotice reason={submitFailure} />}
      <ScreenHeading
        title={t('review.title', { kind })}
        hasErrors={summaryItems.length > 0 || submitFailure !== null}
        lead={t('review.intro', { kind })}
      />
      {props.prefillNote && (
        <p class="notice" data-speech-intro data-testid="prefill-note">
          {props.prefillNote}
        </p>
      )}

      {definition.steps.map((step, index) => {
        const title = t(stepTitleKey(definition.id, step.id));
        const fields = definition.fields.filter((field) => step.fields.includes(field.name) && shown.has(field.name));
        if (fields.length === 0 && !step.attachments) return null;
        return (
          <section key={step.id} class="review-section" aria-labelledby={`review-${step.id}`}>
            <h2 id={`review-${step.id}`}>{title}</h2>
            <dl class="summary-list">
              {fields.map((field) => (
                <AnswerRow
                  key={field.name}
                  field={field.name}
                  label={t(fieldLabelKey(definition.id, field.name))}
                  answer={formatAnswer(t, definition.id, field, draft[field.name], {
                    sources,
                    language,
                    revealNik: revealedNiks.has(field.name),
                  })}
                  errorMessage={messages.get(field.name)}
                  personal={field.personal}
                  nikToggle={
                    field.type === 'nik'
                      ? { revealed: revealedNiks.has(field.name), onToggle: () => toggleNik(field.name) }
                      : undefined
                  }
                  onChange={props.onChange}
                />
              ))}
              {step.attachments && <AttachmentsReviewRow attachments={attachments} onChange={() => props.onChangeStep(index)} />}
            </dl>
          </section>
        );
      })}

      <p>{t('review.declaration', { kind })}</p>
      <div class="button-row">
        <button
          type="button"
          class="button button--primary"
          // aria-disabled rather than disabled: a disabled button drops keyboard focus to <body>.
          aria-disabled={pending || undefined}
          onClick={() => {
            if (!pending) props.onSubmit();
          }}
        >
          {pending ? t('review.submitting') : t('review.submit', { kind })}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onBack}>
          {t('step.back')}
        </button>
      </div>
    </div>
  );
}
