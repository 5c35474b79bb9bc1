import type { KioskConfig } from '../../domain/config.ts';
import type { FormDefinition } from '../../domain/forms/types.ts';
import { fieldSourcesFrom } from '../form/field-sources.ts';
import { formatAnswer } from '../form/format-answer.ts';
import { fieldLabelKey } from '../i18n/form-keys.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import type { ReceiptSummary } from '../outbox/types.ts';

/** Longer free text is cut on screen at a word boundary; the printed receipt keeps it whole. */
const SCREEN_TEXT_LIMIT = 280;

interface ReceiptAnswersProps {
  definition: FormDefinition;
  summary: ReceiptSummary;
  /** For names: agencies (retired ones too) and complaint categories. */
  config: KioskConfig;
}

/**
 * The receipt's summary: the definition's receiptFields, which hold no personal data. Option
 * answers show their labels (the letter and text of each objection reason, the name of a
 * category), dates are written out, and the files attached are listed by name.
 */
export function ReceiptAnswers({ definition, summary, config }: ReceiptAnswersProps) {
  const { t, language } = useTranslation();
  const sources = fieldSourcesFrom(config, config.agencies);
  const rows = definition.receiptFields.flatMap((name) => {
    const field = definition.fields.find((candidate) => candidate.name === name);
    const answer = field && formatAnswer(t, definition.id, field, summary.answers[name], { sources, language });
    return field && answer ? [{ field, answer }] : [];
  });
  const files = summary.attachments ?? [];

  return (
    <dl class="summary-list">
      {rows.map(({ field, answer }) => (
        <div class="summary-list__row" key={field.name}>
          <dt class="summary-list__key">{t(fieldLabelKey(definition.id, field.name))}</dt>
          <dd class="summary-list__value">
            {typeof answer === 'string' ? <ShortenedText text={answer} shorten={field.type === 'textarea'} /> : <AnswerItems items={answer} />}
          </dd>
        </div>
      ))}
      {files.length > 0 && (
        <div class="summary-list__row" data-testid="receipt-attachments">
          <dt class="summary-list__key">{t('receipt.attachments')}</dt>
          <dd class="summary-list__value">
            <AnswerItems items={files.map((file) => file.name)} />
          </dd>
        </div>
      )}
    </dl>
  );
}

function AnswerItems({ items }: { items: readonly string[] }) {
  return (
    <ul class="summary-list__items">
      {items.map((item, index) => (
        <li key={`${index}:${item}`}>{item}</li>
      ))}
    </ul>
  );
}

function ShortenedText({ text, shorten: enabled }: { text: string; shorten: boolean }) {
  const shortened = enabled ? shorten(text) : text;
  if (shortened === text) return <>{text}</>;
  return (
    <>
      <span class="screen-only">{shortened}</span>
      <span class="print-only">{text}</span>
    </>
  );
}

function shorten(text: string): string {
  const characters = [...text];
  if (characters.length <= SCREEN_TEXT_LIMIT) return text;
  const cut = characters.slice(0, SCREEN_TEXT_LIMIT).join('');
  const lastSpace = cut.lastIndexOf(' ');
  // Cut at the last space unless that would drop more than a fifth of the kept text.
  const end = lastSpace > cut.length * 0.8 ? lastSpace : cut.length;
  return `${cut.slice(0, end).trimEnd()}…`;
}
