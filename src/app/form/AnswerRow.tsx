import { useTranslation } from '../i18n/use-translation.ts';
import { answerId as answerIdOf } from './field-ids.ts';

interface AnswerRowProps {
  field: string;
  label: string;
  /** The answer as the visitor reads it (one line per ticked checkbox), or null when the field was left empty. */
  answer: string | readonly string[] | null;
  errorMessage?: string;
  /** Personal data: speech guidance withholds the answer unless the visitor wears headphones. */
  personal?: boolean;
  /** Shown for an empty answer instead of "Tidak diisi". */
  emptyText?: string;
  /** Only for NIK rows: whether the full number is shown, and the toggle. */
  nikToggle?: { revealed: boolean; onToggle: () => void };
  onChange: (field: string) => void;
}

/** One row of the review list: the question, the answer and a "Ubah" link back to the field. */
export function AnswerRow({ field, label, answer, errorMessage, personal = false, emptyText, nikToggle, onChange }: AnswerRowProps) {
  const { t } = useTranslation();
  const answerId = answerIdOf(field);
  // Answers of digits, such as the NIK and the phone number, are spoken digit by digit.
  const spelled = typeof answer === 'string' && /^[\d\s+*-]+$/.test(answer);
  return (
    <div class={errorMessage ? 'summary-list__row summary-list__row--error' : 'summary-list__row'}>
      <dt class="summary-list__key">{label}</dt>
      <dd class="summary-list__value">
        {errorMessage && <p class="field__error">{errorMessage}</p>}
        {Array.isArray(answer) ? (
          <ul id={answerId} class="summary-list__items" data-speech-private={personal ? '' : undefined}>
            {answer.map((item, index) => (
              <li key={`${index}:${item}`}>{item}</li>
            ))}
          </ul>
        ) : answer ? (
          <span id={answerId} data-speech-private={personal ? '' : undefined} data-speech-spell={spelled ? '' : undefined}>
            {answer}
          </span>
        ) : (
          <span id={answerId} class="summary-list__empty">
            {emptyText ?? t('review.notAnswered')}
          </span>
        )}
        {nikToggle && answer && (
          <button type="button" class="button button--secondary button--small" aria-pressed={nikToggle.revealed} onClick={nikToggle.onToggle}>
            {t('review.showNik', { label })}
          </button>
        )}
      </dd>
      <dd class="summary-list__actions">
        <a
          class="action-link"
          // The field is on its own step, so the fragment names the answer, the one target here.
          href={`#${answerId}`}
          // The answer describes the link, so screen readers and speech guidance read it with "Ubah".
          aria-describedby={answerId}
          onClick={(event) => {
            event.preventDefault();
            onChange(field);
          }}
        >
          {`${t('review.change')} `}
          <span class="visually-hidden">{label}</span>
        </a>
      </dd>
    </div>
  );
}
