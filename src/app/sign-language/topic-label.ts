import type { TFunction } from 'i18next';
import { fieldLabelKey, receiptTitleKey, stepTitleKey } from '../i18n/form-keys.ts';
import { translateOptional } from '../i18n/i18n.ts';

/** The kinds of topic key (src/domain/sign-language/topics.ts), named by their first part. */
export type TopicLevel = 'screen' | 'step' | 'field' | 'error' | 'errors' | 'receipt';

export function topicLevel(topic: string): TopicLevel {
  const first = topic.split('.')[0];
  if (first === 'step' || first === 'field' || first === 'error' || first === 'errors' || first === 'receipt') return first;
  return 'screen';
}

/** Describes what a topic explains, for "Penjelasan: …": "Kolom NIK", "Langkah Data Pemohon". */
export function describeTopic(t: TFunction, topic: string): string {
  const parts = topic.split('.');
  const [, formId = '', name = ''] = parts;
  switch (topicLevel(topic)) {
    case 'step':
      return t('signLanguage.topics.step', { title: t(stepTitleKey(formId, name)) });
    case 'field':
      return t('signLanguage.topics.field', { label: t(fieldLabelKey(formId, name)) });
    case 'error':
      return t('signLanguage.topics.error', { label: t(fieldLabelKey(formId, name)) });
    case 'errors':
      return t('signLanguage.topics.errors');
    case 'receipt':
      return translateOptional(t, receiptTitleKey(formId)) ?? t('signLanguage.topics.receipt');
    default:
      return translateOptional(t, `signLanguage.topics.screen.${formId}`) ?? topic;
  }
}
