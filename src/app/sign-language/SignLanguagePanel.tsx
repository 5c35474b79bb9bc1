import '../styles/sign-language.css';
import { useRef, useState } from 'preact/hooks';
import { availableSignLanguages, type SignManifest } from '../../domain/sign-language/manifest.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { KEEPS_KEYBOARD_ATTRIBUTE } from '../keyboard/use-keyboard-target.ts';
import { CaptionText } from './CaptionText.tsx';
import { LanguageOffer } from './LanguageOffer.tsx';
import { chooseClip, playableLanguage, topicsWithClips } from './choose-clip.ts';
import { SIGN_PANEL_ATTRIBUTE } from './current-topic.ts';
import { signContentUrl } from './load-manifest.ts';
import { PanelControls } from './PanelControls.tsx';
import { describeTopic } from './topic-label.ts';
import { useLanguageOffer } from './use-language-offer.ts';
import { usePanelHeight } from './use-panel-height.ts';
import { PANEL_SHORTCUT_KEY, usePanelShortcut } from './use-panel-shortcut.ts';
import { useScrollBackOnLeave } from './use-scroll-back-on-leave.ts';
import { useSignSettings } from './use-sign-language.ts';
import { useSignPlayer } from './use-sign-player.ts';
import { useTopicChain } from './use-topic-chain.ts';

const TITLE_ID = 'sign-panel-title';
const TOPIC_ID = 'sign-panel-topic';

/** Returns the MIME type for a <source>, so the browser skips a format it cannot play without fetching it. */
function videoType(path: string): string | undefined {
  if (path.endsWith('.webm')) return 'video/webm';
  if (path.endsWith('.mp4')) return 'video/mp4';
  return undefined;
}

/**
 * The sign-language panel: a landmark of its own with the signer's video for the part of the
 * screen the visitor is on (current-topic.ts), its captions, and the controls. Its heading names
 * the sign language that plays, and a label marks sample clips. The captions show in a box below the
 * video. Nothing here is announced on a topic change, because a screen reader would hear it on
 * every focus move; the panel is for sighted Deaf visitors, and each control still has a name.
 * Focus in the panel keeps the on-screen keyboard open (KEEPS_KEYBOARD_ATTRIBUTE). sign-language.css
 * places the panel so that it never covers the form, the error summary or the on-screen keyboard.
 */
export function SignLanguagePanel({ manifest }: { manifest: SignManifest }) {
  const { t } = useTranslation();
  const settings = useSignSettings();
  const chain = useTopicChain();
  // A topic the visitor picked stays until focus moves to another part of the screen: each
  // change of the chain is a new array, and the pick holds only for the one it was made in.
  const [picked, setPicked] = useState<{ chain: readonly string[]; topic: string }>();
  const languages = availableSignLanguages(manifest);
  const offer = useLanguageOffer(manifest, playableLanguage(manifest, settings.language) ?? settings.language, chain);
  const language = offer.language;
  const options = topicsWithClips(manifest, language, chain);
  const chosen = chooseClip(options, picked?.chain === chain ? picked.topic : undefined);
  const clipId = chosen && `${language}:${chosen.key}`;
  const player = useSignPlayer(clipId, chosen?.clip, settings.rate);
  const panel = useRef<HTMLElement>(null);
  usePanelHeight(panel);
  usePanelShortcut(panel);
  useScrollBackOnLeave(panel);

  const explained = chosen?.topic ?? chain[0];
  const showVideo = chosen !== undefined && player.status === 'playable';
  return (
    <aside ref={panel} class="sign-panel" aria-labelledby={TITLE_ID} {...{ [SIGN_PANEL_ATTRIBUTE]: '', [KEEPS_KEYBOARD_ATTRIBUTE]: '' }}>
      <div class="sign-panel__header">
        <h2 id={TITLE_ID} class="sign-panel__title">
          {t('signLanguage.title', { language: t(`signLanguage.languages.${language}`) })}
        </h2>
        {chosen?.clip.sample && <p class="sign-panel__sample">{t('signLanguage.sample')}</p>}
        {explained && (
          <p id={TOPIC_ID} class="sign-panel__topic">
            {t('signLanguage.explaining', { topic: describeTopic(t, explained) })}
          </p>
        )}
        <p class="sign-panel__hint">{t('signLanguage.shortcutHint', { key: PANEL_SHORTCUT_KEY })}</p>
      </div>
      <div class="sign-panel__stage">
        {/* In the stage, so every layout places it with the video it replaces. */}
        <LanguageOffer offer={offer} />
        {/* The offer already says that this language has no clip here. */}
        {!chosen && !offer.other && <p class="sign-panel__notice">{t('signLanguage.noClip')}</p>}
        {showVideo && (
          <video
            key={clipId}
            ref={player.video}
            class="sign-panel__video"
            playsInline
            muted
            preload="auto"
            aria-labelledby={explained ? TOPIC_ID : TITLE_ID}
            {...player.videoEvents}
          >
            {chosen.clip.videos.map((path) => (
              <source key={path} src={signContentUrl(path)} type={videoType(path)} />
            ))}
            {/* Hidden: the caption box below shows its cues in the app's text size, never over the signer's hands. */}
            <track ref={player.track} kind="captions" srcLang="id" label={t('signLanguage.captionsLabel')} src={signContentUrl(chosen.clip.captions)} />
          </video>
        )}
        {/* Indonesian text, whatever the interface language: the captions are the clip's own. */}
        {showVideo && settings.captions && (
          <p class="sign-panel__captions" lang="id">
            {player.caption}
          </p>
        )}
        {chosen && (player.status === 'notStored' || player.status === 'failed') && (
          <CaptionText key={clipId} captionsUrl={signContentUrl(chosen.clip.captions)} reason={player.status} />
        )}
      </div>
      <PanelControls
        settings={settings}
        language={language}
        languages={languages}
        options={options}
        chosen={chosen}
        onPick={(topic) => setPicked({ chain, topic })}
        player={showVideo ? player : undefined}
        offer={offer}
      />
    </aside>
  );
}
