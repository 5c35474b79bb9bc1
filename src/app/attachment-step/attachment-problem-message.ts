import type { TFunction } from 'i18next';
import type { Locale } from '../../domain/submission.ts';
import type { AttachmentProblem } from '../attachments/types.ts';
import { formatFileSize } from './format-file-size.ts';

/**
 * Returns the message for a file that could not be attached, naming the file and the limit it
 * broke and saying what to do. `fileName` is the file being attached: the count and total
 * limits name no file of their own.
 */
export function attachmentProblemMessage(t: TFunction, language: Locale, problem: AttachmentProblem, fileName: string): string {
  switch (problem.code) {
    case 'fileTooLarge':
      return t('attachments.problems.fileTooLarge', { file: problem.file, limit: formatFileSize(problem.limit, language) });
    case 'tooManyFiles':
      return t('attachments.problems.tooManyFiles', { file: fileName, count: problem.limit });
    case 'submissionTooLarge':
      return t('attachments.problems.submissionTooLarge', { file: fileName, limit: formatFileSize(problem.limit, language) });
    case 'unsupportedType':
    case 'unreadable':
    case 'duplicate':
      return t(`attachments.problems.${problem.code}`, { file: problem.file });
  }
}
