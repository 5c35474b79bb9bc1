import { describe, expect, it } from 'vitest';
import { SAMPLE_SIZE_BUDGET_BYTES, sibiClips } from '../../../src/server/sign-language/sample-languages.ts';

const clips = ['screen.start', 'step.complaint.report', 'field.nik', 'error.required', 'errors.summary', 'receipt.complaint'].map((key) => ({
  key,
  paragraphs: ['Teks'],
}));

describe('sibiClips', () => {
  it('copies every clip within the budget', () => {
    expect(sibiClips(clips, SAMPLE_SIZE_BUDGET_BYTES / 2).map((clip) => clip.key)).toEqual(clips.map((clip) => clip.key));
  });

  it('keeps screens and steps over the budget', () => {
    expect(sibiClips(clips, SAMPLE_SIZE_BUDGET_BYTES / 2 + 1).map((clip) => clip.key)).toEqual(['screen.start', 'step.complaint.report']);
  });
});
