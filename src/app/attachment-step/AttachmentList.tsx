import { useEffect, useState } from 'preact/hooks';
import type { DraftAttachment } from '../attachments/types.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { formatFileSize } from './format-file-size.ts';

interface AttachmentListProps {
  attachments: readonly DraftAttachment[];
  onRemove: (attachment: DraftAttachment) => void;
}

/** The attached files: a preview of each image, name, size and a remove button naming the file. */
export function AttachmentList({ attachments, onRemove }: AttachmentListProps) {
  const { t, language } = useTranslation();
  if (attachments.length === 0) return <p class="attachments__empty">{t('attachments.empty')}</p>;
  return (
    <ul class="attachment-list" data-testid="attachment-list">
      {attachments.map((attachment) => (
        <li key={attachment.id} class="attachment">
          <AttachmentPreview attachment={attachment} />
          <div class="attachment__text">
            <p class="attachment__name">{attachment.name}</p>
            <p class="attachment__size">{formatFileSize(attachment.size, language)}</p>
          </div>
          {/* The visible word stays first in the name, so speech-input users can say "Hapus". */}
          <button type="button" class="button button--secondary attachment__remove" data-remove-id={attachment.id} onClick={() => onRemove(attachment)}>
            {`${t('attachments.remove')} `}
            <span class="visually-hidden">{attachment.name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * A thumbnail of an image from an object URL, revoked when the file is removed or the step
 * closes, so no URL that is no longer shown keeps the blob in memory. A PDF gets a label instead.
 * The image is decorative: the file name follows it.
 */
function AttachmentPreview({ attachment }: { attachment: DraftAttachment }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | undefined>(undefined);
  const isImage = attachment.type !== 'application/pdf';
  useEffect(() => {
    // jsdom, which runs the component tests, has no URL.createObjectURL.
    if (!isImage || typeof URL.createObjectURL !== 'function') return undefined;
    const created = URL.createObjectURL(attachment.blob);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [attachment.blob, isImage]);

  if (url) return <img class="attachment__preview" src={url} alt="" />;
  return (
    <span class="attachment__preview attachment__preview--label" aria-hidden="true">
      {isImage ? t('attachments.imageLabel') : 'PDF'}
    </span>
  );
}
