import { useRef, useState } from 'preact/hooks';
import type { BraillePageSize } from '../../domain/braille/page-size.ts';
import { announce } from '../a11y/announcer.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { activeToken } from '../numbering/enrolment.ts';
import { sendBraillePrint, type BraillePrintOutcome } from './send-braille-print.ts';

interface EmbosserButtonProps {
  /** The document as toBrf returns it, in the page size the embosser's paper is set up for. */
  brf: string;
  /** That page size, named under the button because it may differ from the size on screen. */
  size: BraillePageSize;
  /** Job title for the print queue; never personal data. */
  title: string;
  /** On a shared kiosk the messages send the visitor to staff, who collect the print and hold the downloads. */
  kiosk: boolean;
}

type SendState = { kind: 'idle' } | { kind: 'sending' } | { kind: 'done'; outcome: BraillePrintOutcome };

/**
 * Renders "Kirim ke printer braille", which posts the BRF to the intake server's embosser
 * queue. While the job is on its way, the button shows that it is sending and ignores presses.
 * The result is announced and stays on screen. A failure names its cause in the visitor's
 * language and points to the downloads.
 */
export function EmbosserButton({ brf, size, title, kiosk }: EmbosserButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<SendState>({ kind: 'idle' });
  const sending = useRef(false);

  const send = async () => {
    if (sending.current) return;
    sending.current = true;
    setState({ kind: 'sending' });
    announce(t('braille.embosser.sending'));
    // Without IndexedDB the device cannot be enrolled, and the job goes without a token.
    const token = await activeToken().catch(() => undefined);
    const outcome = await sendBraillePrint({ title, brf }, { token });
    sending.current = false;
    setState({ kind: 'done', outcome });
    announce(outcomeMessage(t, outcome, kiosk));
  };

  const outcome = state.kind === 'done' ? state.outcome : undefined;
  return (
    <div class="braille-embosser">
      <button
        type="button"
        class="button button--primary"
        aria-disabled={state.kind === 'sending' || undefined}
        aria-describedby="braille-embosser-size"
        onClick={() => void send()}
      >
        {state.kind === 'sending' ? t('braille.embosser.sending') : t('braille.embosser.send')}
      </button>
      <p id="braille-embosser-size">{t('braille.embosser.size', { cells: size.cells, lines: size.lines })}</p>
      {outcome && (
        <p class={outcome === 'accepted' ? 'notice' : 'notice notice--warning'} data-testid="braille-embosser-result">
          {outcomeMessage(t, outcome, kiosk)}
        </p>
      )}
    </div>
  );
}

function outcomeMessage(t: ReturnType<typeof useTranslation>['t'], outcome: BraillePrintOutcome, kiosk: boolean): string {
  const where = kiosk ? 'Kiosk' : 'Device';
  if (outcome === 'accepted') return t(`braille.embosser.accepted${where}`);
  return `${t(`braille.embosser.${outcome}`)} ${t(`braille.embosser.fallback${where}`)}`;
}
