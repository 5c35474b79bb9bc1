import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SignClip } from '../../domain/sign-language/manifest.ts';
import { signContentUrl } from './load-manifest.ts';
import { isClipPlayable } from './clip-availability.ts';
import { reportPlaybackActivity } from './playback-activity.ts';

/** Whether the clip's video can be shown: `checking` while the offline cache is being read. */
export type ClipStatus = 'checking' | 'playable' | 'notStored' | 'failed';

export interface SignPlayer {
  video: { current: HTMLVideoElement | null };
  track: { current: HTMLTrackElement | null };
  status: ClipStatus;
  playing: boolean;
  togglePlay: () => void;
  replay: () => void;
}

/** Starts playback, showing the play button when the browser refuses (an autoplay policy). */
function startPlaying(video: HTMLVideoElement, onRefused: () => void): void {
  // jsdom returns undefined instead of a promise, as browsers from before 2017 did.
  const result = video.play() as Promise<void> | undefined;
  result?.catch(onRefused);
}

/**
 * Drives the panel's <video> for one clip. `clipId` identifies the clip and its language, and
 * the component renders the <video> with it as key, so a new clip gets a fresh element that
 * starts playing at once. Clips have no audio, so muted autoplay is allowed. While playing, the
 * player reports activity to the idle timer. A video that fails to load, or is neither online
 * nor in the cache, turns the status to `failed` or `notStored` and the panel shows its text.
 */
export function useSignPlayer(clipId: string | undefined, clip: SignClip | undefined, rate: number, captions: boolean): SignPlayer {
  const video = useRef<HTMLVideoElement>(null);
  const track = useRef<HTMLTrackElement>(null);
  // Keyed by clip, so a new clip never shows the previous one's failure, even for one render.
  const [known, setKnown] = useState<{ clipId?: string; status: ClipStatus }>({ status: 'checking' });
  let status: ClipStatus = navigator.onLine ? 'playable' : 'checking';
  if (known.clipId === clipId) status = known.status;
  const setStatus = (next: ClipStatus) =>
    setKnown((current) => (current.clipId === clipId && current.status === 'failed' ? current : { clipId, status: next }));
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    setPlaying(false);
    if (!clip) return undefined;
    let active = true;
    void isClipPlayable(clip.videos.map(signContentUrl)).then((playable) => {
      if (active) setStatus(playable ? 'playable' : 'notStored');
    });
    return () => {
      active = false;
    };
  }, [clipId]);

  useEffect(() => {
    const element = video.current;
    if (status !== 'playable' || !element) return undefined;
    const sources = element.querySelectorAll('source');
    const onPlay = () => {
      setPlaying(true);
      reportPlaybackActivity();
    };
    const onStop = () => setPlaying(false);
    const onTimeUpdate = () => {
      if (!element.paused) reportPlaybackActivity();
    };
    // A failed <source> fires its own error event, which does not bubble, so the listener
    // captures it; the clip has failed once its last source has.
    const onError = (event: Event) => {
      if (event.target === element || event.target === sources[sources.length - 1]) {
        console.warn('A sign-language clip could not be played', clipId);
        setKnown({ clipId, status: 'failed' });
      }
    };
    element.addEventListener('play', onPlay);
    element.addEventListener('pause', onStop);
    element.addEventListener('ended', onStop);
    element.addEventListener('timeupdate', onTimeUpdate);
    element.addEventListener('error', onError, true);
    element.defaultPlaybackRate = rate;
    element.playbackRate = rate;
    startPlaying(element, onStop);
    return () => {
      element.removeEventListener('play', onPlay);
      element.removeEventListener('pause', onStop);
      element.removeEventListener('ended', onStop);
      element.removeEventListener('timeupdate', onTimeUpdate);
      element.removeEventListener('error', onError, true);
    };
  }, [clipId, status]);

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    element.defaultPlaybackRate = rate;
    element.playbackRate = rate;
  }, [rate, clipId, status]);

  useEffect(() => {
    const textTrack = track.current?.track;
    if (textTrack) textTrack.mode = captions ? 'showing' : 'hidden';
  }, [captions, clipId, status]);

  const togglePlay = useCallback(() => {
    const element = video.current;
    if (!element) return;
    if (element.paused) startPlaying(element, () => setPlaying(false));
    else element.pause();
  }, []);

  const replay = useCallback(() => {
    const element = video.current;
    if (!element) return;
    element.currentTime = 0;
    startPlaying(element, () => setPlaying(false));
  }, []);

  return { video, track, status: clip ? status : 'checking', playing, togglePlay, replay };
}
