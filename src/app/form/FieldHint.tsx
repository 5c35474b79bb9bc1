import { hintId } from './field-ids.ts';

export function FieldHint({ name, hint }: { name: string; hint: string | undefined }) {
  if (!hint) return null;
  return (
    <p id={hintId(name)} class="field__hint">
      {hint}
    </p>
  );
}
