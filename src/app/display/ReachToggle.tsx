import { useId } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation.ts';
import { isReachLayoutOffered } from '../kiosk/reach-layout.ts';
import { APPROACH_SIDES } from './display-settings.ts';
import { useDisplaySettings } from './use-display-settings.ts';

/**
 * Renders the reach layout's toggle button and, while it is on, the side the buttons gather
 * on, all with aria-pressed. Renders nothing on a device that does not offer the layout
 * (reach-layout.ts), and reach.css hides it on screens narrower than 40em, where the layout
 * is off. `large` gives the start screen's size.
 */
export function ReachToggle({ large = false }: { large?: boolean }) {
  const { t } = useTranslation();
  const [settings, update] = useDisplaySettings();
  const sideLabelId = useId();
  if (!isReachLayoutOffered()) return null;

  const buttonClass = large ? 'button button--large button--toggle' : 'button button--toggle';
  return (
    <div class="reach-toggle">
      <button
        type="button"
        class={buttonClass}
        aria-pressed={settings.reachLayout}
        // The band's focus handling (reach-focus.ts) brings the pressed button back into view.
        onClick={() => update({ reachLayout: !settings.reachLayout })}
      >
        {t('reach.toggle')}
      </button>

      {settings.reachLayout && (
        <div class="settings-bar__group" role="group" aria-labelledby={sideLabelId}>
          <span id={sideLabelId} class="settings-bar__label">
            {t('reach.side')}
          </span>
          <ApproachSideButtons large={large} />
        </div>
      )}
    </div>
  );
}

/** Renders one toggle button per approach side (left, centre, right) for the reach layout. */
export function ApproachSideButtons({ large = false }: { large?: boolean }) {
  const { t } = useTranslation();
  const [settings, update] = useDisplaySettings();
  const buttonClass = large ? 'button button--large button--toggle' : 'button button--toggle';
  return (
    <>
      {APPROACH_SIDES.map((side) => (
        <button
          key={side}
          type="button"
          class={buttonClass}
          aria-pressed={settings.approachSide === side}
          onClick={() => update({ approachSide: side })}
        >
          {t(`reach.sides.${side}`)}
        </button>
      ))}
    </>
  );
}
