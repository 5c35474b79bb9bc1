/**
 * The app's one live region for spoken status messages: network changes, the waiting count,
 * character counts, a receipt that was sent. Screen readers tend to miss text that arrives in
 * the same update that inserts its live region, so main.tsx creates the region at startup,
 * long before the first message. One shared region also keeps messages from talking over
 * each other.
 */

/** Pause between clearing the region and writing the message, so a repeated message is spoken again. */
const REWRITE_DELAY_MS = 100;

let region: HTMLElement | null = null;
let pendingWrite: ReturnType<typeof setTimeout> | undefined;
let pendingMessages: string[] = [];

export function createAnnouncer(parent: HTMLElement = document.body): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.className = 'visually-hidden';
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  region.dataset.announcer = 'polite';
  parent.append(region);
  return region;
}

/**
 * Speaks a message politely: after the screen reader finishes what it is saying. Messages
 * that arrive within the same short delay are spoken together, so none replaces another.
 */
export function announce(message: string): void {
  const target = createAnnouncer();
  if (!pendingMessages.includes(message)) pendingMessages.push(message);
  clearTimeout(pendingWrite);
  target.textContent = '';
  pendingWrite = setTimeout(() => {
    // Each message ends a sentence, so speech and screen readers pause between them.
    target.textContent = pendingMessages.map((text) => (/[.!?…:]$/.test(text) ? text : `${text}.`)).join(' ');
    pendingMessages = [];
  }, REWRITE_DELAY_MS);
}

/**
 * Removes a message that is no longer true, such as "Memproses foto …" once the photo is
 * done: it is dropped if still waiting, and cut from the region if already written. Other
 * messages stay.
 */
export function withdrawAnnouncement(message: string): void {
  pendingMessages = pendingMessages.filter((pending) => pending !== message);
  if (!region?.textContent?.includes(message)) return;
  region.textContent = region.textContent.replace(message, '').replace(/\s{2,}/g, ' ').trim();
}

/** Empties the region and drops messages not yet written, so the next visitor hears none of them. */
export function clearAnnouncements(): void {
  clearTimeout(pendingWrite);
  pendingMessages = [];
  if (region) region.textContent = '';
}
