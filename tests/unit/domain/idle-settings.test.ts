import { describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_SETTINGS, findIdleSettingsProblems, resolveIdleSettings } from '../../../src/domain/idle-settings.ts';

describe('idle settings', () => {
  it('accepts the defaults and an empty override', () => {
    expect(findIdleSettingsProblems(DEFAULT_IDLE_SETTINGS)).toEqual([]);
    expect(findIdleSettingsProblems({})).toEqual([]);
  });

  it('accepts the shortest warning WCAG allows', () => {
    expect(findIdleSettingsProblems({ warningSeconds: 20, receiptSeconds: 21, formSeconds: 21 })).toEqual([]);
  });

  it('lists every problem at once', () => {
    expect(findIdleSettingsProblems({ formSeconds: 0, warningSeconds: 10, extra: true })).toEqual([
      'unknown key "kiosk.idle.extra" (allowed: formSeconds, receiptSeconds, warningSeconds)',
      '"kiosk.idle.formSeconds" must be a whole number of seconds from 1 to 3600, not 0',
      '"kiosk.idle.warningSeconds" must be a whole number of seconds from 20 to 3600, not 10',
    ]);
  });

  it('resolves served settings over the defaults', () => {
    expect(resolveIdleSettings({ formSeconds: 300 })).toEqual({ ...DEFAULT_IDLE_SETTINGS, formSeconds: 300 });
  });

  it('resolves a missing or invalid value to the defaults', () => {
    expect(resolveIdleSettings(undefined)).toEqual(DEFAULT_IDLE_SETTINGS);
    expect(resolveIdleSettings({ warningSeconds: 5 })).toEqual(DEFAULT_IDLE_SETTINGS);
    expect(resolveIdleSettings('120')).toEqual(DEFAULT_IDLE_SETTINGS);
  });
});
