import type { Agency } from '../../domain/config.ts';
import type { FormDefinition } from '../../domain/forms/types.ts';
import { formatAnswer } from '../form/format-answer.ts';
import { fieldLabelKey } from '../i18n/form-keys.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import type { ReceiptSummary } from '../outbox/types.ts';

/** Longer free text is cut on screen at a word boundary; the printed receipt keeps it whole. */
const SCREEN_TEXT_LIMIT = 280;

/** The receipt's summary: the definition's receiptFields, which hold no personal data. */
export function ReceiptAnswers({ definition, summary, agencies }: { definition: FormDefinition; summary: ReceiptSummary; agencies: Agency[] }) {
  const { t, language } = useTranslation();
  const rows = definition.receiptFields.flatMap((name) => {
    const field = definition.fields.find((candidate) => candidate.name === name);
    const answer = field && formatAnswer(t, definition.id, field, summary.answers[name], { agencies, language });
    return field && answer ? [{ field, answer }] : [];
  });

  return (
    <dl class="summary-list">
      {rows.map(({ field, answer }) => {
        const shortened = field.type === 'textarea' ? shorten(answer) : answer;
        return (
          <div class="summary-list__row" key={field.name}>
            <dt class="summary-list__key">{t(fieldLabelKey(definition.id, field.name))}</dt>
            <dd class="summary-list__value">
              {shortened === answer ? (
                answer
              ) : (
                <>
                  <span class="screen-only">{shortened}</span>
                  <span class="print-only">{answer}</span>
                </>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
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
