import { BRAILLE_PAGE_PRESETS, type BraillePagePreset } from '../../domain/braille/page-size.ts';
import { useTranslation } from '../i18n/use-translation.ts';

interface PageSizeChoiceProps {
  value: BraillePagePreset;
  onChange: (preset: BraillePagePreset) => void;
}

const PRESETS = Object.keys(BRAILLE_PAGE_PRESETS) as BraillePagePreset[];

/**
 * Native radios for the braille page size, in the markup and classes of the form's radio
 * fields. Each label names what the size is for. Its hint names the paper on which the dot
 * preview prints at true size, because only 31 × 27 fits an A4 sheet at 6 mm cells.
 */
export function PageSizeChoice({ value, onChange }: PageSizeChoiceProps) {
  const { t } = useTranslation();
  return (
    <div class="field">
      <fieldset class="fieldset" aria-describedby="braille-page-size-hint">
        <legend class="field__label">{t('braille.pageSize.legend')}</legend>
        <p id="braille-page-size-hint" class="field__hint">
          {t('braille.pageSize.hint')}
        </p>
        <div class="choices">
          {PRESETS.map((preset) => {
            const id = `braille-page-size-${preset}`;
            const { cells, lines } = BRAILLE_PAGE_PRESETS[preset];
            return (
              <div class="choice" key={preset}>
                <input
                  id={id}
                  class="choice__input"
                  type="radio"
                  name="braille-page-size"
                  value={preset}
                  checked={value === preset}
                  aria-describedby={`${id}-hint`}
                  onChange={() => onChange(preset)}
                />
                <label class="choice__label" for={id}>
                  {t('braille.pageSize.option', { cells, lines, use: t(`braille.pageSize.${preset}.use`) })}
                </label>
                <p id={`${id}-hint`} class="choice__hint">
                  {t(`braille.pageSize.${preset}.hint`)}
                </p>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
