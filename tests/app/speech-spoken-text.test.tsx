// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { complaint } from '../../src/domain/forms/complaint.ts';
import { informationRequest } from '../../src/domain/forms/information-request.ts';
import type { FormValues } from '../../src/domain/forms/types.ts';
import { AnswerRow } from '../../src/app/form/AnswerRow.tsx';
import type { ReportedFieldError } from '../../src/app/form/field-error-message.ts';
import { StepScreen } from '../../src/app/form/StepScreen.tsx';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { describeChange, describeFocus, describeScreen } from '../../src/app/speech/describe-element.ts';
import { typingEcho } from '../../src/app/speech/page-watcher.ts';
import { spell, textOf } from '../../src/app/speech/spoken-text.ts';
import { TEST_NIK, testSources } from './app-harness.tsx';

const PRIVATE = 'data pribadi, tidak dibacakan lewat pengeras suara';

beforeAll(async () => {
  initI18n();
  await i18n.changeLanguage('id');
});

afterEach(() => {
  cleanup();
});

function options(speakPrivate = false) {
  return { t: i18n.t.bind(i18n), speakPrivate };
}

function renderStep(stepIndex: number, draft: FormValues, errors: ReportedFieldError[] = [], definition = informationRequest) {
  const ignore = () => {};
  render(
    <StepScreen
      definition={definition}
      stepIndex={stepIndex}
      draft={draft}
      errors={errors}
      returnToReview={false}
      sources={testSources}
      onValueChange={ignore}
      onNext={ignore}
      onBack={ignore}
      onBackToReview={ignore}
      onErrorSelect={ignore}
    />,
  );
}

