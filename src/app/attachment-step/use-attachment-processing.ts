import { useEffect, useRef, useState } from 'preact/hooks';
import type { AttachmentLimits } from '../../domain/attachments/limits.ts';
import type { Locale } from '../../domain/submission.ts';
import { announce, withdrawAnnouncement } from '../a11y/announcer.ts';
import type { AttachmentProblem, DraftAttachment, PrepareResult } from '../attachments/types.ts';
import { intlLocale } from '../i18n/i18n.ts';
import { useTranslation } from '../i18n/use-translation.ts';

/** The signature of prepareAttachment (attachments/prepare-attachment.ts). */
export type PrepareAttachment = (file: File, existing: readonly DraftAttachment[], limits: AttachmentLimits) => Promise<PrepareResult>;

/** The file being prepared: its name, whether it claims to be an image, and its place in the batch. */
export interface Processing {
  name: string;
  photo: boolean;
  position: number;
  total: number;
}

/** Callbacks around one batch of chosen files. */
export interface ProcessingEvents {
  onProcessingStart?: () => void;
  /**
   * Called once per batch with the count of files not attached: when the batch is done, or with 0
   * when the step closes during it.
   */
  onProcessingEnd?: (problemCount: number) => void;
}

/**
 * A chosen file that was not attached, and why. The message is written when the step renders,
 * so it follows a change of language made while it shows.
 */
export interface ShownProblem {
  file: string;
  problem: AttachmentProblem;
}

/**
 * Prepares chosen files one after another and reports each to `onAdd`, or its problem. A
 * problem never touches the files already attached or the answers. A batch chosen while one
 * is still being prepared is ignored, so two batches cannot both count the same free places.
 *
 * `events` tell the step's owner when a batch starts and ends, so it can keep the visitor on
 * the step until the batch is done (FlowScreens does).
 *
 * NOTE: a batch still being prepared when the step closes anyway (the visit ends) is dropped,
 * because the next visitor must not get the file.
 */
export function useAttachmentProcessing(
  attachments: readonly DraftAttachment[],
  limits: AttachmentLimits,
  prepare: PrepareAttachment,
  onAdd: (attachment: DraftAttachment) => void,
  events: ProcessingEvents = {},
) {
  const { t, language } = useTranslation();
  const [processing, setProcessing] = useState<Processing | null>(null);
  const [problems, setProblems] = useState<readonly ShownProblem[]>([]);
  const latest = useRef(attachments);
  latest.current = attachments;
  const mounted = useRef(true);
  const busy = useRef(false);
  const latestEvents = useRef(events);
  latestEvents.current = events;
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (busy.current) latestEvents.current.onProcessingEnd?.(0);
    };
  }, []);

  const addFiles = async (files: readonly File[]) => {
    if (busy.current || files.length === 0) return;
    busy.current = true;
    latestEvents.current.onProcessingStart?.();
    setProblems([]);

    let existing = latest.current;
    const added: string[] = [];
    const found: ShownProblem[] = [];
    const progressMessages: string[] = [];

    try {
      for (const [index, file] of files.entries()) {
        const photo = file.type.startsWith('image/');
        setProcessing({ name: file.name, photo, position: index + 1, total: files.length });
        const progressMessage = t(photo ? 'attachments.processingPhoto' : 'attachments.processingFile', { name: file.name });
        progressMessages.push(progressMessage);
        announce(progressMessage);

        const result = await prepareSafely(prepare, file, existing, limits);
        if (!mounted.current) return;
        if (result.ok) {
          existing = [...existing, result.attachment];
          added.push(result.attachment.name);
          onAdd(result.attachment);
        } else {
          found.push({ file: file.name, problem: result.problem });
        }
      }
    } finally {
      busy.current = false;
      // The progress line goes, and so does its message in the live region: a screen reader
      // user reading it afterwards would otherwise hear "Memproses…" about a finished file.
      for (const message of progressMessages) withdrawAnnouncement(message);
      if (mounted.current) setProcessing(null);
    }

    setProblems(found);
    latestEvents.current.onProcessingEnd?.(found.length);
    if (added.length > 0) announce(t('attachments.announceAdded', { count: added.length, names: listOf(added, language) }));
  };

  /** Hides the problems of the last batch, once the visitor has acted on them (removed a file). */
  const clearProblems = () => setProblems([]);

  return { processing, problems, addFiles, clearProblems };
}

/** Runs prepare; an unexpected error becomes an "unreadable" problem, because the visitor can only pick the file again. */
async function prepareSafely(prepare: PrepareAttachment, file: File, existing: readonly DraftAttachment[], limits: AttachmentLimits): Promise<PrepareResult> {
  try {
    return await prepare(file, existing, limits);
  } catch (error) {
    // The file's name can be personal ("KTP Siti.jpg"), so only the error is logged.
    console.error('Preparing an attachment failed', error);
    const problem: AttachmentProblem = { code: 'unreadable', file: file.name };
    return { ok: false, problem };
  }
}

function listOf(names: readonly string[], language: Locale): string {
  return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(names);
}
