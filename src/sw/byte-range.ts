import type { WorkboxPlugin } from 'workbox-core/types.js';

/** How to answer a request's Range header from a stored whole file (RFC 9110, sections 14.1.2 and 15.5.17). */
export type RangeDecision =
  /** No Range header, or one that is invalid or asks for several ranges: 200 with the whole file. */
  | { kind: 'whole' }
  /** 206 with bytes `start` to `end`, both inclusive. */
  | { kind: 'partial'; start: number; end: number }
  /** 416 with `Content-Range: bytes *\/size`: the range starts at or past the end of the file. */
  | { kind: 'unsatisfiable' };

const SINGLE_RANGE = /^bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i;

/**
 * Decides the answer to `header` for a file of `size` bytes. A server may ignore a Range header
 * it does not support or cannot parse, so a multi-range request, a bad syntax and a last byte
 * before the first one get the whole file. A last byte past the end is cut to the end.
 */
export function decideRange(header: string | null, size: number): RangeDecision {
  if (header === null) return { kind: 'whole' };
  const match = SINGLE_RANGE.exec(header.trim());
  if (!match) return { kind: 'whole' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'whole' };

  if (first === '') {
    // A suffix range: the last `last` bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - length), end: size - 1 };
  }

  const start = Number(first);
  if (last !== '' && Number(last) < start) return { kind: 'whole' };
  if (start >= size) return { kind: 'unsatisfiable' };
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return { kind: 'partial', start, end };
}

/** Answers `request`'s Range header from `whole`, a stored 200 response with the whole file. */
export async function answerRange(request: Request, whole: Response): Promise<Response> {
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
 * Cuts every cached answer to the request's Range header. It replaces workbox-range-requests,
 * which answers an invalid Range header with 416 instead of the whole file, answers a last byte
 * before the first with an empty 206, and leaves out the `Content-Range` of a 416.
 */
export const byteRangePlugin: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => (cachedResponse ? answerRange(request, cachedResponse) : cachedResponse),
};
