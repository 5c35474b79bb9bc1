import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { formatDateTime } from '../../src/app/receipt/format-date-time.ts';

const wib = { timeZone: 'Asia/Jakarta', timeZoneLabel: 'WIB' };
const wit = { timeZone: 'Asia/Jayapura', timeZoneLabel: 'WIT' };

describe('formatDateTime', () => {
  beforeAll(() => initI18n());

  it('formats Indonesian in WIB', () => {
    expect(formatDateTime('2026-12-04T12:53:00Z', wib, 'id', i18n.getFixedT('id'))).toBe('4 Desember 2026 19.53 WIB');
  });

  it('formats English in WIB', () => {
    expect(formatDateTime('2026-12-04T12:53:00Z', wib, 'en', i18n.getFixedT('en'))).toBe('4 December 2026 19:53 WIB');
  });

  it('uses the agency day, not UTC', () => {
    // 17:30 UTC on 4 December is 00:30 on 5 December in Jakarta.
    expect(formatDateTime('2026-12-04T17:30:00Z', wib, 'id', i18n.getFixedT('id'))).toBe('5 Desember 2026 00.30 WIB');
  });

  it('uses the configured zone', () => {
    expect(formatDateTime('2026-12-04T12:53:00Z', wit, 'id', i18n.getFixedT('id'))).toBe('4 Desember 2026 21.53 WIT');
  });
});
