import { useEffect, useState } from 'preact/hooks';
import { watchTopicChain } from './current-topic.ts';

/**
 * Returns the topic chain at the visitor's focus (current-topic.ts), re-rendering when it
 * changes. Each change gives a new array, so a caller can tell two visits to one field apart.
 */
export function useTopicChain(): readonly string[] {
  const [chain, setChain] = useState<readonly string[]>([]);
  useEffect(() => watchTopicChain(setChain), []);
  return chain;
}
