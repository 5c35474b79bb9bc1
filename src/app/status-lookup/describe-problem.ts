import type { TFunction } from 'i18next';
import { currentLocale, intlLocale } from '../i18n/i18n.ts';
import type { ErrorSummaryItem } from '../form/ErrorSummary.tsx';
import { EXAMPLE_TRACKING_CODE, type LookupField } from './lookup-input.ts';
import type { LookupProblem } from './use-status-lookup.ts';

export interface ProblemText {
  /** Messages shown at the fields, by field. */
  messages: Map<LookupField, string>;
  summaryItems: ErrorSummaryItem[];
  intro?: string;
}

/**
 * Returns the texts of a failed look-up: messages at the fields for values that cannot be
 * right, and otherwise one summary that states what happened and what to do. "Not found" links
 * both fields, because the server does not say which of the two is wrong.
 */
export function describeProblem(t: TFunction, problem: LookupProblem | undefined, exampleNumber: string): ProblemText {
  const messages = new Map<LookupField, string>();
  if (!problem) return { messages, summaryItems: [] };

  switch (problem.kind) {
    case 'input': {
      for (const error of problem.errors) {
        if (messages.has(error.field)) continue;
        const example = error.field === 'registrationNumber' ? exampleNumber : EXAMPLE_TRACKING_CODE;
        const characters = error.characters && listFormat().format(error.characters);
        messages.set(error.field, t(`statusLookup.errors.${error.code}`, { example, characters }));
      }
      const summaryItems = [...messages].map(([field, message]) => ({ field, message, linked: true }));
      return { messages, summaryItems };
    }
    case 'notFound':
      return {
        messages,
        intro: t('statusLookup.errors.notFoundIntro'),
        summaryItems: [
          { field: 'registrationNumber', message: t('statusLookup.errors.notFoundNumber'), linked: true },
          { field: 'trackingCode', message: t('statusLookup.errors.notFoundCode'), linked: true },
          ...(problem.provisional ? [{ field: 'provisional', message: t('statusLookup.errors.notFoundProvisional'), linked: false }] : []),
          { field: 'help', message: t('statusLookup.errors.notFoundHelp'), linked: false },
        ],
      };
    case 'offline':
      return { messages, summaryItems: [{ field: 'connection', message: t('statusLookup.errors.offline'), linked: false }] };
    case 'tooManyAttempts':
      return { messages, summaryItems: [{ field: 'server', message: t('statusLookup.errors.tooManyAttempts'), linked: false }] };
    case 'serverError':
      return { messages, summaryItems: [{ field: 'server', message: t('statusLookup.errors.serverError'), linked: false }] };
  }
}

/** Joins the characters as the screen's language lists things: "O dan G", "O and G". */
function listFormat(): Intl.ListFormat {
  return new Intl.ListFormat(intlLocale(currentLocale()), { type: 'conjunction' });
}
