import type { TFunction } from 'i18next';
import { manifestProblemMessageKey } from './manifest-problem-finding.ts';
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

/**
 * Translates a finding's message into one language. The clip's key and language (upper-cased,
 * as BISINDO is written) and the file are offered to every message, and details that name a
 * role or an absent track are translated first.
 */
export function findingMessage(t: TFunction, finding: SignCheckFinding): string {
  const values: Record<string, string | number> = { ...finding.details };
  if (finding.key !== undefined) values.key ??= finding.key;
  if (finding.language !== undefined) values.language ??= finding.language.toUpperCase();
  if (finding.file !== undefined) values.file ??= finding.file;
  if (typeof values.role === 'string') values.role = t(`signCheck.roles.${values.role}`);
  for (const track of ['video', 'audio']) {
    if (values[track] === '') values[track] = t('signCheck.none');
  }
  return t(messageKey(finding), values);
}

function messageKey(finding: SignCheckFinding): string {
  switch (finding.code) {
    case 'manifestProblem':
      return `signCheck.messages.manifestProblem.${manifestProblemMessageKey(finding)}`;
    case 'manifestSyntax':
      return `signCheck.messages.manifestSyntax.${String(finding.details.kind)}`;
    case 'captionsInvalid':
      return `signCheck.messages.captionsInvalid.${String(finding.details.reason)}`;
    case 'unknownKey':
      return finding.details.suggestion === undefined ? 'signCheck.messages.unknownKey' : 'signCheck.messages.unknownKeySuggestion';
    case 'unknownProperty':
      return finding.details.suggestion === undefined ? 'signCheck.messages.unknownProperty' : 'signCheck.messages.unknownPropertySuggestion';
    default:
      return `signCheck.messages.${finding.code}`;
  }
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
