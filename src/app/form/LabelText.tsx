import { useTranslation } from '../i18n/use-translation.ts';

/** A field's label with "(wajib)" after it while the field is required. */
export function LabelText({ label, required }: { label: string; required: boolean }) {
  const { t } = useTranslation();
  if (!required) return <>{label}</>;
  // The space stays outside the span: name computation trims text inside an inline element,
  // and dom-accessibility-api (used by Testing Library) would read "NIK(wajib)".
  return (
    <>
      {`${label} `}
      <span class="field__required">({t('field.required')})</span>
    </>
  );
}
