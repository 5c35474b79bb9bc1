import { useMemo, useState } from 'preact/hooks';
import { toBrf } from '../../domain/braille/brf.ts';
import type { BrailleSource } from '../../domain/braille/document.ts';
import { layoutBraille } from '../../domain/braille/layout.ts';
import { BRAILLE_PAGE_PRESETS, isBraillePagePreset, type BraillePagePreset } from '../../domain/braille/page-size.ts';
import { toPef } from '../../domain/braille/pef.ts';
import type { KioskConfig } from '../../domain/config.ts';
import { screenTopic } from '../../domain/sign-language/topics.ts';
import { announce } from '../a11y/announcer.ts';
import { ScreenHeading } from '../a11y/ScreenHeading.tsx';
import { getDeviceIdentity } from '../device.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import '../styles/braille.css';
import { BrailleDotPage } from './BrailleDotPage.tsx';
import { BrailleTextPage } from './BrailleTextPage.tsx';
import { downloadFile } from './download-file.ts';
import { EmbosserButton } from './EmbosserButton.tsx';
import { PageSizeChoice } from './PageSizeChoice.tsx';
import { UnknownCharactersNotice } from './UnknownCharactersNotice.tsx';

export interface BrailleScreenProps {
  source: BrailleSource;
  config: KioskConfig;
  /** PEF dc:identifier: the receipt's number, or a `urn:uuid:` for a blank form. */
  identifier: string;
  /** PEF dc:date, YYYY-MM-DD. */
  date: string;
  /**
   * File name without page size and extension, such as "tanda-bukti-12-PPID-DINKES-PI-2026".
   * The downloads add the size, "-40x25", because pages of another size break elsewhere.
   */
  fileName: string;
  /** Job title for the embosser's print queue; never personal data. */
  jobTitle: string;
  /** The document contains personal data (the applicant on a receipt), which speech guidance withholds. */
  personal?: boolean;
  /** The page size chosen earlier in the visit; without it the screen opens in the configured size. */
  pageSize?: BraillePagePreset | null;
  /** Called when the reader chooses a page size, so the flow can keep it for the visit. */
  onPageSizeChange?: (preset: BraillePagePreset) => void;
  backLabel: string;
  onBack: () => void;
}

/** Until every server sends `braille`, a missing setting means BRF pages and downloads only. */
const DEFAULT_PRESET: BraillePagePreset = 'brf';

/**
 * Renders a document in braille. The screen offers the page size, a notice for characters
 * without a braille rule, the embosser, downloads (BRF for embossers, PEF for archives) and the
 * dot preview for swell paper. Below them are the same pages as Unicode braille text for
 * braille displays.
 *
 * Channels differ. A kiosk offers no file system to its visitors, and its printer is loaded
 * with receipt or plain paper, so there the dot preview is not printed and the downloads are
 * labelled for staff. The embosser is offered on kiosks and tablets in the office when the
 * deployment has one, because a visitor's own phone at home has no use for a print job there.
 */
