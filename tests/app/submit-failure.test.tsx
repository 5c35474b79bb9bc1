// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { informationRequest } from '../../src/domain/forms/information-request.ts';
import { ReviewScreen } from '../../src/app/form/ReviewScreen.tsx';
import type { SubmitFailureReason } from '../../src/app/flow/flow-state.ts';
import type { ReportedFieldError } from '../../src/app/form/field-error-message.ts';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { TEST_NIK, testSources } from './app-harness.tsx';

const draft = { applicantType: 'individual', nik: TEST_NIK, name: 'Siti Contoh', byProxy: 'no' };

function renderReview(submitFailure: SubmitFailureReason | null, errors: ReportedFieldError[] = [], pending = false) {
  const onSubmit = vi.fn();
  render(
    <ReviewScreen
      definition={informationRequest}
      draft={draft}
      attachments={[]}
      sources={testSources}
      errors={errors}
      submitFailure={submitFailure}
      pending={pending}
      onChange={vi.fn()}
      onChangeStep={vi.fn()}
      onErrorSelect={vi.fn()}
      onSubmit={onSubmit}
      onBack={vi.fn()}
    />,
  );
  return onSubmit;
}

beforeAll(async () => {
  initI18n();
  await i18n.changeLanguage('id');
});

afterEach(cleanup);

describe('submit failure on the review screen', () => {
  it('storage full asks for staff', () => {
    renderReview('storageFull');
    const notice = screen.getByRole('alert');
    expect(notice.id).toBe('submit-failure');
    expect(within(notice).getByText(/penyimpanan perangkat ini penuh/)).toBeTruthy();
    expect(within(notice).getByText(/Mintalah bantuan petugas/)).toBeTruthy();
    expect(within(notice).getByText('Semua yang sudah Anda isi tetap tersimpan di layar ini.')).toBeTruthy();
  });

  it('offline without storage says to connect', () => {
    renderReview('offlineWithoutStorage');
    expect(within(screen.getByRole('alert')).getByText(/Sambungkan ke internet lalu kirim lagi/)).toBeTruthy();
  });

  it('rejected fields become an error summary', () => {
    renderReview('rejected', [
      { field: 'agency', code: 'optionInvalid' },
      { field: 'details', code: 'somethingNew' },
    ]);
    const summary = screen.getByRole('alert');
    expect(within(summary).getByText(/PPID tidak menerima beberapa isian/)).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Pilih salah satu pilihan yang tersedia untuk PPID yang dituju' })).toBeTruthy();
    // A code this app does not know still gets a message with what to do next.
    expect(within(summary).getByRole('link', { name: /Rincian informasi yang dibutuhkan tidak diterima oleh PPID/ })).toBeTruthy();
  });

  it('pending submit ignores clicks', async () => {
    const onSubmit = renderReview(null, [], true);
    const button = screen.getByRole('button', { name: 'Sedang mengirim…' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    button.click();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
