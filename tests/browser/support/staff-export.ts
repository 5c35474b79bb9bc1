import type { ExportedSubmission, SubmissionExportPage } from '../../../src/server/api/submission-export-route.ts';
import type { IntakeServer } from './intake-server.ts';
import { STAFF_TOKEN } from './status-api.ts';

/**
 * Reads every submission the server stores through the staff export (`GET /api/v1/submissions`),
 * page by page, as a PPID officer's tool would. The server must run with LOKET_STAFF_TOKEN set
 * to STAFF_TOKEN.
 */
export async function exportedSubmissions(server: IntakeServer): Promise<ExportedSubmission[]> {
  const all: ExportedSubmission[] = [];
  let after: string | null = null;
  for (;;) {
    const query = after === null ? '' : `?after=${encodeURIComponent(after)}`;
    const response = await fetch(`${server.origin}/api/v1/submissions${query}`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } });
    if (!response.ok) throw new Error(`GET /api/v1/submissions returned HTTP ${response.status}: ${await response.text()}`);
    const page = (await response.json()) as SubmissionExportPage;
    if (page.submissions.length === 0) return all;
    all.push(...page.submissions);
    after = page.nextCursor;
  }
}

/** Returns the exported submissions of one form, such as `complaint` or `objection`. */
export async function exportedSubmissionsOf(server: IntakeServer, formId: string): Promise<ExportedSubmission[]> {
  return (await exportedSubmissions(server)).filter((submission) => submission.formId === formId);
}
