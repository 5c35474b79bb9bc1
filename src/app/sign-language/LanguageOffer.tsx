import { useTranslation } from '../i18n/use-translation.ts';
import type { LanguageOffer as Offer } from './use-language-offer.ts';

/**
 * Says that the visitor's sign language has no clip for this part and offers the other
 * language's clip, or, while that one plays, the way back. It is not announced, like the rest
 * of the panel, because the panel is for sighted Deaf visitors.
 */
export function LanguageOffer({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  if (!offer.missing || !offer.other) return null;
  const names = { language: t(`signLanguage.languages.${offer.missing}`), other: t(`signLanguage.languages.${offer.other}`) };
  return (
    <div class="sign-panel__offer">
      <p class="sign-panel__notice">
        {t('signLanguage.otherLanguage.missing', names)}
        {offer.borrowing && ` ${t('signLanguage.otherLanguage.playing', names)}`}
      </p>
      <button type="button" class="button" onClick={offer.borrowing ? offer.giveBack : offer.borrow}>
        {t(offer.borrowing ? 'signLanguage.otherLanguage.back' : 'signLanguage.otherLanguage.play', names)}
      </button>
    </div>
  );
}
