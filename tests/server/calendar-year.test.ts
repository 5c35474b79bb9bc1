// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { calendarYearIn } from '../../src/server/calendar-year.ts';

describe('calendarYearIn', () => {
  it('uses the local year at the turn of the year', () => {
    expect(calendarYearIn('Asia/Jakarta', new Date('2026-12-31T16:59:59Z'))).toBe(2026);
    expect(calendarYearIn('Asia/Jakarta', new Date('2026-12-31T17:00:00Z'))).toBe(2027);
    expect(calendarYearIn('Asia/Jayapura', new Date('2026-12-31T15:00:00Z'))).toBe(2027);
    expect(calendarYearIn('UTC', new Date('2026-12-31T17:00:00Z'))).toBe(2026);
  });
});
