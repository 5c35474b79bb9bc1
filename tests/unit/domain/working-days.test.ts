import { describe, expect, it } from 'vitest';
import calendar2026File from '../../../config/calendar/2026.json';
import calendar2027File from '../../../config/calendar/2027.json';
import type { HolidayCalendarYear } from '../../../src/domain/calendar/holiday-calendar.ts';
import { addWorkingDays, answerDeadlines, localDateIn } from '../../../src/domain/calendar/working-days.ts';
import type { DeadlineRule } from '../../../src/domain/forms/types.ts';

// The shipped calendars: 2026 is confirmed against the decree, 2027 is not.
const calendar2026 = calendar2026File as HolidayCalendarYear;
const calendar2027 = calendar2027File as HolidayCalendarYear;
const SHIPPED = [calendar2026, calendar2027];

/** A 2027 that someone has checked: only New Year, so the counts below are easy to follow. */
const CONFIRMED_2027: HolidayCalendarYear = {
  year: 2027,
  confirmed: true,
  source: 'Test fixture',
  holidays: [{ date: '2027-01-01', kind: 'libur', name: 'Tahun Baru 2027 Masehi' }],
};

const INFORMATION_REQUEST: DeadlineRule = { answerWorkingDays: 10, extensionWorkingDays: 7 };
const OBJECTION: DeadlineRule = { answerWorkingDays: 30, extensionWorkingDays: 0 };
const WIB = 'Asia/Jakarta';

