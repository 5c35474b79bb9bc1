/**
 * The holiday calendar as data. Each year is one file, taken from the joint decree of the
 * Minister of Religious Affairs, the Minister of Manpower and the Minister for Administrative
 * Reform (SKB 3 Menteri) on national holidays (libur nasional) and collective leave (cuti
 * bersama). Government offices close on both, so neither counts as a working day.
 */
export type HolidayKind = 'libur' | 'cutiBersama';

export interface Holiday {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  kind: HolidayKind;
  /** Name as the decree gives it, in Indonesian. */
  name: string;
  /** Remark on an uncertain date, such as an expected date that the decree has not fixed yet. */
  note?: string;
}

export interface HolidayCalendarYear {
  year: number;
  /**
   * False until someone has checked the file against the decree. Deadlines that run through
   * an unconfirmed year are shown as estimates, as are deadlines through a missing year.
   */
  confirmed: boolean;
  /** The decree the dates come from, or a note on where they came from. */
  source: string;
  holidays: Holiday[];
}

/** A deadline date and whether it rests on a confirmed calendar for every day it spans. */
export interface DeadlineDate {
  /** Local calendar date in the agency's time zone, YYYY-MM-DD. */
  date: string;
  /** True when a year in the span has no calendar, or an unconfirmed one. */
  estimate: boolean;
}
