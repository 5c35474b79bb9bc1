import { ERROR_SUMMARY_TOPIC } from '../../domain/sign-language/topics.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { fieldId } from './field-ids.ts';

/** Id that the flow focuses when the summary appears, so screen readers read it first. */
export const ERROR_SUMMARY_ID = 'error-summary';

export interface ErrorSummaryItem {
  field: string;
  message: string;
  /** False for an error on a field the form does not have: shown as text, not a link. */
  linked: boolean;
}

interface ErrorSummaryProps {
  items: readonly ErrorSummaryItem[];
  /** Element id, ERROR_SUMMARY_ID unless a page shows a second form with its own summary, as /setup does. */
  id?: string;
  /** A sentence before the list, such as why the server refused the answers. */
  intro?: string;
  /** Called with the field of the link the visitor chose; the caller moves focus there. */
  onSelect: (field: string) => void;
  /**
   * Id of the element each link points to. Defaults to the field, but the review screen shows
   * no fields, and a fragment that names no element on the page is a broken in-page link.
   */
  targetId?: (field: string) => string;
}

/**
 * "Ada yang perlu diperbaiki": every error of the screen as a link to its field. The links
 * keep their `#field-<name>` href for middle-click and copying, but a click is handled here,
 * because following the fragment would add a history entry and could not reach a field on
 * another step.
 */
export function ErrorSummary({ items, id = ERROR_SUMMARY_ID, intro, onSelect, targetId = fieldId }: ErrorSummaryProps) {
  const { t } = useTranslation();
  return (
    // No aria-labelledby on the focused container: ARIA 1.2 prohibits naming a generic element,
    // so screen readers may drop the name. They read the container's text once it has focus.
    <div id={id} class="error-summary" tabIndex={-1} data-sign-topic={ERROR_SUMMARY_TOPIC}>
      <div role="alert">
        <h2 class="error-summary__title">
          {t('errors.summaryTitle')}
        </h2>
        {intro && <p>{intro}</p>}
        <ul class="error-summary__list">
          {items.map((item) => (
            <li key={`${item.field}:${item.message}`}>
              {item.linked ? (
                <a
                  href={`#${targetId(item.field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onSelect(item.field);
                  }}
                >
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
