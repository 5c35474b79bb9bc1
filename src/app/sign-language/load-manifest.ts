import { parseSignManifest, SIGN_LANGUAGE_BASE_PATH, SIGN_LANGUAGE_MANIFEST_PATH, type SignManifest } from '../../domain/sign-language/manifest.ts';

export type ManifestState =
  | { kind: 'ready'; manifest: SignManifest }
  /** No manifest: the deployment has no sign-language content, or the device is offline and never cached it. */
  | { kind: 'missing' }
  /** A manifest that does not parse: staff run the content checker (docs/sign-language.md). */
  | { kind: 'invalid' };

/** The URL of a path from the manifest, which is relative to the manifest's folder. */
export function signContentUrl(path: string): string {
  return `${SIGN_LANGUAGE_BASE_PATH}${path}`;
}

/**
 * Fetches and parses the manifest. The service worker responds from its sign-language cache
 * when the network does not, so this works offline once the manifest was fetched online.
 */
export async function loadSignManifest(fetchImpl: typeof fetch = fetch): Promise<ManifestState> {
  let response: Response;
  try {
    response = await fetchImpl(SIGN_LANGUAGE_MANIFEST_PATH, { headers: { accept: 'application/json' } });
  } catch {
    return { kind: 'missing' };
  }
  if (!response.ok) return { kind: 'missing' };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { kind: 'invalid' };
  }
  const parsed = parseSignManifest(json);
  if (!parsed.ok) {
    console.warn('The sign-language manifest is invalid', parsed.problems);
    return { kind: 'invalid' };
  }
  return { kind: 'ready', manifest: parsed.manifest };
}
