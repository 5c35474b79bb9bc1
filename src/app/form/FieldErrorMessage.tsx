import { useTranslation } from '../i18n/use-translation.ts';
import { errorId } from './field-ids.ts';

/** The message at the field. The hidden "Kesalahan:" prefix marks it as an error for screen reader users. */
export function FieldErrorMessage({ name, message }: { name: string; message: string | undefined }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p id={errorId(name)} class="field__error">
      <span class="visually-hidden">{t('errors.prefix')}</span> {message}
    </p>
  );
}
