/**
 * The kiosk's idle reset, as `kiosk.idle` in config/loket.json. A kiosk left untouched for
 * `formSeconds` (on a form) or `receiptSeconds` (on a receipt or the list of receipts)
 * returns to its attract screen and clears the visitor's state. The warning shows `warningSeconds`
 * before that, so the visible quiet time before the warning is the difference.
 */
export interface IdleSettings {
  formSeconds: number;
  receiptSeconds: number;
  warningSeconds: number;
}

export const DEFAULT_IDLE_SETTINGS: IdleSettings = {
  formSeconds: 120,
  receiptSeconds: 60,
  warningSeconds: 30,
};

/** WCAG 2.2.1 (Timing Adjustable) requires a warning at least 20 seconds before a time limit. */
export const MIN_WARNING_SECONDS = 20;

/**
 * Upper bound for every setting. A longer time would leave the answers of a visitor who
 * walked away on screen for the next person, which the reset exists to prevent.
 */
export const MAX_IDLE_SECONDS = 3600;

const IDLE_KEYS = Object.keys(DEFAULT_IDLE_SETTINGS) as (keyof IdleSettings)[];

/**
 * Lists what is wrong with a partial override of DEFAULT_IDLE_SETTINGS, with the defaults
 * filling the keys it leaves out. `path` prefixes the key names in the messages.
 */
export function findIdleSettingsProblems(value: unknown, path = 'kiosk.idle'): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`"${path}" must be an object`];

  const override = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(override)) {
    if (!(IDLE_KEYS as string[]).includes(key)) problems.push(`unknown key "${path}.${key}" (allowed: ${IDLE_KEYS.join(', ')})`);
  }
  for (const key of IDLE_KEYS) {
    const setting = override[key];
    if (setting === undefined) continue;
    const minimum = key === 'warningSeconds' ? MIN_WARNING_SECONDS : 1;
    if (!Number.isSafeInteger(setting) || (setting as number) < minimum || (setting as number) > MAX_IDLE_SECONDS) {
      problems.push(`"${path}.${key}" must be a whole number of seconds from ${minimum} to ${MAX_IDLE_SECONDS}, not ${JSON.stringify(setting)}`);
    }
  }
  if (problems.length > 0) return problems;

  const settings = { ...DEFAULT_IDLE_SETTINGS, ...(override as Partial<IdleSettings>) };
  for (const key of ['formSeconds', 'receiptSeconds'] as const) {
    if (settings[key] <= settings.warningSeconds) {
      problems.push(
        `"${path}.${key}" ${settings[key]} must be greater than "${path}.warningSeconds" ${settings.warningSeconds}, ` +
          'because the warning shows that many seconds before the reset (defaults fill whichever is not set)',
      );
    }
  }
  return problems;
}

/**
 * Returns the settings a device uses: the served ones when valid, otherwise the defaults. A
 * configuration cached by an older version of the server has no `kiosk` key at all.
 */
export function resolveIdleSettings(value: unknown): IdleSettings {
  if (value === undefined || findIdleSettingsProblems(value).length > 0) return { ...DEFAULT_IDLE_SETTINGS };
  return { ...DEFAULT_IDLE_SETTINGS, ...(value as Partial<IdleSettings>) };
}
