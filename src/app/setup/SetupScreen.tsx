import type { KioskConfig } from '../../domain/config.ts';
import { ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { useTranslation } from '../i18n/use-translation.ts';
import { formatDateTime } from '../receipt/format-date-time.ts';
import { ENROLMENT_TITLE_ID, EnrolmentForm } from './EnrolmentForm.tsx';
import { HeldNumbers } from './HeldNumbers.tsx';
import { SignLanguagePrefetch } from './SignLanguagePrefetch.tsx';
import { useDeviceNumbering } from './use-device-numbering.ts';

/**
 * /setup: what staff do once per device. They enrol it with a one-time code from the
 * administrator (docs/numbering.md), check that it has reserved numbers, and download the
 * sign-language videos for offline use. Nothing here is personal, and visitors have no link to it.
 */
export function SetupScreen({ config }: { config: KioskConfig }) {
  const { t, language } = useTranslation();
  const numbering = useDeviceNumbering();
  const enrolment = numbering?.enrolment;
  const active = enrolment !== undefined && enrolment.revokedAt === undefined;

  return (
    <div class="screen setup">
      <ScreenHeading title={t('setup.title')} />
      <p>{t('setup.intro')}</p>
      <section aria-labelledby={ENROLMENT_TITLE_ID}>
        <h2 id={ENROLMENT_TITLE_ID} tabIndex={-1}>
          {t('setup.enrolmentTitle')}
        </h2>
        {numbering && !enrolment && <p>{t('setup.notEnrolled')}</p>}
        {enrolment?.revokedAt !== undefined && <p class="notice">{t('setup.revoked')}</p>}
        {enrolment && (
          <dl class="summary-list">
            <div class="summary-list__row">
              <dt class="summary-list__key">{t('setup.label')}</dt>
              <dd class="summary-list__value">{enrolment.label}</dd>
            </div>
            <div class="summary-list__row">
              <dt class="summary-list__key">{t('setup.deviceId')}</dt>
              <dd class="summary-list__value">{enrolment.deviceId}</dd>
            </div>
            <div class="summary-list__row">
              <dt class="summary-list__key">{t('setup.channel')}</dt>
              <dd class="summary-list__value">{t(`setup.channels.${enrolment.channel}`)}</dd>
            </div>
            <div class="summary-list__row">
              <dt class="summary-list__key">{t('setup.enrolledAt')}</dt>
              <dd class="summary-list__value">{formatDateTime(new Date(enrolment.enrolledAt).toISOString(), config, language, t)}</dd>
            </div>
          </dl>
        )}
        {enrolment && <h3>{t('setup.enrolAgainTitle')}</h3>}
        {enrolment && <p>{t('setup.enrolAgainHint')}</p>}
        {numbering && <EnrolmentForm initialChannel={enrolment?.channel} />}
      </section>
      {numbering && <HeldNumbers blocks={numbering.blocks} config={config} canRefresh={active} />}
      <SignLanguagePrefetch />
      <p>
        <a class="button button--secondary" href="/">
          {t('setup.toVisitorScreen')}
        </a>
      </p>
    </div>
  );
}
