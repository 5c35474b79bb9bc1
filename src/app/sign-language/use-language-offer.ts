import { useState } from 'preact/hooks';
import type { SignLanguage, SignManifest } from '../../domain/sign-language/manifest.ts';
import { otherLanguageFor } from './choose-clip.ts';

export interface LanguageOffer {
  /** The language whose clips play now. */
  language: SignLanguage;
  /** The visitor's language, when it has no clip for the most specific topic. */
  missing: SignLanguage | undefined;
  /** The language that has that clip, offered in its place. */
  other: SignLanguage | undefined;
  /** Whether the other language plays now because the visitor asked for it. */
  borrowing: boolean;
  borrow: () => void;
  giveBack: () => void;
}

/**
 * Keeps the choice between the visitor's sign language and another one that has a clip for the
 * most specific topic. The panel plays the visitor's language (a wider topic) until the visitor
 * asks for the other one, and that request holds only for the chain it was made in: each focus
 * move makes a new chain array.
 */
export function useLanguageOffer(manifest: SignManifest, preferred: SignLanguage, chain: readonly string[]): LanguageOffer {
  const [borrowedFor, setBorrowedFor] = useState<readonly string[]>();
  const other = otherLanguageFor(manifest, preferred, chain);
  const borrowing = other !== undefined && borrowedFor === chain;
  return {
    language: borrowing ? other : preferred,
    missing: other === undefined ? undefined : preferred,
    other,
    borrowing,
    borrow: () => setBorrowedFor(chain),
    giveBack: () => setBorrowedFor(undefined),
  };
}