function element(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No element matches ${selector}`);
  return found;
}

/** Removes spaces, commas and full stops, so spelled digits join up again. */
function squeezed(text: string): string {
  return text.replace(/[\s,.]/g, '');
}

describe('spoken field', () => {
  it('says a date in words', () => {
    renderStep(0, { eventDate: '2026-08-17' }, [], complaint);
    expect(describeFocus(element('#field-eventDate'), options())).toMatch(/^Tanggal kejadian \(wajib\), kolom isian, 17 Agustus 2026\. Contoh: 17 Agustus 2026\./);
  });

  it('says label, value, hint and error in order', () => {
    renderStep(2, { details: 'Laporan keuangan 2025' }, [{ field: 'purpose', code: 'required' }]);

    const details = describeFocus(element('#field-details'), options());
    expect(details).toBe(
      'Rincian informasi yang dibutuhkan (wajib), kolom isian, Laporan keuangan 2025. ' +
        'Tulis sejelas mungkin: dokumen atau data apa, tentang apa, dan untuk periode kapan. ' +
        'Anda dapat mengisi sampai 2.000 karakter.',
    );

    const purpose = describeFocus(element('#field-purpose'), options());
    expect(purpose).toContain('Tujuan penggunaan informasi (wajib), kolom isian, kosong.');
    expect(purpose).toMatch(/Kesalahan: Masukkan tujuan penggunaan informasi\.?$/);
  });

  it('says the chosen option of a select', () => {
    renderStep(2, { agency: 'DINKES' });
    const agency = describeFocus(element('#field-agency'), options());
    expect(agency).toMatch(/^PPID yang dituju \(wajib\), daftar pilihan, Dinas Kesehatan\. Pilih dinas/);
  });

  it('names a radio group once, on entering it', () => {
    renderStep(0, { applicantType: 'individual' });
    const first = element('#field-applicantType');
    const second = element('#field-applicantType-group');

    const entering = describeFocus(first, options());
    expect(entering).toBe('Anda mengajukan sebagai (wajib). Perorangan, pilihan, dipilih. Dengan KTP.');
    const within = describeFocus(second, options(), first);
    expect(within).toMatch(/^Kelompok orang, pilihan, tidak dipilih\. Anggota yang mengajukan/);
    expect(describeChange(first, options())).toBe('Perorangan, dipilih.');
  });

  it('withholds a NIK on the loudspeaker', () => {
    renderStep(0, { applicantType: 'individual', nik: TEST_NIK, name: 'Siti Contoh' });

    const nik = describeFocus(element('#field-nik'), options());
    expect(nik).toContain(`NIK (wajib), kolom isian, ${PRIVATE}.`);
    expect(nik).toContain('16 angka di KTP');
    for (const group of ['3671', '0145', '0190', '0001']) expect(squeezed(nik)).not.toContain(group);

    const name = describeFocus(element('#field-name'), options());
    expect(name).toContain(`Nama lengkap (wajib), kolom isian, ${PRIVATE}.`);
    expect(name).not.toContain('Siti');
  });

  it('speaks personal values with headphones', () => {
    renderStep(0, { applicantType: 'individual', nik: TEST_NIK, name: 'Siti Contoh' });

    const nik = describeFocus(element('#field-nik'), options(true));
    expect(nik).toContain('3 6 7 1 0 1 4 5 0 1 9 0 0 0 0 1');
    expect(nik).not.toContain(PRIVATE);
    expect(describeFocus(element('#field-name'), options(true))).toContain('Siti Contoh');
  });

  it('says an empty personal field is empty', () => {
    renderStep(0, { applicantType: 'individual' });
    expect(describeFocus(element('#field-nik'), options())).toContain('NIK (wajib), kolom isian, kosong.');
  });

  it('withholds an address and a phone number', () => {
    renderStep(4, { address: 'Jl. Melati Rahasia 12', phone: '081234567890' });

    const address = describeFocus(element('#field-address'), options());
    expect(address).toContain(PRIVATE);
    expect(address).not.toContain('Melati');

    const phone = describeFocus(element('#field-phone'), options());
    expect(phone).toContain(`Nomor telepon (wajib), kolom isian, ${PRIVATE}.`);
    // The hint's example number is spoken, the visitor's number is not.
    expect(phone).not.toContain('0 8 1 2');
    expect(describeFocus(element('#field-phone'), options(true))).toContain('0 8 1 2 3 4 5 6 7 8 9 0');
  });
});

describe('spoken screen', () => {
  it('says the step caption, title and intro', () => {
    renderStep(0, {});
    const spoken = describeScreen(document, options());
    // jsdom has no stylesheet, so the caption is inline here; Chromium pauses after it (a block).
    expect(spoken).toMatch(/^Langkah 1 dari 5 ?Data Pemohon\. Pemohon adalah orang, kelompok orang, atau badan hukum/);
    expect(spoken).toMatch(/data Anda diisi di langkah berikutnya\.$/);
  });

  it('skips text hidden from assistive technology', () => {
    renderStep(2, { details: 'abc' });
    const form = element('form');
    // The visible counter is aria-hidden; its text reaches listeners through the announcer.
    expect(textOf(form, options())).not.toContain('Sisa');
  });

  it('withholds a personal review answer', () => {
    const ignore = () => {};
    render(
      <dl>
        <AnswerRow field="nik" label="NIK" answer="3671 **** **** 0001" personal onChange={ignore} />
        <AnswerRow field="details" label="Rincian" answer="Laporan keuangan" onChange={ignore} />
      </dl>,
    );
    const links = document.querySelectorAll('a');
    const nikLink = describeFocus(links[0] as Element, options());
    expect(nikLink).toBe(`Ubah NIK, tautan. ${PRIVATE}.`);
    expect(describeFocus(links[1] as Element, options())).toBe('Ubah Rincian, tautan. Laporan keuangan.');
    expect(textOf(document.body, options())).not.toContain('3671');
    // With headphones the masked NIK is spelled, its hidden groups named instead of read as asterisks.
    expect(textOf(document.body, options(true))).toContain('NIK: 3 6 7 1, disamarkan, disamarkan, 0 0 0 1.');
  });
});

describe('spell', () => {
  it('separates characters and groups', () => {
    expect(spell('AB12 CD')).toBe('A B 1 2, C D');
  });
});

describe('typing echo', () => {
  const typed = (inputType: string, data: string | null = null) => new InputEvent('input', { inputType, data });

  it('spells typed characters', () => {
    expect(typingEcho(typed('insertText', '7'), options())).toBe('7');
    expect(typingEcho(typed('insertText', 'ab'), options())).toBe('a b');
  });

  it('reads a pasted word whole', () => {
    expect(typingEcho(typed('insertFromPaste', 'Karawaci'), options())).toBe('Karawaci');
  });

  it('names a space and a deletion', () => {
    expect(typingEcho(typed('insertText', ' '), options())).toBe('spasi');
    expect(typingEcho(typed('deleteContentBackward'), options())).toBe('dihapus');
  });

  it('says nothing for other input', () => {
    expect(typingEcho(typed('historyUndo'), options())).toBe('');
  });
});

describe('withheld keys', () => {
  it('say once how to hear them', () => {
    render(
      <div data-speech-private="">
        <button type="button">1</button>
        <button type="button">2</button>
      </div>,
    );
    const [first, second] = [...document.querySelectorAll('button')];
    const entering = describeFocus(first as Element, options(), null);
    expect(entering).toContain(PRIVATE);
    expect(entering).toContain('pakai headphone');
    const moving = describeFocus(second as Element, options(), first as Element);
    expect(moving).toContain(PRIVATE);
    expect(moving).not.toContain('pakai headphone');
    expect(describeFocus(second as Element, options(true), first as Element)).toBe('2, tombol.');
  });
});
