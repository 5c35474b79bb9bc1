import type { WorkboxPlugin } from 'workbox-core/types.js';
import { decideRange } from '../domain/sign-language/decide-range.ts';

/** Returns the response to `request`'s Range header, cut from `whole`, a stored 200 response with the whole file. */
export async function rangeResponse(request: Request, whole: Response): Promise<Response> {
  const range = request.headers.get('range');
  if (range === null || whole.status !== 200) return whole;
  const body = await whole.blob();
  const decision = decideRange(range, body.size);
  const headers = new Headers(whole.headers);

  if (decision.kind === 'whole') {
    headers.set('content-length', String(body.size));
    return new Response(body, { status: 200, statusText: whole.statusText, headers });
  }
  if (decision.kind === 'unsatisfiable') {
    return new Response(null, {
      status: 416,
      statusText: 'Range Not Satisfiable',
      headers: { 'content-range': `bytes */${body.size}` },
    });
  }
  const part = body.slice(decision.start, decision.end + 1);
  headers.set('content-range', `bytes ${decision.start}-${decision.end}/${body.size}`);
  headers.set('content-length', String(part.size));
  return new Response(part, { status: 206, statusText: 'Partial Content', headers });
}

/**
 * Cuts every cached response to the request's Range header. workbox-range-requests would return
 * 416 for an invalid Range header instead of the whole file, an empty 206 for a last byte before
 * the first, and a 416 without its `Content-Range`.
 */
export const byteRangePlugin: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => (cachedResponse ? rangeResponse(request, cachedResponse) : cachedResponse),
};
