import type { TFunction } from 'i18next';
import { useTranslation } from '../i18n/use-translation.ts';
import type { LanguageOffer as Offer } from './use-language-offer.ts';

/** Returns the names the offer's texts fill in, or undefined when nothing is offered. */
function offerNames(t: TFunction, offer: Offer): { language: string; other: string } | undefined {
  if (!offer.missing || !offer.other) return undefined;
  return { language: t(`signLanguage.languages.${offer.missing}`), other: t(`signLanguage.languages.${offer.other}`) };
}

/**
 * Says that the visitor's sign language has no clip for this part, and, while the other language's
 * clip plays, names that language. It is not announced, because the panel is for sighted Deaf
 * visitors. LanguageOfferButton, among the controls, switches between the two.
 */
export function LanguageOffer({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const names = offerNames(t, offer);
  if (!names) return null;
  return (
    <div class="sign-panel__offer">
      <p class="sign-panel__notice">
        {t('signLanguage.otherLanguage.missing', names)}
        {offer.borrowing && ` ${t('signLanguage.otherLanguage.playing', names)}`}
      </p>
    </div>
  );
}

/**
 * Offers the other language's clip, or, while that one plays, the way back. It sits with the
 * panel's controls, so in the reach layout it lies in the band with them.
 */
export function LanguageOfferButton({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const names = offerNames(t, offer);
  if (!names) return null;
  return (
    <div class="sign-panel__group">
      <button type="button" class="button" onClick={offer.borrowing ? offer.giveBack : offer.borrow}>
        {t(offer.borrowing ? 'signLanguage.otherLanguage.back' : 'signLanguage.otherLanguage.play', names)}
      </button>
    </div>
  );
}
