import { MAIN_ID } from '../a11y/SkipLink.tsx';
import { i18n } from '../i18n/i18n.ts';

/**
 * The sign-language topics around the focused element. Screens mark their parts with
 * `data-sign-topic` (screen roots, step screens, field wrappers, the error summary), and an
 * invalid field's wrapper also with `data-sign-error-topic`. The chain runs from the focused
 * element outwards: the error of an invalid field, the field, then the step or screen.
 */

/** Marks the panel's own element; focus inside it leaves the topic as it was. */
export const SIGN_PANEL_ATTRIBUTE = 'data-sign-panel';

/** Returns the topics around `element`, most specific first. */
export function topicChainAt(element: Element | null): string[] {
  const chain: string[] = [];
  for (let marked = element?.closest('[data-sign-topic]'); marked; marked = marked.parentElement?.closest('[data-sign-topic]')) {
    const error = marked.getAttribute('data-sign-error-topic');
    if (error) chain.push(error);
    chain.push(marked.getAttribute('data-sign-topic') as string);
  }
  return chain;
}

/** Returns the topic of the screen on display: the outermost marked element in <main>. */
export function screenTopicChain(): string[] {
  return topicChainAt(document.querySelector(`#${MAIN_ID} [data-sign-topic]`));
}

/**
 * Returns the chain for `focused`: its own topics, or the screen's when focus is outside every marked
 * part (the settings bar, <body>) or on an element no longer in the page.
 */
function chainFor(focused: Element | null): string[] {
  if (focused?.isConnected) {
    const chain = topicChainAt(focused);
    if (chain.length > 0) return chain;
  }
  return screenTopicChain();
}

/**
 * Returns whether focus on `element` keeps the topic of `previous`, the element focused before. A
 * button or link whose topics are the outer part of the previous element's chain (Lanjut or
 * Kembali after the step's last field) leaves the field's explanation playing. Another field,
 * a heading, the error summary or a new step changes it.
 */
function keepsTopic(element: Element | null, previous: Element | null): boolean {
  if (!element?.matches('button, a[href]') || !element.closest(`#${MAIN_ID}`) || !previous?.isConnected) return false;
  const chain = topicChainAt(element);
  const before = topicChainAt(previous);
  if (chain.length === 0 || chain.length >= before.length) return false;
  return before.slice(before.length - chain.length).join(' ') === chain.join(' ');
}

function insidePanel(element: Element | null): boolean {
  return element?.closest(`[${SIGN_PANEL_ATTRIBUTE}]`) != null;
}

/** Returns whether `element` is a key of the on-screen keyboard, which types into the field focused before. */
function onScreenKey(element: Element | null): boolean {
  return element?.closest('.osk') != null;
}

/**
 * Calls `onChange` with the topic chain whenever it changes: on focusin, when the topics in
 * <main> change (a new screen, an error appearing on a field) and on a language switch. Focus
 * inside the panel is ignored, so pressing its buttons keeps the topic the visitor was on, and so
 * is focus on the on-screen keys (reached with the arrow keys of a keypad) and on a button around
 * the field the visitor was on (keepsTopic).
 * Calls `onChange` once at the start and returns the function that stops watching.
 */
export function watchTopicChain(onChange: (chain: readonly string[]) => void): () => void {
  let lastFocused: Element | null = insidePanel(document.activeElement) ? null : document.activeElement;
  let current = '';
  let frame: number | undefined;
  // A press moves focus on pointerdown, but its click comes on pointerup. A new topic in
  // between can resize the panel and move the pressed control from under the finger, so the
  // update waits until the press is over.
  let pressing = false;
  let heldUpdate = false;
  let stopped = false;

  const update = () => {
    frame = undefined;
    if (stopped) return;
    const chain = chainFor(lastFocused);
    const key = chain.join(' ');
    if (key === current) return;
    current = key;
    onChange(chain);
  };
  // Mutations arrive in bursts while Preact renders a screen; one update per frame is enough.
  const scheduleUpdate = () => {
    frame ??= requestAnimationFrame(update);
  };
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    if (insidePanel(target) || onScreenKey(target) || keepsTopic(target, lastFocused)) return;
    lastFocused = target;
    if (pressing) heldUpdate = true;
    else update();
  };
  const onPointerDown = () => {
    pressing = true;
  };
  const onPointerEnd = () => {
    pressing = false;
    if (!heldUpdate) return;
    heldUpdate = false;
    // After the click event, which the browser dispatches right after pointerup.
    setTimeout(update, 0);
  };

  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('pointerdown', onPointerDown, true);
  document.addEventListener('pointerup', onPointerEnd, true);
  document.addEventListener('pointercancel', onPointerEnd, true);
  const observer = new MutationObserver(scheduleUpdate);
  const main = document.getElementById(MAIN_ID);
  if (main) {
    observer.observe(main, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-sign-topic', 'data-sign-error-topic'] });
  }
  // A language switch re-renders the screen, which may change what focus is in.
  const onLanguageChanged = () => scheduleUpdate();
  i18n.on('languageChanged', onLanguageChanged);
  update();

  return () => {
    stopped = true;
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('pointerdown', onPointerDown, true);
    document.removeEventListener('pointerup', onPointerEnd, true);
    document.removeEventListener('pointercancel', onPointerEnd, true);
    observer.disconnect();
    i18n.off('languageChanged', onLanguageChanged);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}
