import { availableSignLanguages, type SignClip, type SignLanguage, type SignManifest } from '../../domain/sign-language/manifest.ts';
import { findSignClip } from '../../domain/sign-language/topics.ts';

/** A clip chosen for one topic of the chain: `key` is the manifest key it was found under (maybe a fallback). */
export interface ChosenClip {
  topic: string;
  key: string;
  clip: SignClip;
}

/** Returns the visitor's language when the manifest has clips in it, else the first language it has. */
export function playableLanguage(manifest: SignManifest, preferred: SignLanguage): SignLanguage | undefined {
  const languages = availableSignLanguages(manifest);
  return languages.includes(preferred) ? preferred : languages[0];
}

/** Returns the topics of the chain that have a clip, most specific first. */
export function topicsWithClips(manifest: SignManifest, language: SignLanguage, chain: readonly string[]): ChosenClip[] {
  return chain.flatMap((topic) => {
    const found = findSignClip(manifest, language, topic);
    return found ? [{ topic, ...found }] : [];
  });
}

/**
 * Returns the clip to play: the topic the visitor picked when it is still in the chain,
 * otherwise the most specific topic that has a clip. Undefined when no topic has one.
 */
export function chooseClip(options: readonly ChosenClip[], picked: string | undefined): ChosenClip | undefined {
  return options.find((option) => option.topic === picked) ?? options[0];
}

/**
 * Returns another language that has a clip for the most specific topic of the chain when
 * `language` has none, so the panel can offer it instead of only the wider topic.
 */
export function otherLanguageFor(manifest: SignManifest, language: SignLanguage, chain: readonly string[]): SignLanguage | undefined {
  const [topic] = chain;
  if (topic === undefined || findSignClip(manifest, language, topic)) return undefined;
  return availableSignLanguages(manifest).find((other) => other !== language && findSignClip(manifest, other, topic) !== undefined);
}
