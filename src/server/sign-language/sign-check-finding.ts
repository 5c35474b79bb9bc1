/**
 * Findings of the sign-language content checker. A fault stops a clip from playing or hides it
 * from the app, and makes the command exit with 1. A warning names a clip that plays but serves
 * Deaf visitors poorly, a part of the app that has no clip yet, or a manifest property that the
 * app ignores.
 */

export const SIGN_CHECK_FAULT_CODES = [
  'manifestSyntax',
  'manifestProblem',
  'unknownKey',
  'missingFile',
  'caseMismatch',
  'emptyFile',
  'extraFile',
  'unknownFormat',
  'unplayableContainer',
  'unplayableVideo',
  'unplayableProfile',
  'unplayableAudio',
  'noVideoTrack',
  'notVideo',
  'truncated',
  'extensionMismatch',
  'captionsNotUtf8',
  'captionsEmpty',
  'captionsNoHeader',
  'captionsInvalid',
  'captionsNoCues',
  'captionsCueOrder',
] as const;

export const SIGN_CHECK_WARNING_CODES = ['unknownProperty', 'smallVideo', 'longVideo', 'captionsPastEnd', 'noClip'] as const;

export type SignCheckFaultCode = (typeof SIGN_CHECK_FAULT_CODES)[number];
export type SignCheckWarningCode = (typeof SIGN_CHECK_WARNING_CODES)[number];
export type SignCheckCode = SignCheckFaultCode | SignCheckWarningCode;

export interface SignCheckFinding {
  code: SignCheckCode;
  /** The manifest's language (`bisindo`, `sibi`) the key belongs to, when there is one. */
  language?: string;
  /** The topic key of the clip, when the finding belongs to one. */
  key?: string;
  /** The file, relative to the content folder with `/` separators (`manifest.json` for the manifest). */
  file?: string;
  /** Values the message quotes, such as the container found or a line number. */
  details: Record<string, string | number>;
  /** A shell command, run inside the content folder, that fixes the fault. */
  fix?: string;
}

export function isFault(finding: SignCheckFinding): boolean {
  return (SIGN_CHECK_FAULT_CODES as readonly string[]).includes(finding.code);
}

/** The result of checking one content folder. */
export interface SignCheckReport {
  folder: string;
  findings: SignCheckFinding[];
  /** Clips in the manifest, counted per language and key. */
  clipCount: number;
  /** Files in the folder, without dotfiles. */
  fileCount: number;
}
