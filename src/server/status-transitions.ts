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

/** True when staff may change a submission from `from` to `to`; the same status again is not a change. */
export function canChangeStatus(from: SubmissionStatus, to: SubmissionStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}
