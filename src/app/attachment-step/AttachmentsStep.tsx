import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import type { AttachmentLimits } from '../../domain/attachments/limits.ts';
import { announce } from '../a11y/announcer.ts';
import { prepareAttachment } from '../attachments/prepare-attachment.ts';
import type { DraftAttachment } from '../attachments/types.ts';
import { isSharedDevice } from '../device.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { AttachmentList } from './AttachmentList.tsx';
import { attachmentProblemMessage } from './attachment-problem-message.ts';
import { formatFileSize } from './format-file-size.ts';
import { type PrepareAttachment, type ProcessingEvents, useAttachmentProcessing } from './use-attachment-processing.ts';

/**
 * The types "Pilih berkas" offers: those sniffAttachmentType accepts (domain/attachments/file-types.ts).
 *
 * NOTE: on a kiosk, "Pilih berkas" opens the operating system's file dialog, which shows the
 * kiosk's own disk and is not keypad-operable. Whether kiosks offer it (for a USB stick) or hide
 * it is a deployment decision not yet made; the button shows on every channel.
 */
const FILE_ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf';

interface AttachmentsStepProps extends ProcessingEvents {
  attachments: readonly DraftAttachment[];
  limits: AttachmentLimits;
  onAdd: (attachment: DraftAttachment) => void;
  onRemove: (id: string) => void;
  /**
   * The function that prepares a chosen file: prepareAttachment unless a test passes another. Component tests
   * pass one, because jsdom cannot decode or re-encode images.
   */
  prepare?: PrepareAttachment;
  /** Offers "Ambil foto". By default on tablets and phones, which have a camera; a kiosk has none for this. */
  offerCamera?: boolean;
}

/**
 * The attachments on a form's last step: "Ambil foto" opens the camera where there is one,
 * "Pilih berkas" the file picker. Each file is prepared in turn (images made smaller), then
 * listed with its size and a remove button. Attachments are optional, and a file that breaks
 * a limit is named in an error without touching anything already attached.
 */
export function AttachmentsStep({
  attachments,
  limits,
  onAdd,
  onRemove,
  prepare = prepareAttachment,
  offerCamera = !isSharedDevice(),
  onProcessingStart,
  onProcessingEnd,
}: AttachmentsStepProps) {
  const { t, language } = useTranslation();
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const { processing, problems, addFiles, clearProblems } = useAttachmentProcessing(attachments, limits, prepare, onAdd, { onProcessingStart, onProcessingEnd });
  const [focusAfterRemove, setFocusAfterRemove] = useState<string | null>(null);

  // After a removal, focus goes to the next file's remove button, else the previous one's,
  // else "Pilih berkas", so a keyboard user is not dropped at the top of the page.
  useLayoutEffect(() => {
    if (focusAfterRemove === null) return;
    const next = focusAfterRemove === '' ? null : document.querySelector<HTMLElement>(`[data-remove-id="${focusAfterRemove}"]`);
    (next ?? chooseButton.current)?.focus();
    setFocusAfterRemove(null);
  }, [focusAfterRemove]);

  const onChosen = (event: TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    // Cleared, so choosing the same file again after removing it fires a change again.
    input.value = '';
    void addFiles(files);
  };

  const remove = (attachment: DraftAttachment) => {
    const index = attachments.findIndex((candidate) => candidate.id === attachment.id);
    const neighbour = attachments[index + 1] ?? attachments[index - 1];
    onRemove(attachment.id);
    // A problem such as "the limit is 5 files" may no longer hold once a file is gone.
    clearProblems();
    announce(t('attachments.announceRemoved', { name: attachment.name }));
    setFocusAfterRemove(neighbour?.id ?? '');
  };

  const open = (input: HTMLInputElement | null) => {
    if (!processing) input?.click();
  };

  return (
    <div class="attachments" data-testid="attachments-step">
      <p class="attachments__limits" data-speech-intro>
        {t('attachments.limits', {
          count: limits.maxFiles,
          maxFile: formatFileSize(limits.maxFileBytes, language),
          maxTotal: formatFileSize(limits.maxSubmissionBytes, language),
        })}
      </p>

      <div class="button-row attachments__actions">
        {offerCamera && (
          <button type="button" class="button button--secondary" aria-disabled={processing ? true : undefined} onClick={() => open(camera.current)}>
            {t('attachments.takePhoto')}
          </button>
        )}
        <button
          ref={chooseButton}
          type="button"
          class="button button--secondary"
          aria-disabled={processing ? true : undefined}
          onClick={() => open(picker.current)}
        >
          {t('attachments.chooseFile')}
        </button>
      </div>
      {/* The inputs stay hidden: the buttons above are their visible, named controls. */}
      {offerCamera && <input ref={camera} type="file" accept="image/*" capture="environment" hidden data-testid="attachment-camera-input" onChange={onChosen} />}
      <input ref={picker} type="file" accept={FILE_ACCEPT} multiple hidden data-testid="attachment-file-input" onChange={onChosen} />

      {processing && (
        <p class="attachments__progress" data-testid="attachment-progress">
          {t(processing.photo ? 'attachments.processingPhoto' : 'attachments.processingFile', { name: processing.name })}
          {processing.total > 1 && ` ${t('attachments.processingPosition', { position: processing.position, total: processing.total })}`}
          {` ${t('attachments.processingWait')}`}
        </p>
      )}

      {problems.length > 0 && (
        <div class="attachments__problems" role="alert" data-testid="attachment-problems">
          <p class="attachments__problems-title">{t('attachments.problemsTitle')}</p>
          <ul class="attachments__problem-list">
            {problems.map((problem, index) => (
              <li key={`${index}:${problem.file}`}>{attachmentProblemMessage(t, language, problem.problem, problem.file)}</li>
            ))}
          </ul>
        </div>
      )}

      <h2 class="attachments__title">{t('attachments.listTitle')}</h2>
      <AttachmentList attachments={attachments} onRemove={remove} />
    </div>
  );
}
