import type { FormDefinition } from '../domain/forms/types.ts';
import type { SubmissionStatus } from '../domain/submission.ts';

/**
 * The status changes a PPID may record. UU 14/2008 Pasal 22 ayat 8 allows one extension of
 * the answer deadline, so 'diperpanjang' is recorded at most once and work does not go back to
 * 'diproses' after it. 'selesai' (answered) and 'ditolak' (refused) are final.
 */
const NEXT_STATUSES: Readonly<Record<SubmissionStatus, readonly SubmissionStatus[]>> = {
  diterima: ['diproses', 'diperpanjang', 'selesai', 'ditolak'],
  diproses: ['diperpanjang', 'selesai', 'ditolak'],
  diperpanjang: ['selesai', 'ditolak'],
  selesai: [],
  ditolak: [],
};

/**
 * True when staff may change a submission from `from` to `to`; the same status again is not a
 * change. `extendable` is false for a form whose deadline allows no extension, or which has
 * no deadline: an objection is answered within 30 working days with no extension (UU 14/2008
 * Pasal 36), so it never becomes 'diperpanjang'.
 */
export function canChangeStatus(from: SubmissionStatus, to: SubmissionStatus, extendable = true): boolean {
  if (to === 'diperpanjang' && !extendable) return false;
  return NEXT_STATUSES[from].includes(to);
}

/** True when the form's deadline can be extended, so its submissions may become 'diperpanjang'. */
export function isExtendable(definition: Pick<FormDefinition, 'deadline'> | undefined): boolean {
  return (definition?.deadline?.extensionWorkingDays ?? 0) > 0;
}
