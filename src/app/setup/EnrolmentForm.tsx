import { useState } from 'preact/hooks';
import type { EnrolledChannel } from '../../domain/numbering.ts';
import { announce } from '../a11y/announcer.ts';
import { ErrorSummary, ERROR_SUMMARY_ID, type ErrorSummaryItem } from '../form/ErrorSummary.tsx';
import { focusField } from '../form/focus-field.ts';
import { RadioField } from '../form/RadioField.tsx';
import { TextInputField } from '../form/TextInputField.tsx';
import { useTranslation } from '../i18n/use-translation.ts';
import { enrolDevice } from '../numbering/enrolment.ts';
import { requestBlockRefresh } from '../outbox/sync-engine.ts';

/** Id of the enrolment section's heading, which takes focus once the device is enrolled. */
export const ENROLMENT_TITLE_ID = 'setup-enrolment-title';

const CODE_FIELD = 'enrolmentCode';
const CHANNEL_FIELD = 'deviceChannel';
const CHANNELS: readonly EnrolledChannel[] = ['kiosk', 'tablet'];

/**
 * Enrols the device with a one-time code. Errors appear in the error summary, which takes
 * focus, and beside the field; the typed code stays so a one-character slip is quick to fix.
 */
export function EnrolmentForm({ initialChannel }: { initialChannel: EnrolledChannel | undefined }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [channel, setChannel] = useState<string>(initialChannel ?? '');
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [pending, setPending] = useState(false);

  const showErrors = (items: ErrorSummaryItem[]) => {
    setErrors(items);
    // After the render that shows the summary.
    requestAnimationFrame(() => document.getElementById(ERROR_SUMMARY_ID)?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (pending) return;
    const missing: ErrorSummaryItem[] = [];
    if (code.trim() === '') missing.push({ field: CODE_FIELD, message: t('setup.errors.codeRequired'), linked: true });
    if (!CHANNELS.includes(channel as EnrolledChannel)) missing.push({ field: CHANNEL_FIELD, message: t('setup.errors.channelRequired'), linked: true });
    if (missing.length > 0) return showErrors(missing);

    setPending(true);
    announce(t('setup.enrolling'));
    const outcome = await enrolDevice(code, channel as EnrolledChannel);
    setPending(false);
    if (outcome.kind === 'enrolled') {
      setErrors([]);
      setCode('');
      announce(t('setup.announceEnrolled', { label: outcome.enrolment.label }));
      // The emptied code field now belongs to re-enrolment; the details above are what changed.
      requestAnimationFrame(() => document.getElementById(ENROLMENT_TITLE_ID)?.focus());
      void requestBlockRefresh();
      return;
    }
    const message = outcome.kind === 'invalidCode' ? t('setup.errors.codeInvalid') : t(`setup.errors.${outcome.kind}`);
    showErrors([{ field: CODE_FIELD, message, linked: outcome.kind === 'invalidCode' }]);
  };

  const errorFor = (field: string) => errors.find((item) => item.field === field)?.message;
  return (
    <form class="setup-form" noValidate onSubmit={(event) => void submit(event)}>
      {errors.length > 0 && <ErrorSummary items={errors} onSelect={focusField} />}
      <TextInputField
        view={{ name: CODE_FIELD, label: t('setup.codeLabel'), hint: t('setup.codeHint'), required: true, errorMessage: errorFor(CODE_FIELD) }}
        type="text"
        value={code}
        onValueChange={setCode}
        autocomplete="off"
        spellCheck={false}
      />
      <RadioField
        view={{ name: CHANNEL_FIELD, label: t('setup.channelLabel'), required: true, errorMessage: errorFor(CHANNEL_FIELD) }}
        options={CHANNELS.map((value) => ({ value, label: t(`setup.channels.${value}`) }))}
        value={channel}
        onValueChange={setChannel}
      />
      <button type="submit" class="button button--primary" aria-disabled={pending || undefined}>
        {pending ? t('setup.enrolling') : t('setup.enrol')}
      </button>
    </form>
  );
}
