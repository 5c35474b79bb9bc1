import { intlLocale } from '../i18n/i18n.ts';
import { useTranslation } from '../i18n/use-translation.ts';

/**
 * Names the attachments the device could not keep because its storage was full: the answers
 * were queued without them. It is part of what speech guidance reads with the receipt
 * (data-speech-intro), and it prints, so the visitor can hand the files to staff.
 */
export function DroppedFilesNotice({ files }: { files: readonly string[] }) {
  const { t, language } = useTranslation();
  const names = new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(files);
  return (
    <div class="notice notice--warning" data-speech-intro data-testid="receipt-dropped-files">
      <p class="notice__title">{t('receipt.droppedTitle', { count: files.length })}</p>
      <p>{t('receipt.droppedFiles', { count: files.length, files: names })}</p>
    </div>
  );
}
