/**
 * Everything a visitor leaves behind that lives outside the flow state (speech settings, the
 * on-screen keyboard, open dialogs) registers here how to forget it. The idle reset and the
 * visitor's own "Selesai" run every handler, so a new feature cannot be forgotten by the reset.
 */
export type VisitResetHandler = () => void | Promise<void>;

const handlers = new Set<VisitResetHandler>();

/** Adds a handler and returns the function that removes it (for an effect's clean-up). */
export function onVisitReset(handler: VisitResetHandler): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
}

/**
 * Runs every handler. A handler that throws or never settles must not keep the kiosk on the
 * previous visitor's screen, so each gets `timeoutMs` and failures are only logged.
 */
export async function runVisitResetHandlers(timeoutMs = 2000): Promise<void> {
  await Promise.all(
    [...handlers].map(async (handler) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        await Promise.race([
          Promise.resolve().then(handler),
          new Promise<void>((resolve) => {
            timer = setTimeout(resolve, timeoutMs);
          }),
        ]);
      } catch (error) {
        console.error('A visit reset handler failed', error);
      } finally {
        clearTimeout(timer);
      }
    }),
  );
}
