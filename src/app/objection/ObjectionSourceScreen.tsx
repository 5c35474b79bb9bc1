import { useLayoutEffect } from 'preact/hooks';
import { localYearIn } from '../../domain/calendar/working-days.ts';
import type { KioskConfig } from '../../domain/config.ts';
import type { FormValues } from '../../domain/forms/types.ts';
import { screenTopic } from '../../domain/sign-language/topics.ts';
import { ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { isSharedDevice } from '../device.ts';
import { ERROR_SUMMARY_ID, ErrorSummary } from '../form/ErrorSummary.tsx';
import { focusField } from '../form/focus-field.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { useOutboxRecords } from '../outbox/hooks.ts';
import { exampleRegistrationNumber } from '../status-lookup/lookup-input.ts';
import { LookupForm } from '../status-lookup/LookupForm.tsx';
import { DeviceRequests } from './DeviceRequests.tsx';
import { describePrefillProblem } from './describe-prefill-problem.ts';
import type { ObjectionPrefill } from './fetch-prefill.ts';
import { valuesFromLookup, valuesFromRecord } from './prefill.ts';
import { usePrefillLookup } from './use-prefill-lookup.ts';

interface ObjectionSourceScreenProps {
  config: KioskConfig;
  /** Answers taken from a request, and that request's registration number for the note. */
  onApply: (values: FormValues, requestNumber: string) => void;
  /** The visitor fills the form in themselves; `values` carries a registration number already typed. */
  onFillByHand: (values: FormValues) => void;
  onBack: () => void;
  /** The server's address; empty (same origin) in the app, set by tests to their own server. */
  prefillBaseUrl?: string;
}

/**
 * "Atas permohonan mana Anda mengajukan keberatan?": before an objection's first step, three
 * ways to name the request it is about, so its answers need not be typed again (WCAG 3.3.7
 * Redundant Entry):
 * (a) its registration number and tracking code, looked up on the server,
 * (b) one of the requests filed on this device,
 * (c) none: the visitor fills the form in by hand.
 * Offline, (a) says so and points to (b) and (c), which need no network.
 */
export function ObjectionSourceScreen({ config, onApply, onFillByHand, onBack, prefillBaseUrl }: ObjectionSourceScreenProps) {
  const { t } = useTranslation();
  const records = useOutboxRecords();
  const shared = isSharedDevice();
  const onFound = (prefill: ObjectionPrefill) => onApply(valuesFromLookup(prefill), prefill.registrationNumber);
  const lookup = usePrefillLookup(config, onFound, prefillBaseUrl);

  const exampleNumber = exampleRegistrationNumber(config.registrationPattern, config.agencies[0], localYearIn(new Date(), config.timeZone));
  const { messages, summaryItems, intro } = describePrefillProblem(t, lookup.problem, exampleNumber);

  // After a failed look-up, focus goes to the summary, so a screen reader reads what happened.
  useLayoutEffect(() => {
    if (lookup.focusSeq > 0) document.getElementById(ERROR_SUMMARY_ID)?.focus();
  }, [lookup.focusSeq]);

  const typedNumber = lookup.values.registrationNumber.trim();
  return (
    <div class="screen objection-source" data-sign-topic={screenTopic('objectionSource')}>
      {summaryItems.length > 0 && <ErrorSummary items={summaryItems} intro={intro} onSelect={focusField} />}
      <ScreenHeading title={t('objectionSource.title')} hasErrors={summaryItems.length > 0} lead={t('objectionSource.intro')} />

      <section class="objection-source__way" aria-labelledby="objection-source-lookup">
        <h2 id="objection-source-lookup">{t('objectionSource.lookupTitle')}</h2>
        <p>{t('objectionSource.lookupIntro')}</p>
        <LookupForm
          values={lookup.values}
          messages={messages}
          exampleNumber={exampleNumber}
          busy={lookup.looking}
          submitLabel={t('objectionSource.lookupButton')}
          busyLabel={t('objectionSource.looking')}
          onValueChange={lookup.setValue}
          onSubmit={() => void lookup.submit()}
        />
      </section>

      <section class="objection-source__way" aria-labelledby="objection-source-device">
        <h2 id="objection-source-device">{t('objectionSource.deviceTitle')}</h2>
        <p>{t(shared ? 'objectionSource.deviceShared' : 'objectionSource.devicePersonal')}</p>
        <DeviceRequests config={config} records={records} onUse={(record) => onApply(valuesFromRecord(record, shared), record.registrationNumber ?? '')} />
      </section>

      <section class="objection-source__way" aria-labelledby="objection-source-hand">
        <h2 id="objection-source-hand">{t('objectionSource.handTitle')}</h2>
        <p>{t('objectionSource.handIntro')}</p>
        <div class="button-row">
          <button
            type="button"
            class="button button--primary"
            data-testid="objection-fill-by-hand"
            onClick={() => onFillByHand(typedNumber === '' ? {} : { requestNumber: typedNumber })}
          >
            {t('objectionSource.handButton')}
          </button>
        </div>
      </section>

      <div class="button-row">
        <button type="button" class="button button--secondary" onClick={onBack}>
          {t('step.back')}
        </button>
      </div>
    </div>
  );
}
