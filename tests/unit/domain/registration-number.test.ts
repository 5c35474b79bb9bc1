import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REGISTRATION_PATTERN,
  formatRegistrationNumber,
  validateRegistrationPattern,
  type RegistrationParts,
} from '../../../src/domain/registration-number.ts';

const parts: RegistrationParts = { seq: 1, agency: 'DINKES', series: 'PI', year: 2026 };

describe('formatRegistrationNumber', () => {
  it('fills default pattern', () => {
    expect(formatRegistrationNumber(DEFAULT_REGISTRATION_PATTERN, parts)).toBe('1/PPID/DINKES/PI/2026');
  });

  it.each([
    [1, '0001'],
    [42, '0042'],
    [9999, '9999'],
    [12345, '12345'],
  ])('pads sequence %i to four', (seq, expected) => {
    const number = formatRegistrationNumber('{seq:4}/PPID/{agency}/{series}/{year}', { ...parts, seq });

    expect(number).toBe(`${expected}/PPID/DINKES/PI/2026`);
  });

  it('fills repeated placeholders', () => {
    expect(formatRegistrationNumber('{series}-{seq}-{series}', parts)).toBe('PI-1-PI');
  });

  it('keeps unknown placeholders', () => {
    expect(formatRegistrationNumber('{seq}/{month}/{year}', parts)).toBe('1/{month}/2026');
  });

  it('inserts dollar signs literally', () => {
    expect(formatRegistrationNumber('{agency}', { ...parts, agency: '$&$1' })).toBe('$&$1');
  });
});

describe('validateRegistrationPattern', () => {
  it.each([
    ['default', DEFAULT_REGISTRATION_PATTERN],
    ['padded sequence', '{seq:4}/PPID/{agency}/{series}/{year}'],
    ['another order', '{year}.{agency}.{series}.{seq:6}'],
  ])('accepts %s pattern', (_label, pattern) => {
    expect(validateRegistrationPattern(pattern)).toEqual([]);
  });

  it.each([
    ['seq', '{agency}/{series}/{year}'],
    ['agency', '{seq}/PPID/{series}/{year}'],
    ['series', '{seq}/PPID/{agency}/PI/{year}'],
    ['year', '{seq}/PPID/{agency}/{series}'],
  ])('reports missing %s', (name, pattern) => {
    expect(validateRegistrationPattern(pattern)).toEqual([`Registration pattern "${pattern}" lacks {${name}}`]);
  });

  it('reports every missing part', () => {
    expect(validateRegistrationPattern('PPID')).toHaveLength(4);
  });

  it('rejects misspelled placeholder', () => {
    const errors = validateRegistrationPattern('{sequence}/PPID/{agency}/{series}/{year}');

    expect(errors).toEqual(['Registration pattern "{sequence}/PPID/{agency}/{series}/{year}" lacks {seq}']);
  });
});
