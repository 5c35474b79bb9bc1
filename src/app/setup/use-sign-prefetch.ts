import { useEffect, useRef, useState } from 'preact/hooks';
import { availableSignLanguages, type SignLanguage } from '../../domain/sign-language/manifest.ts';
import { loadSignManifest, type ManifestState } from '../sign-language/load-manifest.ts';
import {
  prefetchSignLanguage,
  signLanguageCacheUsage,
  type PrefetchProgress,
  type PrefetchResult,
} from '../sign-language/prefetch-sign-language.ts';

export type PrefetchRun =
  | { state: 'idle' }
  | { state: 'running'; progress: PrefetchProgress }
  /** `progress` is where the run ended. */
  | { state: 'done'; progress: PrefetchProgress; result: PrefetchResult };

export interface SignPrefetch {
  manifest: ManifestState | { kind: 'loading' };
  /** Languages the manifest has clips for, in display order. */
  languages: SignLanguage[];
  chosen: SignLanguage[];
  setChosen: (languages: SignLanguage[]) => void;
  run: PrefetchRun;
  /** Files and bytes in the sign-language cache, measured at the start and after each run. */
  usage: { files: number; bytes: number } | undefined;
  start: () => Promise<PrefetchResult | undefined>;
  cancel: () => void;
}

/** Keeps the state of the setup screen's sign-language section: the manifest, the choice of languages and the download. */
export function useSignPrefetch(): SignPrefetch {
  const [manifest, setManifest] = useState<SignPrefetch['manifest']>({ kind: 'loading' });
  const [chosen, setChosen] = useState<SignLanguage[]>([]);
  const [run, setRun] = useState<PrefetchRun>({ state: 'idle' });
  const [usage, setUsage] = useState<SignPrefetch['usage']>();
  const controller = useRef<AbortController | undefined>(undefined);

  const measure = () =>
    signLanguageCacheUsage().then(setUsage, (error: unknown) => console.warn('Measuring the sign-language cache failed', error));

  useEffect(() => {
    let current = true;
    void loadSignManifest().then((state) => {
      if (!current) return;
      setManifest(state);
      if (state.kind === 'ready') setChosen(availableSignLanguages(state.manifest));
    });
    void measure();
    return () => {
      current = false;
      controller.current?.abort();
    };
  }, []);

  const languages = manifest.kind === 'ready' ? availableSignLanguages(manifest.manifest) : [];

  const start = async () => {
    if (manifest.kind !== 'ready' || run.state === 'running' || chosen.length === 0) return undefined;
    const abort = new AbortController();
    controller.current = abort;
    let progress: PrefetchProgress = { done: 0, total: 0, bytes: 0 };
    setRun({ state: 'running', progress });
    const result = await prefetchSignLanguage({
      manifest: manifest.manifest,
      languages: chosen,
      signal: abort.signal,
      onProgress: (next) => {
        progress = next;
        if (!abort.signal.aborted) setRun({ state: 'running', progress: next });
      },
    });
    controller.current = undefined;
    // Measured before the result shows, so the result never sits beside the old figure.
    await measure();
    setRun({ state: 'done', progress, result });
    return result;
  };

  return { manifest, languages, chosen, setChosen, run, usage, start, cancel: () => controller.current?.abort() };
}
