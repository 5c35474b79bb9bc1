import type { TFunction } from 'i18next';
import type { BrailleBlock, BrailleSource } from '../../domain/braille/document.ts';
import type { KioskConfig } from '../../domain/config.ts';
import { informationRequest } from '../../domain/forms/information-request.ts';
import { findFormDefinition } from '../../domain/forms/registry.ts';
import type { FormDefinition } from '../../domain/forms/types.ts';
import { STATUS_PATH } from '../../domain/status-link.ts';
import type { Locale } from '../../domain/submission.ts';
import { fieldSourcesFrom } from '../form/field-sources.ts';
import { formatAnswer } from '../form/format-answer.ts';
import { fieldLabelKey, formTitleKey, receiptTitleKey } from '../i18n/form-keys.ts';
import { intlLocale, translateOptional } from '../i18n/i18n.ts';
import type { OutboxRecord } from '../outbox/types.ts';
import { formatDateTime } from '../receipt/format-date-time.ts';
import { nextStepsKey } from '../receipt/next-steps-key.ts';
import { receiptDeadlineText } from '../receipt/receipt-deadline.ts';

export interface ReceiptSourceOptions {
  config: KioskConfig;
  language: Locale;
  /** Opened from the device's list of receipts rather than just issued to this visitor. */
  fromList: boolean;
  /**
   * A kiosk that strangers share (isSharedDevice). Its braille receipt never names the
   * applicant, because its downloads stay in a downloads folder that no idle reset clears.
   */
  sharedDevice: boolean;
  /** Attachments the outbox could not keep, as its submit result named them; the record may name more. */
  droppedFiles?: readonly string[];
  /** The status page's origin when the configuration gives no publicUrl. */
  origin?: string;
}

/**
 * Returns the receipt of a submission as print text for braille, with what the printed receipt
 * carries (ReceiptScreen): body, form, number, tracking code, date and time, deadline, the
 * summary of the answers with agency and files, files storage could not keep, the next steps,
 * and how to check the status, in words instead of the QR code. As on screen, a receipt
 * reopened from the list on a shared kiosk leaves out the tracking code, the answers and the
 * dropped files. The applicant's name and masked NIK appear only where namesApplicant allows,
 * which on a kiosk is stricter than the printed receipt. The state is left out, as on paper,
 * because it is out of date once printed.
 */
export function receiptSource(record: OutboxRecord, t: TFunction, options: ReceiptSourceOptions): BrailleSource {
  const { config, language, fromList } = options;
  const limited = fromList && options.sharedDevice;
  const { formId } = record.receipt;
  const definition = findFormDefinition(formId);
  const blocks: BrailleBlock[] = [];
  const item = (label: string, value: string) => blocks.push({ kind: 'item', text: `${label}: ${value}` });
  const paragraph = (text: string) => blocks.push({ kind: 'paragraph', text });
  const heading = (text: string) => blocks.push({ kind: 'heading', text });
  const title = translateOptional(t, receiptTitleKey(formId)) ?? t('receipt.title');

  heading(title);
  blocks.push({ kind: 'item', text: config.body });
  blocks.push({ kind: 'item', text: translateOptional(t, formTitleKey(formId)) ?? formId });
  blocks.push(...numberBlocks(record, t, !limited));
  item(t('receipt.capturedAt'), formatDateTime(record.receipt.capturedAt, config, language, t));
  if (definition?.deadline) {
    const deadline = receiptDeadlineText(t, record.receipt.capturedAt, definition.deadline, config, language);
    item(t('receipt.deadlineLabel'), deadline.due);
    if (deadline.extension) paragraph(deadline.extension);
  }
  if (record.receipt.correctedFrom) item(t('receipt.dateCorrectedLabel'), t('receipt.dateCorrected'));

  const dropped = [...new Set([...(record.receipt.droppedAttachments ?? []), ...(options.droppedFiles ?? [])])];
  if (!limited && dropped.length > 0) {
    heading(t('receipt.droppedTitle', { count: dropped.length }));
    const files = new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(dropped);
    paragraph(t('receipt.droppedFiles', { count: dropped.length, files }));
  }

  const applicant = record.receipt.applicant;
  if (applicant && namesApplicant(record, options)) {
    heading(t('printedReceipt.applicantTitle'));
    item(t('printedReceipt.applicantName'), applicant.name);
    if (applicant.nikMasked) item(t('printedReceipt.applicantNik'), hiddenDigitsInWords(applicant.nikMasked, t));
  } else if (applicant && !fromList) {
    // The printed receipt names the visitor, so the braille one states why it does not.
    paragraph(t('braille.receipt.applicantLeftOut'));
  }
  if (limited) paragraph(t('receipt.limitedOnKiosk'));

  if (definition && !limited) {
    heading(t('receipt.summaryTitle'));
    blocks.push(...answerBlocks(record, definition, t, config, language));
  }

  heading(t('receipt.nextStepsTitle'));
  paragraph(t(nextStepsKey(formId)));

  heading(t('braille.receipt.statusTitle'));
  if (limited || !record.trackingCode) {
    paragraph(t('braille.receipt.statusAskStaff'));
  } else {
    const base = (config.publicUrl ?? options.origin ?? '').replace(/\/+$/, '');
    paragraph(t('braille.receipt.statusHow', { url: `${base}${STATUS_PATH}` }));
    if (!record.registrationNumber) paragraph(t('braille.receipt.statusProvisional'));
  }

  return { title, blocks };
}

