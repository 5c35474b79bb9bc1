import type { TFunction } from 'i18next';
import type { ErrorSummaryItem } from '../form/ErrorSummary.tsx';
import { currentLocale, intlLocale } from '../i18n/i18n.ts';
import { EXAMPLE_TRACKING_CODE, type LookupField } from '../status-lookup/lookup-input.ts';
import type { PrefillProblem } from './use-prefill-lookup.ts';

export interface PrefillProblemText {
  /** Messages shown at the fields, by field. */
  messages: Map<LookupField, string>;
  summaryItems: ErrorSummaryItem[];
  intro?: string;
}

/**
 * Returns the texts of a failed look-up. A value that cannot be a number or code gets a message
 * at its field. Every other failure states what happened and points to the device's receipts and
 * to filling the form in by hand, which work without the server.
 */
export function describePrefillProblem(t: TFunction, problem: PrefillProblem | undefined, exampleNumber: string): PrefillProblemText {
  const messages = new Map<LookupField, string>();
  if (!problem) return { messages, summaryItems: [] };
  const otherWays: ErrorSummaryItem = { field: 'otherWays', message: t('objectionSource.otherWays'), linked: false };

  switch (problem.kind) {
    case 'input': {
      for (const error of problem.errors) {
        if (messages.has(error.field)) continue;
        const example = error.field === 'registrationNumber' ? exampleNumber : EXAMPLE_TRACKING_CODE;
        const characters = error.characters && new Intl.ListFormat(intlLocale(currentLocale()), { type: 'conjunction' }).format(error.characters);
        messages.set(error.field, t(`statusLookup.errors.${error.code}`, { example, characters }));
      }
      return { messages, summaryItems: [...messages].map(([field, message]) => ({ field, message, linked: true })) };
    }
    case 'notFound':
      return {
        messages,
        intro: t('objectionSource.notFound'),
        summaryItems: [
          { field: 'registrationNumber', message: t('statusLookup.errors.notFoundNumber'), linked: true },
          { field: 'trackingCode', message: t('statusLookup.errors.notFoundCode'), linked: true },
          otherWays,
        ],
      };
    case 'offline':
      return { messages, intro: t(problem.connected ? 'objectionSource.unreachable' : 'objectionSource.offline'), summaryItems: [otherWays] };
    case 'tooManyAttempts':
      return { messages, intro: t('objectionSource.tooManyAttempts'), summaryItems: [otherWays] };
    case 'failed':
      return { messages, intro: t('objectionSource.failed'), summaryItems: [otherWays] };
  }
}
