import { useEffect, useState } from 'preact/hooks';
import { watchTopicChain } from './current-topic.ts';

/** Returns the topic chain at the visitor's focus (current-topic.ts), re-rendering when it changes. */
export function useTopicChain(): readonly string[] {
  const [chain, setChain] = useState<readonly string[]>([]);
  useEffect(() => watchTopicChain(setChain), []);
  return chain;
}
