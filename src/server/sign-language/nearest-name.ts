import { closest, distance } from 'fastest-levenshtein';

/**
 * Returns the maximum edit distance at which a known name is offered as the meant one: two
 * typing slips, or more in a long name, where a quarter of the characters may differ.
 */
function maxSuggestionDistance(name: string): number {
  return Math.max(2, Math.floor(name.length / 4));
}

/** Returns the known name nearest to `name` when it is close enough to be a misspelling of it. */
export function nearestName(name: string, known: Iterable<string>): string | undefined {
  const candidates = [...known];
  if (candidates.length === 0) return undefined;
  const candidate = closest(name, candidates);
  return distance(name, candidate) <= maxSuggestionDistance(name) ? candidate : undefined;
}
