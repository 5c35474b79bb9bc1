import { parse as parseRange } from 'range-parser';
import type { WorkboxPlugin } from 'workbox-core/types.js';

/** How to answer a request's Range header from a stored whole file (RFC 9110, sections 14.1.2 and 15.5.17). */
export type RangeDecision =
  /** No Range header, or one that is invalid or asks for several ranges: 200 with the whole file. */
  | { kind: 'whole' }
  /** 206 with bytes `start` to `end`, both inclusive. */
  | { kind: 'partial'; start: number; end: number }
  /** 416 with `Content-Range: bytes *\/size`: the range starts at or past the end of the file. */
  | { kind: 'unsatisfiable' };

/**
 * Decides the response to `header` for a file of `size` bytes, parsed by range-parser. A server may
 * ignore a Range header it does not support or cannot parse, so another unit, a bad syntax (a
 * last byte before the first included) and a multi-range request get the whole file, as the
 * intake server's @fastify/send handles them; the two agree online and offline. A last byte
 * past the end is cut to the end.
 */
export function decideRange(header: string | null, size: number): RangeDecision {
  if (header === null) return { kind: 'whole' };
  const { code, type, ranges } = parseRange(size, header);
  // Bit 1 of `code` marks a syntax error, bit 2 a range that starts past the end.
  if (code & 1 || type !== 'bytes' || ranges.length > 1) return { kind: 'whole' };
  const [range] = ranges;
  if (range) return { kind: 'partial', start: range.start, end: range.end };
  // No range left: unsatisfiable, or a suffix of an empty file, which is the (empty) whole.
  return code & 2 ? { kind: 'unsatisfiable' } : { kind: 'whole' };
}

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
