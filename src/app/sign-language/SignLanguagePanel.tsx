import '../styles/sign-language.css';
import { useRef, useState } from 'preact/hooks';
import { availableSignLanguages, type SignManifest } from '../../domain/sign-language/manifest.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { CaptionText } from './CaptionText.tsx';
import { LanguageOffer } from './LanguageOffer.tsx';
import { chooseClip, playableLanguage, topicsWithClips } from './choose-clip.ts';
import { SIGN_PANEL_ATTRIBUTE } from './current-topic.ts';
import { signContentUrl } from './load-manifest.ts';
import { PanelControls } from './PanelControls.tsx';
import { describeTopic } from './topic-label.ts';
import { usePanelHeight } from './use-panel-height.ts';
import { useLanguageOffer } from './use-language-offer.ts';
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
 * screen the visitor is on (current-topic.ts), its captions, and the controls. Its heading names the
 * sign language that plays, and a label marks sample clips. Nothing here is announced on a topic
 * change, because a screen reader would hear it on every focus move; the panel is for sighted
 * Deaf visitors, and each control still has a name. sign-language.css places it so that it never
 * covers the form, the error summary or the on-screen keyboard.
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
  const player = useSignPlayer(clipId, chosen?.clip, settings.rate, settings.captions);
  const panel = useRef<HTMLElement>(null);
  usePanelHeight(panel);

  const explained = chosen?.topic ?? chain[0];
  const showVideo = chosen !== undefined && player.status === 'playable';
  return (
    <aside ref={panel} class="sign-panel" aria-labelledby={TITLE_ID} {...{ [SIGN_PANEL_ATTRIBUTE]: '' }}>
      <div class="sign-panel__stage">
        <div class="sign-panel__header">
          <h2 id={TITLE_ID} class="sign-panel__title">
            {t('signLanguage.title', { language: t(`signLanguage.languages.${language}`) })}
          </h2>
          {chosen?.clip.sample && <p class="sign-panel__sample">{t('signLanguage.sample')}</p>}
        </div>
        {explained && (
          <p id={TOPIC_ID} class="sign-panel__topic">
            {t('signLanguage.explaining', { topic: describeTopic(t, explained) })}
          </p>
        )}
        <LanguageOffer offer={offer} />
        <div class="sign-panel__screen">
          {!chosen && <p class="sign-panel__notice">{t('signLanguage.noClip')}</p>}
          {showVideo && (
            <video
              key={clipId}
              ref={player.video}
              class="sign-panel__video"
              playsInline
              muted
              preload="auto"
              aria-labelledby={explained ? TOPIC_ID : TITLE_ID}
            >
              {chosen.clip.videos.map((path) => (
                <source key={path} src={signContentUrl(path)} type={videoType(path)} />
              ))}
              <track
                ref={player.track}
                kind="captions"
                srcLang="id"
                label={t('signLanguage.captionsLabel')}
                default
                src={signContentUrl(chosen.clip.captions)}
              />
            </video>
          )}
          {chosen && (player.status === 'notStored' || player.status === 'failed') && (
            <CaptionText key={clipId} captionsUrl={signContentUrl(chosen.clip.captions)} reason={player.status} />
          )}
        </div>
      </div>
      <PanelControls
        settings={settings}
        language={language}
        languages={languages}
        options={options}
        chosen={chosen}
        onPick={(topic) => setPicked({ chain, topic })}
        player={showVideo ? player : undefined}
      />
    </aside>
  );
}
