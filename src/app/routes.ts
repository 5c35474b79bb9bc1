import { STATUS_PATH } from '../domain/status-link.ts';

/**
 * The app's pages by path. A visitor only ever sees the kiosk flow and, from a receipt's QR
 * code, the status page; staff open /setup by typing it when they set a device up.
 */
export type Route = 'flow' | 'status' | 'setup';

export const SETUP_PATH = '/setup';

export function routeOf(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '');
  if (path === STATUS_PATH) return 'status';
  if (path === SETUP_PATH) return 'setup';
  return 'flow';
}
