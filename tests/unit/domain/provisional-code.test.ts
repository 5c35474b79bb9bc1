import { describe, expect, it } from 'vitest';
import { PROVISIONAL_ALPHABET, createProvisionalCode, isProvisionalCode } from '../../../src/domain/provisional-code.ts';

type RandomSource = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array;

const CODE_FORMAT = new RegExp(`^[${PROVISIONAL_ALPHABET}]{4}-[${PROVISIONAL_ALPHABET}]{4}$`);

/** Returns a seeded random source (mulberry32), so the distribution test gives the same result every run. */
function seededRandom(seed: number): RandomSource {
  let state = seed;
  return (bytes) => {
    for (let index = 0; index < bytes.length; index++) {
      state = (state + 0x6d2b79f5) | 0;
      let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
      mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
      bytes[index] = (mixed ^ (mixed >>> 14)) & 0xff;
    }
    return bytes;
  };
}

/** Returns a random source that fills each request from the next batch, then with zeros. */
function scriptedRandom(...batches: number[][]): RandomSource {
  return (bytes) => {
    bytes.fill(0);
    bytes.set((batches.shift() ?? []).slice(0, bytes.length));
    return bytes;
  };
}

describe('PROVISIONAL_ALPHABET', () => {
  it.each([...'0OQD1ILJ2Z5S8BUVG'])('excludes look-alike %s', (character) => {
    expect(PROVISIONAL_ALPHABET).not.toContain(character);
  });

  it('has 19 characters', () => {
    // The server's tracking codes draw from the same alphabet and size their strength on 19^8.
    expect(PROVISIONAL_ALPHABET).toHaveLength(19);
  });

  it('has no repeated characters', () => {
    expect(new Set(PROVISIONAL_ALPHABET).size).toBe(PROVISIONAL_ALPHABET.length);
  });

  it('has only capitals and digits', () => {
    expect(PROVISIONAL_ALPHABET).toMatch(/^[A-Z0-9]+$/);
  });
});

describe('createProvisionalCode', () => {
  it('formats two groups of four', () => {
    for (let sample = 0; sample < 500; sample++) {
      const code = createProvisionalCode();
      expect(code).toMatch(CODE_FORMAT);
    }
  });

  it('varies between calls', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => createProvisionalCode()));

    // 19^8 is about 1.7e10 codes, so a repeat among 1000 samples has odds of about 3 in 100,000.
    expect(codes.size).toBeGreaterThanOrEqual(999);
  });

  it('maps bytes into alphabet', () => {
    const code = createProvisionalCode(scriptedRandom([0, 1, 2, 3, 4, 5, 6, 7]));

    expect(code).toBe(`${PROVISIONAL_ALPHABET.slice(0, 4)}-${PROVISIONAL_ALPHABET.slice(4, 8)}`);
  });

  it('skips bytes above limit', () => {
    // 256 is not a multiple of 19, so bytes 247 to 255 would favour the first 9 characters.
    const code = createProvisionalCode(scriptedRandom([247, 248, 249, 250, 251, 252, 253, 254], [255, 246, 19, 38, 18, 0, 1, 2, 3]));
    const alphabet = PROVISIONAL_ALPHABET;

    expect(code).toBe(`${alphabet[18]}${alphabet[0]}${alphabet[0]}${alphabet[18]}-${alphabet[0]}${alphabet[1]}${alphabet[2]}${alphabet[0]}`);
  });

  it('maps accepted bytes uniformly', () => {
    const counts = new Map<string, number>();
    let rejected = 0;
    for (let byte = 0; byte < 256; byte++) {
      // The first batch repeats one byte; if it is rejected, the zeros of the next batch give 'A'.
      const first = createProvisionalCode(scriptedRandom(Array(8).fill(byte)))[0] ?? '';
      if (byte >= 247) {
        rejected++;
        continue;
      }
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }

    expect(rejected).toBe(9);
    expect(counts.size).toBe(PROVISIONAL_ALPHABET.length);
    for (const [character, count] of counts) expect(count, character).toBe(13);
  });

  it('spreads characters evenly', () => {
    const random = seededRandom(20260101);
    const counts = new Map<string, number>([...PROVISIONAL_ALPHABET].map((character) => [character, 0]));
    const samples = 2000;
    for (let sample = 0; sample < samples; sample++) {
      for (const character of createProvisionalCode(random).replace('-', '')) {
        counts.set(character, (counts.get(character) ?? 0) + 1);
      }
    }

    // Pearson's chi-squared test with 18 degrees of freedom: 42.31 is the critical value at
    // p = 0.001, so a fair generator stays below it and a bias of a few percent does not.
    const expected = (samples * 8) / PROVISIONAL_ALPHABET.length;
    const chiSquared = [...counts.values()].reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);

    expect(counts.size).toBe(PROVISIONAL_ALPHABET.length);
    expect(chiSquared).toBeLessThan(42.31);
  });
});

describe('isProvisionalCode', () => {
  it('accepts generated code', () => {
    expect(isProvisionalCode(createProvisionalCode())).toBe(true);
  });

  it('accepts K7MX-3PAT', () => {
    expect(isProvisionalCode('K7MX-3PAT')).toBe(true);
  });

  it.each([
    ['lowercase', 'k7mx-3pat'],
    ['no dash', 'K7MX3PAT'],
    ['space for dash', 'K7MX 3PAT'],
    ['zero', 'K7MX-3PA0'],
    ['letter O', 'K7MX-3PAO'],
    ['letter I', 'K7MX-3PAI'],
    ['three and five', 'K7M-X3PAT'],
    ['too short', 'K7MX-3PA'],
    ['too long', 'K7MX-3PATA'],
    ['leading space', ' K7MX-3PAT'],
    ['trailing newline', 'K7MX-3PAT\n'],
    ['empty input', ''],
  ])('rejects %s', (_label, text) => {
    expect(isProvisionalCode(text)).toBe(false);
  });
});
