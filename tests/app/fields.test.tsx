// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FieldDefinition, FieldValue } from '../../src/domain/forms/types.ts';
import { Field } from '../../src/app/form/Field.tsx';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { beginForm, clickNext, renderApp, TEST_NIK, testSources } from './app-harness.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Renders one field of the information request form with a value and a change spy. */
function renderField(field: FieldDefinition, value?: FieldValue, errorMessage?: string) {
  const onValueChange = vi.fn();
  render(
    <Field
      formId="information-request"
      field={field}
      value={value}
      required={field.required === true}
      errorMessage={errorMessage}
      sources={testSources}
      values={{}}
      onValueChange={onValueChange}
    />,
  );
  return onValueChange;
}

describe('field rendering', () => {
  beforeAll(async () => {
    initI18n();
    await i18n.changeLanguage('id');
  });

  it('nik input is numeric without autofill', () => {
    renderField({ name: 'nik', type: 'nik', required: true });
    const input = screen.getByRole('textbox', { name: 'NIK (wajib)' });
    expect(input.id).toBe('field-nik');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.getAttribute('aria-describedby')).toBe('field-nik-hint');
    expect(document.getElementById('field-nik-hint')?.textContent).toContain('16 angka di KTP');
  });

  it('tel and email use their input types', () => {
    renderField({ name: 'phone', type: 'tel', autocomplete: 'tel' });
    renderField({ name: 'email', type: 'email', autocomplete: 'email' });
    const phone = screen.getByLabelText('Nomor telepon') as HTMLInputElement;
    expect(phone.type).toBe('tel');
    expect(phone.getAttribute('inputmode')).toBe('tel');
    expect(phone.getAttribute('autocomplete')).toBe('tel');
    const email = screen.getByLabelText('Alamat e-mail') as HTMLInputElement;
    expect(email.type).toBe('email');
    expect(email.getAttribute('autocomplete')).toBe('email');
  });

  it('radio group is a fieldset with legend', async () => {
    const onValueChange = renderField({ name: 'applicantType', type: 'radio', required: true, options: ['individual', 'group', 'legalEntity'] });
    const group = screen.getByRole('group', { name: 'Anda mengajukan sebagai (wajib)' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.id)).toEqual(['field-applicantType', 'field-applicantType-group', 'field-applicantType-legalEntity']);
    expect(screen.getByRole('radio', { name: 'Badan hukum' }).getAttribute('aria-describedby')).toBe('field-applicantType-legalEntity-hint');

    await userEvent.setup().click(screen.getByRole('radio', { name: 'Kelompok orang' }));
    expect(onValueChange).toHaveBeenCalledWith('applicantType', 'group');
  });

  it('select lists agencies in the current language', async () => {
    renderField({ name: 'agency', type: 'select', required: true, options: 'agencies' });
    expect(screen.getByRole('option', { name: 'Dinas Komunikasi dan Informatika' })).toBeTruthy();

    await i18n.changeLanguage('en');
    await screen.findByRole('option', { name: 'Communications and Informatics Office' });
    // An agency without an English name keeps its Indonesian one.
    expect(screen.getByRole('option', { name: 'Dinas Kesehatan' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Choose one' })).toBeTruthy();
    await i18n.changeLanguage('id');
  });

  it('checkboxes keep option order', async () => {
    const onValueChange = renderField({ name: 'copyDelivery', type: 'checkboxes', options: ['pickup', 'courier', 'post'] }, ['post']);
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Mengambil langsung' }));
    expect(onValueChange).toHaveBeenCalledWith('copyDelivery', ['pickup', 'post']);
  });

  it('error message is linked to the input', () => {
    renderField({ name: 'name', type: 'text', required: true }, '', 'Masukkan nama lengkap');
    const input = screen.getByRole('textbox', { name: 'Nama lengkap (wajib)' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('field-name-hint field-name-error');
  });

  it('textarea counts characters for sighted and screen reader users', async () => {
    renderField({ name: 'details', type: 'textarea', required: true, maxLength: 2000 }, 'a'.repeat(20));
    const textarea = screen.getByRole('textbox', { name: /Rincian informasi yang dibutuhkan/ });
    expect(textarea.getAttribute('maxlength')).toBeNull();
    expect(textarea.getAttribute('aria-describedby')).toBe('field-details-hint field-details-count');
    expect(document.getElementById('field-details-count')?.textContent).toBe('Anda dapat mengisi sampai 2.000 karakter.');

    const visible = screen.getByText('Sisa 1.980 karakter');
    expect(visible.getAttribute('aria-hidden')).toBe('true');
  });

  it('textarea count over the limit', () => {
    renderField({ name: 'purpose', type: 'textarea', required: true, maxLength: 10 }, 'dua belas huruf');
    expect(screen.getByText('Kelebihan 5 karakter')).toBeTruthy();
  });
});

describe('conditional fields', () => {
  it('applicant type switches NIK and SK number', async () => {
    const { user } = await renderApp();
    await beginForm(user);
    expect(screen.queryByLabelText(/^NIK/)).toBeNull();
    expect(screen.queryByLabelText(/Nomor SK pengesahan/)).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Perorangan' }));
    await user.type(screen.getByLabelText(/^NIK/), TEST_NIK);
    expect(screen.queryByLabelText(/Nomor SK pengesahan/)).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Badan hukum' }));
    expect(screen.queryByLabelText(/^NIK/)).toBeNull();
    expect(screen.getByLabelText('Nomor SK pengesahan badan hukum (wajib)')).toBeTruthy();

    // The hidden answer is kept and comes back with its field.
    await user.click(screen.getByRole('radio', { name: 'Kelompok orang' }));
    expect((screen.getByLabelText(/^NIK/) as HTMLInputElement).value).toBe(TEST_NIK);
  });

  it('announces questions that appear', async () => {
    const { user } = await renderApp();
    await beginForm(user);
    await user.click(screen.getByRole('radio', { name: 'Perorangan' }));
    await user.type(screen.getByLabelText(/^NIK/), TEST_NIK);
    await user.type(screen.getByLabelText(/^Nama lengkap/), 'Siti Contoh');
    await clickNext(user);

    await user.click(screen.getByRole('radio', { name: 'Ya, saya kuasa Pemohon' }));
    expect(screen.getByLabelText('Nama lengkap kuasa (wajib)')).toBeTruthy();
    expect(screen.getByLabelText('NIK kuasa (wajib)')).toBeTruthy();
    expect(screen.getByLabelText('Nomor telepon kuasa')).toBeTruthy();
    const announcer = document.querySelector('[data-announcer]');
    await waitFor(() => expect(announcer?.textContent).toBe('3 pertanyaan tambahan muncul di bawah.'));
  });

  it('phone is required only without e-mail', async () => {
    const { user } = await renderApp();
    await beginForm(user);
    await user.click(screen.getByRole('radio', { name: 'Badan hukum' }));
    await user.type(screen.getByLabelText(/Nomor SK pengesahan/), 'AHU-0001.AH.01.04.Tahun 2020');
    await user.type(screen.getByLabelText(/^Nama lengkap/), 'Yayasan Contoh');
    await clickNext(user);
    await user.click(screen.getByRole('radio', { name: 'Tidak, untuk diri sendiri' }));
    await clickNext(user);
    await user.selectOptions(screen.getByLabelText(/PPID yang dituju/), 'DINKES');
    await user.type(screen.getByLabelText(/Rincian informasi/), 'Data imunisasi 2025');
    await user.type(screen.getByLabelText(/Tujuan penggunaan/), 'Penelitian');
    await clickNext(user);
    await user.click(screen.getByRole('radio', { name: /Melihat, membaca/ }));
    await clickNext(user);

    expect(screen.getByLabelText('Nomor telepon (wajib)')).toBeTruthy();
    await user.type(screen.getByLabelText(/^Alamat e-mail/), 'siti@contoh.id');
    expect(screen.getByLabelText('Nomor telepon')).toBeTruthy();
  });
});
