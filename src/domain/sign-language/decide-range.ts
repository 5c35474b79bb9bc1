import { parse as parseRange } from 'range-parser';

/** How to respond to a request's Range header from a whole file (RFC 9110, sections 14.1.2 and 15.5.17). */
export type RangeDecision =
  /** No Range header, or one that is invalid or requests several ranges: 200 with the whole file. */
  | { kind: 'whole' }
  /** 206 with bytes `start` to `end`, both inclusive. */
  | { kind: 'partial'; start: number; end: number }
  /** 416 with `Content-Range: bytes *\/size`: the range starts at or past the end of the file. */
  | { kind: 'unsatisfiable' };

/**
 * Decides the response to `header` for a file of `size` bytes, parsed by range-parser. A server may
 * ignore a Range header it does not support or cannot parse, so another unit, a bad syntax (a
 * last byte before the first included) and a multi-range request get the whole file. A last
 * byte past the end is cut to the end, and a suffix longer than the file gets the whole file as
 * one range. The intake server and the service worker both decide with this function, so a clip
 * gets the same response online and offline.
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