describe('answerDeadlines', () => {
  it.each([
    // Receipt day, then the count: the receipt day itself is never counted.
    ['Tuesday before the Idul Fitri week', '2026-03-17T03:00:00Z', '2026-04-08', '2026-04-17'],
    ['Monday with two plain weeks ahead', '2026-03-02T03:00:00Z', '2026-03-16', '2026-04-01'],
    ['Saturday, counted from Monday', '2026-03-07T03:00:00Z', '2026-03-27', '2026-04-08'],
    ['Friday before that Saturday', '2026-03-06T03:00:00Z', '2026-03-27', '2026-04-08'],
    ['Idul Adha, a holiday', '2026-05-27T03:00:00Z', '2026-06-12', '2026-06-24'],
    ['Proklamasi on 17 August', '2026-08-17T03:00:00Z', '2026-09-01', '2026-09-10'],
  ])('counts from a capture on %s', (_case, receivedAt, due, extendedDue) => {
    const deadlines = answerDeadlines(receivedAt, WIB, INFORMATION_REQUEST, SHIPPED);

    expect(deadlines.due).toEqual({ date: due, estimate: false });
    expect(deadlines.extendedDue).toEqual({ date: extendedDue, estimate: false });
  });

  it('uses the WIB date at 23:30 and at 00:30', () => {
    // Both instants fall on 16 March in UTC. In WIB the second is already 17 March.
    const lateEvening = answerDeadlines('2026-03-16T16:30:00Z', WIB, INFORMATION_REQUEST, SHIPPED);
    const afterMidnight = answerDeadlines('2026-03-16T17:30:00Z', WIB, INFORMATION_REQUEST, SHIPPED);

    expect(lateEvening.due.date).toBe('2026-04-07');
    expect(afterMidnight.due.date).toBe('2026-04-08');
  });

  it('uses the agency zone for a WITA device', () => {
    // 00:30 on 17 March on a device in WITA is still 23:30 on 16 March in WIB.
    const capturedInWita = '2026-03-17T00:30:00+08:00';

    expect(answerDeadlines(capturedInWita, WIB, INFORMATION_REQUEST, SHIPPED).due.date).toBe('2026-04-07');
    expect(answerDeadlines(capturedInWita, 'Asia/Makassar', INFORMATION_REQUEST, SHIPPED).due.date).toBe('2026-04-08');
  });

  it('estimates a deadline into unconfirmed 2027', () => {
    // 24 and 25 December 2026 and 1 January are days off. 5 January 2027 is an expected Isra Mikraj.
    const deadlines = answerDeadlines('2026-12-21T03:00:00Z', WIB, INFORMATION_REQUEST, SHIPPED);

    expect(deadlines.due).toEqual({ date: '2027-01-08', estimate: true });
    expect(deadlines.extendedDue.estimate).toBe(true);
  });

  it('is exact into a confirmed 2027', () => {
    const deadlines = answerDeadlines('2026-12-21T03:00:00Z', WIB, INFORMATION_REQUEST, [calendar2026, CONFIRMED_2027]);

    expect(deadlines.due).toEqual({ date: '2027-01-07', estimate: false });
    expect(deadlines.extendedDue).toEqual({ date: '2027-01-18', estimate: false });
  });

  it('estimates only the extension that crosses the year', () => {
    const deadlines = answerDeadlines('2026-12-10T03:00:00Z', WIB, INFORMATION_REQUEST, SHIPPED);

    expect(deadlines.due).toEqual({ date: '2026-12-28', estimate: false });
    expect(deadlines.extendedDue).toEqual({ date: '2027-01-08', estimate: true });
  });

  it('keeps the deadline for a rule without extension', () => {
    const deadlines = answerDeadlines('2026-02-02T03:00:00Z', WIB, OBJECTION, SHIPPED);

    expect(deadlines.due).toEqual({ date: '2026-03-25', estimate: false });
    expect(deadlines.extendedDue).toEqual(deadlines.due);
  });

  it('rejects an instant without an offset', () => {
    // Read in the runtime's own zone, such a string would move late-night captures by a day.
    expect(() => answerDeadlines('2026-03-16T23:30:00', WIB, INFORMATION_REQUEST, SHIPPED)).toThrow(RangeError);
    expect(() => answerDeadlines('2026-03-16', WIB, INFORMATION_REQUEST, SHIPPED)).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('counts 30 working days across Imlek and Idul Fitri', () => {
    expect(addWorkingDays('2026-02-02', 30, SHIPPED)).toEqual({ date: '2026-03-25', estimate: false });
  });

  it('skips only weekends without a calendar', () => {
    expect(addWorkingDays('2026-03-17', 10, [])).toEqual({ date: '2026-03-31', estimate: true });
  });

  it('estimates a span with days in a missing year', () => {
    // 30 and 31 December 2025 count, and without a 2025 calendar nobody can tell whether they are days off.
    expect(addWorkingDays('2025-12-29', 10, SHIPPED)).toEqual({ date: '2026-01-13', estimate: true });
  });

  it('estimates a year after the last calendar', () => {
    expect(addWorkingDays('2028-03-01', 10, SHIPPED)).toEqual({ date: '2028-03-15', estimate: true });
  });

  it('does not need the start year', () => {
    // Receipt on 31 December 2025 counts only days of 2026, which is confirmed.
    expect(addWorkingDays('2025-12-31', 1, SHIPPED)).toEqual({ date: '2026-01-02', estimate: false });
  });

  it('returns the start date for zero days', () => {
    expect(addWorkingDays('2026-03-21', 0, SHIPPED)).toEqual({ date: '2026-03-21', estimate: false });
  });

  it('crosses a leap day', () => {
    expect(addWorkingDays('2028-02-28', 1, [])).toEqual({ date: '2028-02-29', estimate: true });
  });

  it.each([
    ['impossible date', '2026-02-30', 10],
    ['date with slashes', '2026/03/17', 10],
    ['negative count', '2026-03-17', -1],
    ['fractional count', '2026-03-17', 1.5],
    ['NaN count', '2026-03-17', Number.NaN],
  ])('rejects a %s', (_case, startDate, workingDays) => {
    expect(() => addWorkingDays(startDate, workingDays, SHIPPED)).toThrow(RangeError);
  });
});

describe('localDateIn', () => {
  it.each([
    ['WIB', '2026-12-31T16:59:59Z', WIB, '2026-12-31'],
    ['WIB after midnight', '2026-12-31T17:00:00Z', WIB, '2027-01-01'],
    ['WIT', '2026-12-31T15:00:00Z', 'Asia/Jayapura', '2027-01-01'],
    ['an offset instant', '2026-03-17T00:30:00+08:00', WIB, '2026-03-16'],
  ])('gives the local date in %s', (_case, instant, timeZone, expected) => {
    expect(localDateIn(instant, timeZone)).toBe(expected);
  });

  it('accepts a Date', () => {
    expect(localDateIn(new Date('2026-03-16T17:30:00Z'), WIB)).toBe('2026-03-17');
  });

  it('rejects an unknown zone and an invalid Date', () => {
    expect(() => localDateIn('2026-03-16T17:30:00Z', 'Asia/Tangerang')).toThrow(RangeError);
    expect(() => localDateIn(new Date(Number.NaN), WIB)).toThrow(RangeError);
  });
});