export function BrailleScreen(props: BrailleScreenProps) {
  const { source, config, identifier, date, fileName, jobTitle, personal = false, pageSize, onPageSizeChange, backLabel, onBack } = props;
  const { t, language } = useTranslation();
  const configured = config.braille?.pageSize;
  const [preset, setPreset] = useState<BraillePagePreset>(() => pageSize ?? (isBraillePagePreset(configured) ? configured : DEFAULT_PRESET));
  const size = BRAILLE_PAGE_PRESETS[preset];
  const braille = useMemo(() => layoutBraille(source, size), [source, size]);
  const brf = useMemo(() => toBrf(braille), [braille]);
  // The embosser's paper is set up for the deployment's page size, so a print job always uses
  // it: pages laid out for another size would break in the wrong place on that paper.
  const embosserPreset = isBraillePagePreset(configured) ? configured : DEFAULT_PRESET;
  const embosserSize = BRAILLE_PAGE_PRESETS[embosserPreset];
  const embosserBrf = useMemo(
    () => (embosserPreset === preset ? brf : toBrf(layoutBraille(source, embosserSize))),
    [embosserPreset, preset, brf, source, embosserSize],
  );
  const channel = getDeviceIdentity().channel;
  const kiosk = channel === 'kiosk';
  const embosser = config.braille?.embosser === true && channel !== 'web';
  const total = braille.pages.length;

  const choosePreset = (next: BraillePagePreset) => {
    setPreset(next);
    onPageSizeChange?.(next);
    const pages = layoutBraille(source, BRAILLE_PAGE_PRESETS[next]).pages.length;
    announce(t('braille.pageCount', { count: pages, ...BRAILLE_PAGE_PRESETS[next] }));
  };
  const sizedName = `${fileName}-${size.cells}x${size.lines}`;
  const downloadBrf = () => downloadFile(`${sizedName}.brf`, 'text/plain', brf);
  const downloadPef = () => downloadFile(`${sizedName}.pef`, 'application/x-pef+xml', toPef(braille, { identifier, language, date }));

  return (
    <div class="screen braille-screen" data-sign-topic={screenTopic('braille')}>
      <ScreenHeading title={t('braille.title', { document: source.title })} lead={t('braille.intro')} />
      {kiosk && (
        <p class="notice" data-speech-intro>
          {t(embosser ? 'braille.kioskWithEmbosser' : 'braille.kioskAskStaff')}
        </p>
      )}

      <PageSizeChoice value={preset} onChange={choosePreset} />
      <p class="braille-screen__count" data-speech-intro>
        {t('braille.pageCount', { count: total, cells: size.cells, lines: size.lines })}
      </p>
      <UnknownCharactersNotice unknown={braille.unknown} />

      {embosser && <EmbosserButton brf={embosserBrf} size={embosserSize} title={jobTitle} kiosk={kiosk} />}
      <div class="button-row">
        {!kiosk && (
          <button type="button" class="button button--secondary" aria-describedby="braille-print-hint" onClick={() => window.print()}>
            {t('braille.printDots')}
          </button>
        )}
        <button type="button" class="button button--secondary" onClick={onBack}>
          {backLabel}
        </button>
      </div>

      <section class="braille-screen__downloads" aria-labelledby="braille-downloads">
        <h2 id="braille-downloads">{t(kiosk ? 'braille.downloads.titleStaff' : 'braille.downloads.title')}</h2>
        <p>{t(kiosk ? 'braille.downloads.introStaff' : 'braille.downloads.intro')}</p>
        <div class="button-row">
          <button type="button" class="button button--secondary" aria-describedby="braille-brf-hint" onClick={downloadBrf}>
            {t('braille.downloads.brf')}
          </button>
          <button type="button" class="button button--secondary" aria-describedby="braille-pef-hint" onClick={downloadPef}>
            {t('braille.downloads.pef')}
          </button>
        </div>
        <ul class="list">
          <li id="braille-brf-hint">{t('braille.downloads.brfHint')}</li>
          <li id="braille-pef-hint">{t('braille.downloads.pefHint')}</li>
        </ul>
      </section>

      <section class={`braille-screen__dots braille-screen__dots--${preset}`} aria-labelledby="braille-dots">
        <h2 id="braille-dots">{t('braille.dots.title')}</h2>
        <p id="braille-print-hint">{kiosk ? t('braille.dots.introKiosk') : t('braille.dots.intro', { paper: t(`braille.dots.paper.${preset}`) })}</p>
        <div class="braille-dot-pages">
          {braille.pages.map((page) => (
            <BrailleDotPage key={page.number} page={page} size={size} label={t('braille.dots.pageLabel', { page: page.number, total })} />
          ))}
        </div>
      </section>

      <section class="braille-screen__text" aria-labelledby="braille-text">
        <h2 id="braille-text">{t('braille.text.title')}</h2>
        <p>{t('braille.text.intro')}</p>
        {braille.pages.map((page) => (
          <BrailleTextPage
            key={page.number}
            page={page}
            size={size}
            personal={personal}
            label={t('braille.text.pageLabel', { page: page.number, total })}
          />
        ))}
      </section>
    </div>
  );
}
