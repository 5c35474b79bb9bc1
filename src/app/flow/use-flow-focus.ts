import { useLayoutEffect } from 'preact/hooks';
import { SCREEN_HEADING_ID } from '../a11y/ScreenHeading.tsx';
import { ERROR_SUMMARY_ID } from '../form/ErrorSummary.tsx';
import { focusField } from '../form/focus-field.ts';
import { SUBMIT_FAILURE_ID } from '../form/SubmitFailureNotice.tsx';
import type { FlowState } from './flow-state.ts';

/**
 * Moves focus where the last flow action asked, after the screen has rendered: the new
 * screen's h1, the error summary, the submit failure notice, or a field. Screen reader users
 * then hear the new screen at once instead of staying on a button that has disappeared. The
 * first render (seq 0) leaves focus alone, so loading the page does not jump anywhere.
 */
export function useFlowFocus(request: FlowState['focusRequest']): void {
  // A layout effect runs right after the DOM update. A plain effect waits for the next frame,
  // and a key pressed before then would land on the old element and then lose focus.
  useLayoutEffect(() => {
    if (request.seq === 0) return;
    const { target } = request;
    if (target.kind === 'field' && focusField(target.field)) return;

    let id = SCREEN_HEADING_ID;
    if (target.kind === 'errorSummary') id = ERROR_SUMMARY_ID;
    else if (target.kind === 'submitFailure') id = SUBMIT_FAILURE_ID;
    const element = document.getElementById(id);
    element?.focus();
    if (element) revealTop(element);
  }, [request.seq]);
}

/**
 * Scrolls `element` to the top of its scrolling box when focusing it left its top hidden. An
 * error summary taller than the box (200 % text on a phone, below the sign-language panel)
 * otherwise shows its links and not its heading, which names what the links are.
 */
function revealTop(element: HTMLElement): void {
  const scroller = element.closest('#app');
  const scrolls = scroller instanceof HTMLElement && getComputedStyle(scroller).overflowY !== 'visible';
  const visibleTop = scrolls ? scroller.getBoundingClientRect().top : 0;
  // jsdom lays nothing out and has no scrollIntoView.
  if (element.getBoundingClientRect().top < visibleTop - 0.5) element.scrollIntoView?.({ block: 'start' });
}
