// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { effectiveReceipt } from '../../src/server/effective-receipt.ts';

const arrival = new Date('2026-03-02T03:00:00.000Z');

describe('effectiveReceipt', () => {
  it.each([
    ['a capture 45 minutes earlier, with an offset', '2026-03-02T09:15:00+07:00', '2026-03-02T02:15:00.000Z'],
    ['a capture exactly 60 days earlier', '2026-01-01T03:00:00.000Z', '2026-01-01T03:00:00.000Z'],
    ['a capture exactly 5 minutes later', '2026-03-02T03:05:00.000Z', '2026-03-02T03:05:00.000Z'],
    ['a capture at the arrival', '2026-03-02T03:00:00Z', '2026-03-02T03:00:00.000Z'],
  ])('keeps %s', (_label, capturedAt, receivedAt) => {
    expect(effectiveReceipt(capturedAt, arrival)).toEqual({ receivedAt, arrivedAt: '2026-03-02T03:00:00.000Z' });
  });

  it.each([
    ['60 days and a millisecond earlier', '2026-01-01T02:59:59.999Z'],
    ['5 minutes and a millisecond later', '2026-03-02T03:05:00.001Z'],
    ['a clock reset to 1970', '1970-01-01T00:00:00Z'],
    ['a clock a year ahead', '2027-03-02T03:00:00Z'],
  ])('takes the arrival for a capture %s', (_label, capturedAt) => {
    expect(effectiveReceipt(capturedAt, arrival)).toEqual({ receivedAt: '2026-03-02T03:00:00.000Z', arrivedAt: '2026-03-02T03:00:00.000Z' });
  });

  it.each([
    // The device clock runs three days slow: at sending it reads three days before the arrival.
    ['three days slow', '2026-02-27T02:15:00.000Z', '2026-02-27T03:00:00.000Z', '2026-03-02T02:15:00.000Z'],
    // Three days fast: a capture "in the future" is brought back to the real moment.
    ['three days fast', '2026-03-05T02:15:00.000Z', '2026-03-05T03:00:00.000Z', '2026-03-02T02:15:00.000Z'],
    // A year behind, offline for two days: corrected to two days before the arrival.
    ['a year slow', '2025-02-28T03:00:00.000Z', '2025-03-02T03:00:00.000Z', '2026-02-28T03:00:00.000Z'],
  ])('corrects a clock %s by its reading at sending', (_label, capturedAt, deviceTime, receivedAt) => {
    expect(effectiveReceipt(capturedAt, arrival, deviceTime)).toEqual({ receivedAt, arrivedAt: '2026-03-02T03:00:00.000Z' });
  });

  it('ignores a difference within network delay and drift', () => {
    const deviceTime = '2026-03-02T03:01:30.000Z';

    expect(effectiveReceipt('2026-03-02T02:15:00.000Z', arrival, deviceTime).receivedAt).toBe('2026-03-02T02:15:00.000Z');
  });
});
