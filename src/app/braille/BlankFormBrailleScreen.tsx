import { useMemo, useState } from 'preact/hooks';
import { localDateIn } from '../../domain/calendar/working-days.ts';
import type { KioskConfig } from '../../domain/config.ts';
import { findFormDefinition } from '../../domain/forms/registry.ts';
import { formNounKey } from '../i18n/form-keys.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { blankFormSource } from './blank-form-source.ts';
import { BrailleScreen, type BrailleScreenProps } from './BrailleScreen.tsx';
import { fileNameSlug } from './download-file.ts';

interface BlankFormBrailleScreenProps extends Pick<BrailleScreenProps, 'pageSize' | 'onPageSizeChange'> {
  formId: string;
  config: KioskConfig;
  onBack: () => void;
}

/**
 * Renders the braille screen for a blank paper form. A blank form has no number, so its PEF
 * carries a UUID URN made once per opening, and today's date in the agency's time zone.
 */
export function BlankFormBrailleScreen({ formId, config, onBack, ...pageSizeMemory }: BlankFormBrailleScreenProps) {
  const { t, language } = useTranslation();
  const [identifier] = useState(() => `urn:uuid:${crypto.randomUUID()}`);
  const [date] = useState(() => localDateIn(new Date(), config.timeZone));
  const definition = findFormDefinition(formId);
  const source = useMemo(
    () => definition && blankFormSource(definition, (key, options) => t(key, options), { config, locale: language }),
    [definition, language, config],
  );
  // The flow opens this screen only for a known form (flow-state.ts, openBlankFormBraille).
  if (!source) return null;
  return (
    <BrailleScreen
      source={source}
      config={config}
      identifier={identifier}
      date={date}
      fileName={fileNameSlug(t('braille.blankForms.fileName', { noun: t(formNounKey(formId)) }))}
      jobTitle={source.title}
      backLabel={t('braille.blankForms.back')}
      onBack={onBack}
      {...pageSizeMemory}
    />
  );
}
