/**
 * The address a receipt's QR code opens: the status page with the number and tracking code in
 * the fragment. A fragment never leaves the phone, so neither value reaches a server log, a
 * proxy or a Referer header.
 */
export const STATUS_PATH = '/status';

export function statusLink(baseUrl: string, registrationNumber: string, trackingCode: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  const fragment = new URLSearchParams({ nomor: registrationNumber, kode: trackingCode }).toString();
  return `${base}${STATUS_PATH}#${fragment}`;
}

/** Reads the number and code from a status page fragment (`#nomor=…&kode=…`); empty strings when absent. */
export function parseStatusFragment(hash: string): { registrationNumber: string; trackingCode: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { registrationNumber: params.get('nomor') ?? '', trackingCode: params.get('kode') ?? '' };
}
