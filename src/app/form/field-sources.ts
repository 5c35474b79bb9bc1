import { localDateIn } from '../../domain/calendar/working-days.ts';
import type { Agency, ComplaintCategory, District, KioskConfig } from '../../domain/config.ts';

/**
 * The parts of the deployment's configuration that fields use: the option lists behind the option
 * sources of src/domain/forms/types.ts, and today's date for date fields.
 */
export interface FieldSources {
  /** The PPIDs a visitor may choose: screens with fields pass the offered ones, summaries all of them for names. */
  agencies: readonly Agency[];
  /** Kecamatan with their kelurahan. */
  districts: readonly District[];
  complaintCategories: readonly ComplaintCategory[];
  /** Today in the agency's time zone (YYYY-MM-DD): the latest date a date field offers. */
  today?: string;
}

/** Returns the sources a form screen uses, with `agencies` as given (the offered ones, or all for summaries). */
export function fieldSourcesFrom(config: KioskConfig, agencies: readonly Agency[], now: Date = new Date()): FieldSources {
  return {
    agencies,
    // A configuration cached by an older server version has neither list.
    districts: config.districts ?? [],
    complaintCategories: config.complaintCategories ?? [],
    today: localDateIn(now, config.timeZone),
  };
}
