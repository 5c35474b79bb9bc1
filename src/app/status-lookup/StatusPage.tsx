import { useEffect, useLayoutEffect } from 'preact/hooks';
import type { KioskConfig } from '../../domain/config.ts';
import { localYearIn } from '../../domain/calendar/working-days.ts';
import { screenTopic } from '../../domain/sign-language/topics.ts';
import { parseStatusFragment } from '../../domain/status-link.ts';
import { announce } from '../a11y/announcer.ts';
import { ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { ERROR_SUMMARY_ID, ErrorSummary } from '../form/ErrorSummary.tsx';
import { focusField } from '../form/focus-field.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { describeProblem } from './describe-problem.ts';
import { LookupForm } from './LookupForm.tsx';
import { exampleRegistrationNumber } from './lookup-input.ts';
import { RESULT_HEADING_ID, StatusResult } from './StatusResult.tsx';
import { useStatusLookup, type FocusRequest, type LookupState } from './use-status-lookup.ts';

/**
 * Renders /status, where a visitor types the registration number and tracking code from the
 * receipt, or opens the receipt's QR link, and reads the status of the request. It needs the
 * network and never touches the kiosk flow or the outbox.
 */
export function StatusPage({ config }: { config: KioskConfig }) {
  const { t } = useTranslation();
  const lookup = useStatusLookup(config);
  const { state, values } = lookup;
  useFragmentLookup(lookup.fillAndLookUp, lookup.setValue);
  useLookupFocus(lookup.focus);
  useAnnounceLookup(state);

  const year = localYearIn(new Date(), config.timeZone);
  const exampleNumber = exampleRegistrationNumber(config.registrationPattern, config.agencies[0], year);
  const problem = state.kind === 'editing' ? state.problem : undefined;
  const { messages, summaryItems, intro } = describeProblem(t, problem, exampleNumber);

  return (
    <div class="screen status-lookup" data-sign-topic={screenTopic('status')}>
      {summaryItems.length > 0 && <ErrorSummary items={summaryItems} intro={intro} onSelect={focusField} />}
      <ScreenHeading
        title={t('statusLookup.title')}
        hasErrors={summaryItems.length > 0}
        lead={state.kind === 'found' ? undefined : t('statusLookup.intro')}
      />

      {state.kind === 'found' ? (
        <StatusResult status={state.status} lookedUpNumber={state.lookedUpNumber} config={config} onCheckAnother={lookup.checkAnother} />
      ) : (
        <>
          <p>{t('statusLookup.privacy')}</p>
          <LookupForm
            values={values}
            messages={messages}
            exampleNumber={exampleNumber}
            busy={state.kind === 'looking'}
            submitLabel={t('statusLookup.submit')}
            busyLabel={t('statusLookup.submitting')}
            onValueChange={lookup.setValue}
            onSubmit={lookup.submit}
          />
        </>
      )}
    </div>
  );
}

/**
 * Takes the number and code from a QR link (`#nomor=…&kode=…`), looks them up at once, and
 * removes the fragment, so the code does not stay in the address bar, the history or a
 * bookmark. A fragment with only one of the two fills that field and waits for the other.
 */
function useFragmentLookup(
  fillAndLookUp: ReturnType<typeof useStatusLookup>['fillAndLookUp'],
  setValue: ReturnType<typeof useStatusLookup>['setValue'],
): void {
  useEffect(() => {
    const apply = () => {
      if (location.hash === '') return;
      const { registrationNumber, trackingCode } = parseStatusFragment(location.hash);
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      if (registrationNumber && trackingCode) fillAndLookUp({ registrationNumber, trackingCode });
      else if (registrationNumber) setValue('registrationNumber', registrationNumber);
      else if (trackingCode) setValue('trackingCode', trackingCode);
    };
    apply();
    // A second QR link opened in the same tab changes only the fragment, which reloads nothing.
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, [fillAndLookUp, setValue]);
}

/**
 * Moves focus after the render that a look-up caused: to the error summary, the result's
 * heading or the first field. The first render (seq 0) leaves focus alone.
 */
function useLookupFocus(request: FocusRequest): void {
  // A layout effect, so a key pressed right after the update lands on the new element.
  useLayoutEffect(() => {
    if (request.seq === 0) return;
    if (request.target === 'firstField') focusField('registrationNumber');
    else document.getElementById(request.target === 'result' ? RESULT_HEADING_ID : ERROR_SUMMARY_ID)?.focus();
  }, [request.seq]);
}

/** Speaks the start of a look-up and its result through the app's live region. */
function useAnnounceLookup(state: LookupState): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (state.kind === 'looking') announce(t('statusLookup.announceSubmitting'));
    if (state.kind === 'found') {
      const status = t(`statusLookup.statuses.${state.status.status}.name`);
      announce(t('statusLookup.announceResult', { number: state.status.registrationNumber, status }));
    }
  }, [state]);
}
