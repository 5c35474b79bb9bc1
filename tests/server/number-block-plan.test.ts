// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBER_BLOCK_SETTINGS } from '../../src/server/deployment-config.ts';
import { blockSize, planBlockExchange } from '../../src/server/number-block-plan.ts';
import { TEST_CONFIG } from './test-server.ts';

describe('blockSize', () => {
  it.each([
    [0, 5],
    [28, 5],
    [56, 6],
    [57, 7],
    [280, 30],
    [1866, 200],
    [100_000, 200],
  ])('sizes %i numbers used in 28 days as %i', (used, size) => {
    expect(blockSize(used, DEFAULT_NUMBER_BLOCK_SETTINGS)).toBe(size);
  });
});

describe('planBlockExchange', () => {
  it('keys every offered agency and series for the current year', () => {
    const plan = planBlockExchange(new Date('2026-03-02T03:00:00Z'), TEST_CONFIG);

    expect(plan.currentYear).toBe(2026);
    expect(plan.keys).toEqual(
      ['DISKOMINFO', 'DINKES', 'KEC-CILEDUG'].flatMap((agency) => ['PI', 'KB', 'PG'].map((series) => ({ agency, series, year: 2026 }))),
    );
    expect(plan.usageSince).toBe('2026-02-02T03:00:00.000Z');
    expect(plan.at).toBe('2026-03-02T03:00:00.000Z');
  });

  it.each([
    ['15 days before in WIB', '2026-12-16T17:00:00Z', 2026, [2026]],
    ['14 days before in WIB', '2026-12-17T17:00:00Z', 2026, [2026, 2027]],
    ['the last minute of the year in WIB', '2026-12-31T16:59:00Z', 2026, [2026, 2027]],
    ['New Year in WIB, still 2026 in UTC', '2026-12-31T17:00:00Z', 2027, [2027]],
  ])('plans the years %s', (_label, instant, currentYear, years) => {
    const plan = planBlockExchange(new Date(instant), TEST_CONFIG);

    expect(plan.currentYear).toBe(currentYear);
    expect([...new Set(plan.keys.map((key) => key.year))]).toEqual(years);
  });

  it('tops up below half the block size, rounded up', () => {
    const plan = planBlockExchange(new Date('2026-03-02T03:00:00Z'), TEST_CONFIG);

    expect(plan.topUpBelow(5)).toBe(3);
    expect(plan.topUpBelow(200)).toBe(100);
  });
});
