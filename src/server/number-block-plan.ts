import { localDateIn } from '../domain/calendar/working-days.ts';
import { offeredAgencies } from '../domain/config.ts';
import { formDefinitions } from '../domain/forms/registry.ts';
import { calendarYearIn } from './calendar-year.ts';
import type { DeploymentConfig, NumberBlockSettings } from './deployment-config.ts';
import type { BlockKey, BlockPlan } from './storage/device-store.ts';

const DAY_MS = 86_400_000;

/**
 * Builds the plan of a block exchange at `now`: which agency, series and year a device keeps
 * numbers for, and how large its blocks are. Every agency still offered and every form series
 * get a key for the current year in the deployment's time zone. From `nextYearFromDays` days
 * before 1 January they get one for the next year too, so a device offline over New Year can
 * still number requests.
 */
export function planBlockExchange(now: Date, config: DeploymentConfig): BlockPlan {
  const settings = config.numberBlocks;
  const currentYear = calendarYearIn(config.timeZone, now);
  const years = [currentYear];
  if (daysUntilNewYear(now, config.timeZone, currentYear) <= settings.nextYearFromDays) years.push(currentYear + 1);

  const series = [...new Set(Object.values(formDefinitions).map((definition) => definition.series))];
  const keys: BlockKey[] = [];
  for (const agency of offeredAgencies(config)) {
    for (const formSeries of series) {
      for (const year of years) keys.push({ agency: agency.code, series: formSeries, year });
    }
  }

  return {
    at: now.toISOString(),
    currentYear,
    keys,
    usageSince: new Date(now.getTime() - settings.usageWindowDays * DAY_MS).toISOString(),
    blockSize: (usedInWindow) => blockSize(usedInWindow, settings),
    topUpBelow: (size) => Math.ceil(size * settings.topUpFraction),
  };
}

/**
 * Returns the size of a new block: `coverDays` days of the device's daily use over the usage
 * window, rounded up and kept within [minSize, maxSize].
 */
export function blockSize(usedInWindow: number, settings: NumberBlockSettings): number {
  // Multiplying before dividing keeps whole results whole: 28 used in 28 days for 3 days is 3, not 3.0000000000000004.
  const cover = Math.ceil((usedInWindow * settings.coverDays) / settings.usageWindowDays);
  return Math.min(settings.maxSize, Math.max(settings.minSize, cover));
}

/** Whole local calendar days from the local date of `now` to 1 January of the next year: 1 on 31 December. */
function daysUntilNewYear(now: Date, timeZone: string, currentYear: number): number {
  const today = Date.parse(`${localDateIn(now, timeZone)}T00:00:00Z`);
  const newYear = Date.UTC(currentYear + 1, 0, 1);
  return Math.round((newYear - today) / DAY_MS);
}
