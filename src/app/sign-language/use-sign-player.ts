import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SignClip } from '../../domain/sign-language/manifest.ts';
import { reportActivity } from '../session/activity.ts';
import { signContentUrl } from './load-manifest.ts';
import { isClipPlayable } from './clip-availability.ts';

/** Whether the clip's video can be shown: `checking` while the offline cache is being read. */
export type ClipStatus = 'checking' | 'playable' | 'notStored' | 'failed';

export interface SignPlayer {
  video: { current: HTMLVideoElement | null };
  track: { current: HTMLTrackElement | null };
  status: ClipStatus;
  playing: boolean;
  /** The text of the caption cue on screen now, for the caption box below the video. */
  caption: string;
  /** Handlers for the <video>, so the play/pause label follows whatever starts or stops it. */
  videoEvents: { onPlay: () => void; onPlaying: () => void; onPause: () => void; onEnded: () => void };
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
 * nor in the cache, turns the status to `failed` or `notStored` and the panel shows its text
 * until the browser reports that it is online again.
 */
export function useSignPlayer(clipId: string | undefined, clip: SignClip | undefined, rate: number): SignPlayer {
  const video = useRef<HTMLVideoElement>(null);
  const track = useRef<HTMLTrackElement>(null);
  // Keyed by clip, so a new clip never shows the previous one's failure, even for one render.
  const [known, setKnown] = useState<{ clipId?: string; status: ClipStatus }>({ status: 'checking' });
  let status: ClipStatus = navigator.onLine ? 'playable' : 'checking';
  if (known.clipId === clipId) status = known.status;
  const setStatus = (next: ClipStatus) =>
    setKnown((current) => (current.clipId === clipId && current.status === 'failed' ? current : { clipId, status: next }));
  // Keyed by clip like the status: a new clip's element starts paused until it reports playing,
  // and the pause that the browser fires on the previous clip's removed element changes nothing.
  const [playingClip, setPlayingClip] = useState<string | undefined>(undefined);
  const playing = playingClip !== undefined && playingClip === clipId;
  const setPlaying = (next: boolean) => {
    if (next) setPlayingClip(clipId);
    else setPlayingClip((current) => (current === clipId ? undefined : current));
  };
  const [caption, setCaption] = useState<{ clipId?: string; text: string }>({ text: '' });

  useEffect(() => {
    if (!clip) return undefined;
    let active = true;
    void isClipPlayable(clip.videos.map(signContentUrl)).then((playable) => {
      if (active) setStatus(playable ? 'playable' : 'notStored');
    });
    return () => {
      active = false;
    };
  }, [clipId]);

  // A clip that was not stored, or failed while the network was down, plays once the browser
  // is back online, so its notice does not stay until the visitor leaves the screen.
  useEffect(() => {
    if (status !== 'notStored' && status !== 'failed') return undefined;
    const onOnline = () => setKnown({ clipId, status: 'playable' });
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [clipId, status]);

  useEffect(() => {
    const element = video.current;
    if (status !== 'playable' || !element) return undefined;
    const sources = element.querySelectorAll('source');
    // A Deaf visitor who watches a clip touches nothing, so a playing clip reports activity to
    // the idle timer on every timeupdate. Browsers fire it about 4 to 66 times a second during
    // playback (MDN, "HTMLMediaElement: timeupdate event"), well within the shortest quiet time
    // before the warning that the config accepts (1 s). A paused, ended or stalled clip stops
    // reporting, so the kiosk still resets.
    const onTimeUpdate = () => {
      if (!element.paused) reportActivity();
    };
    // A failed <source> fires its own error event, which does not bubble, so the listener
    // captures it; the clip has failed once its last source has.
    const onError = (event: Event) => {
      if (event.target === element || event.target === sources[sources.length - 1]) {
        console.warn('A sign-language clip could not be played', clipId);
        setKnown({ clipId, status: 'failed' });
      }
    };
    element.addEventListener('timeupdate', onTimeUpdate);
    element.addEventListener('error', onError, true);
    element.defaultPlaybackRate = rate;
    element.playbackRate = rate;
    startPlaying(element, () => setPlaying(false));
    return () => {
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

  // The track stays hidden: the browser would draw its cues over the video, small at a narrow
  // panel and over the signer's hands. The panel shows the active cue in a box of its own.
  useEffect(() => {
    const textTrack = track.current?.track;
    if (!textTrack) return undefined;
    textTrack.mode = 'hidden';
    const onCueChange = () => {
      const cues = [...(textTrack.activeCues ?? [])] as VTTCue[];
      const text = cues.map((cue) => (typeof cue.getCueAsHTML === 'function' ? cue.getCueAsHTML().textContent : cue.text) ?? '').join('\n');
      setCaption({ clipId, text: text.trim() });
    };
    textTrack.addEventListener('cuechange', onCueChange);
    return () => textTrack.removeEventListener('cuechange', onCueChange);
  }, [clipId, status]);

  const togglePlay = useCallback(() => {
    const element = video.current;
    if (!element) return;
    if (element.paused) startPlaying(element, () => setPlaying(false));
    else element.pause();
  }, [clipId]);

  const replay = useCallback(() => {
    const element = video.current;
    if (!element) return;
    element.currentTime = 0;
    startPlaying(element, () => setPlaying(false));
  }, [clipId]);

  const onPlay = () => {
    setPlaying(true);
    reportActivity();
  };
  const onStop = () => setPlaying(false);
  const videoEvents = { onPlay, onPlaying: onPlay, onPause: onStop, onEnded: onStop };
  const shownCaption = caption.clipId === clipId ? caption.text : '';
  return { video, track, status: clip ? status : 'checking', playing, caption: shownCaption, videoEvents, togglePlay, replay };
}
