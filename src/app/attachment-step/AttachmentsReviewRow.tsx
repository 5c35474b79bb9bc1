import type { DraftAttachment } from '../attachments/types.ts';
import { AnswerRow } from '../form/AnswerRow.tsx';
import { useTranslation } from '../i18n/use-translation.ts';
import { formatFileSize } from './format-file-size.ts';

/** Id of the review row, unique because no form field is named so. */
const REVIEW_FIELD = 'attachments';

/** The review screen's row of attached files, name and size each, with a link back to the step. */
export function AttachmentsReviewRow({ attachments, onChange }: { attachments: readonly DraftAttachment[]; onChange: () => void }) {
  const { t, language } = useTranslation();
  const names = attachments.map((attachment) => t('attachments.nameAndSize', { name: attachment.name, size: formatFileSize(attachment.size, language) }));
  return (
    <AnswerRow
      field={REVIEW_FIELD}
      label={t('attachments.reviewLabel')}
      answer={names.length > 0 ? names : null}
      emptyText={t('attachments.none')}
      onChange={onChange}
    />
  );
}
