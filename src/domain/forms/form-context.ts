import { localDateIn } from '../calendar/working-days.ts';
import type { Agency, KioskConfig } from '../config.ts';
import type { FormContext } from './engine.ts';

/**
 * Builds the engine's context from the deployment's configuration. Devices pass the agencies
 * they offer (not retired). The server passes all of them, because a device may have queued a
 * submission offline before its agency retired.
 *
 * The server also passes `todaySlackDays` of 1, so that a complaint about today from a device
 * whose clock runs ahead is not rejected on arrival.
 */
export function formContextFrom(
  config: Pick<KioskConfig, 'timeZone' | 'districts' | 'complaintCategories'>,
  agencies: readonly Agency[],
  now: Date,
  todaySlackDays = 0,
): FormContext {
  return {
    agencyCodes: agencies.map((agency) => agency.code),
    districts: config.districts ?? [],
    complaintCategoryCodes: (config.complaintCategories ?? []).map((category) => category.code),
    today: localDateIn(new Date(now.getTime() + todaySlackDays * 86_400_000), config.timeZone),
  };
}
