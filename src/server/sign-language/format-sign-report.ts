import type { TFunction } from 'i18next';
import { isFault, type SignCheckFinding, type SignCheckReport } from './sign-check-finding.ts';
import type { SignCheckTranslators } from './sign-check-translators.ts';

/** One finding as `--json` prints it: the finding with its message in both languages. */
export interface SignCheckJsonFinding extends SignCheckFinding {
  message: { id: string; en: string };
}

export interface SignCheckJsonReport {
  folder: string;
  ok: boolean;
  summary: { faults: number; warnings: number; clips: number; files: number };
  faults: SignCheckJsonFinding[];
  warnings: SignCheckJsonFinding[];
}

/** Translates a finding's message into one language, translating the details that name a role, reason or absent track first. */
export function findingMessage(t: TFunction, finding: SignCheckFinding): string {
  const values: Record<string, string | number> = { ...finding.details };
  if (typeof values.role === 'string') values.role = t(`signCheck.roles.${values.role}`);
  for (const track of ['video', 'audio']) {
    if (values[track] === '') values[track] = t('signCheck.none');
  }
  if (typeof values.reason === 'string' && finding.code === 'captionsInvalid') values.reason = t(`signCheck.captionErrors.${values.reason}`);
  if (finding.code === 'noClip' && finding.language) values.language = finding.language.toUpperCase();
  const key = finding.code === 'manifestProblem' ? `signCheck.messages.manifestProblem.${String(finding.details.kind)}` : `signCheck.messages.${finding.code}`;
  return t(key, values);
}

function summaryCounts(report: SignCheckReport): SignCheckJsonReport['summary'] {
  const faults = report.findings.filter(isFault).length;
  return { faults, warnings: report.findings.length - faults, clips: report.clipCount, files: report.fileCount };
}

function summaryLine(t: TFunction, report: SignCheckReport): string {
  const counts = summaryCounts(report);
  return t('signCheck.summary', {
    faults: t('signCheck.counts.fault', { count: counts.faults }),
    warnings: t('signCheck.counts.warning', { count: counts.warnings }),
    clips: t('signCheck.counts.clip', { count: counts.clips }),
    files: t('signCheck.counts.file', { count: counts.files }),
  });
}

/**
 * Formats the report for a terminal, faults first, then warnings. Each finding gets a heading
 * line with its language, key and file, then the Indonesian message, the English message and
 * the command that fixes it, where there is one. The summary closes the report in both languages.
 */
export function formatSignReport(report: SignCheckReport, translators: SignCheckTranslators): string {
  const { id, en } = translators;
  const lines = [id('signCheck.title', { folder: report.folder }), en('signCheck.title', { folder: report.folder }), ''];
  const ordered = [...report.findings.filter(isFault), ...report.findings.filter((finding) => !isFault(finding))];
  for (const finding of ordered) {
    const label = isFault(finding) ? 'fault' : 'warning';
    const where = [finding.language, finding.key, finding.file].filter((part) => part !== undefined);
    lines.push([`${id(`signCheck.${label}`)} / ${en(`signCheck.${label}`)}`, ...where].join(' · '));
    lines.push(`  ${findingMessage(id, finding)}`, `  ${findingMessage(en, finding)}`);
    if (finding.fix) lines.push(`  $ ${finding.fix}`);
    lines.push('');
  }
  const counts = summaryCounts(report);
  lines.push(summaryLine(id, report), summaryLine(en, report));
  lines.push(counts.faults === 0 ? id('signCheck.noFaults') : id('signCheck.hasFaults'));
  lines.push(counts.faults === 0 ? en('signCheck.noFaults') : en('signCheck.hasFaults'));
  return `${lines.join('\n')}\n`;
}

/** Builds the report that `--json` prints. */
export function signReportJson(report: SignCheckReport, translators: SignCheckTranslators): SignCheckJsonReport {
  const withMessage = (finding: SignCheckFinding): SignCheckJsonFinding => ({
    ...finding,
    message: { id: findingMessage(translators.id, finding), en: findingMessage(translators.en, finding) },
  });
  const summary = summaryCounts(report);
  return {
    folder: report.folder,
    ok: summary.faults === 0,
    summary,
    faults: report.findings.filter(isFault).map(withMessage),
    warnings: report.findings.filter((finding) => !isFault(finding)).map(withMessage),
  };
}
