import { decideRange } from '../../domain/sign-language/decide-range.ts';

/**
 * Rewrites a Range header into a single `bytes=start-end` range that @fastify/send 4.2 reads
 * as decideRange decided, or returns undefined when the response is the whole file, so that the
 * caller removes the header. send's own parser responds to a suffix longer than the file and
 * to an invalid range with 416, where the service worker sends 206 and 200 (RFC 9110 §14.1.2).
 */
export function normalizeRangeHeader(header: string, size: number): string | undefined {
  const decision = decideRange(header, size);
  switch (decision.kind) {
    case 'whole':
      return undefined;
    case 'partial':
      return `bytes=${decision.start}-${decision.end}`;
    case 'unsatisfiable':
      // No byte of this range exists, so send responds with 416 and `Content-Range: bytes */size`.
      return `bytes=${size}-`;
  }
}