/**
 * True when the braille receipt names the applicant. That is only the receipt just issued,
 * because one opened from the device's list may be an earlier visitor's. It is never so on a
 * shared kiosk, because a download there lands in a folder that the idle reset does not clear.
 */
export function namesApplicant(record: OutboxRecord, options: Pick<ReceiptSourceOptions, 'fromList' | 'sharedDevice'>): boolean {
  return record.receipt.applicant !== undefined && !options.fromList && !options.sharedDevice;
}

/**
 * Writes the masked NIK's hidden digits in words, "3671 (8 angka disembunyikan) 0001", because
 * the braille rule table has no sign for the asterisk.
 */
function hiddenDigitsInWords(masked: string, t: TFunction): string {
  const words = masked.replace(/\*+(?:\s+\*+)*/g, (run) => `(${t('braille.receipt.hiddenDigits', { count: run.replace(/\s/g, '').length })})`);
  return words.replace(/\s+/g, ' ').trim();
}

/** Lists the number and the notes under it as ReceiptCode shows them, the tracking code only `withTrackingCode`. */
function numberBlocks(record: OutboxRecord, t: TFunction, withTrackingCode: boolean): BrailleBlock[] {
  const blocks: BrailleBlock[] = [];
  const item = (label: string, value: string) => blocks.push({ kind: 'item', text: `${label}: ${value}` });
  const paragraph = (text: string) => blocks.push({ kind: 'paragraph', text });
  const trackingCode = withTrackingCode ? record.trackingCode : undefined;

  if (record.registrationNumber) {
    item(t('receipt.registrationNumber'), record.registrationNumber);
    if (trackingCode) item(t('receipt.trackingCode'), trackingCode);
    // UU 14/2008 Pasal 22 makes the number the receipt of an information request only.
    paragraph(t(record.receipt.formId === informationRequest.id ? 'receipt.officialNumber' : 'receipt.officialNumberOther'));
    if (record.replacedNumber) paragraph(t('receipt.replacedNumber', { number: record.replacedNumber }));
    else if (record.numberSource !== 'block') paragraph(t('receipt.replacedProvisionalCode', { code: record.receipt.provisionalCode }));
    if (withTrackingCode) paragraph(t('receipt.trackingCodeHelp'));
    return blocks;
  }
  item(t('receipt.provisionalCode'), record.receipt.provisionalCode);
  if (trackingCode) item(t('receipt.trackingCode'), trackingCode);
  paragraph(t('receipt.provisionalCodeHelp'));
  if (trackingCode) paragraph(t('receipt.trackingCodeStillValid'));
  return blocks;
}

/**
 * Lists the summary of the answers as ReceiptAnswers does, free text whole as on paper. A list
 * answer (objection reasons, files) becomes its label followed by one item per entry.
 */
function answerBlocks(record: OutboxRecord, definition: FormDefinition, t: TFunction, config: KioskConfig, language: Locale): BrailleBlock[] {
  const blocks: BrailleBlock[] = [];
  const sources = fieldSourcesFrom(config, config.agencies);
  const list = (label: string, entries: readonly string[]) => {
    blocks.push({ kind: 'item', text: `${label}:` });
    for (const entry of entries) blocks.push({ kind: 'item', text: `- ${entry}` });
  };

  for (const name of definition.receiptFields) {
    const field = definition.fields.find((candidate) => candidate.name === name);
    const answer = field && formatAnswer(t, definition.id, field, record.receipt.answers[name], { sources, language });
    if (!field || !answer) continue;
    const label = t(fieldLabelKey(definition.id, field.name));
    if (typeof answer === 'string') blocks.push({ kind: 'item', text: `${label}: ${answer}` });
    else list(label, answer);
  }
  const files = record.receipt.attachments ?? [];
  if (files.length > 0) list(t('receipt.attachments'), files.map((file) => file.name));
  return blocks;
}
