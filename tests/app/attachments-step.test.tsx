// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isAttachmentType } from '../../src/domain/attachments/file-types.ts';
import { checkAttachmentLimits, DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits } from '../../src/domain/attachments/limits.ts';
import { complaint } from '../../src/domain/forms/complaint.ts';
import { AttachmentsStep } from '../../src/app/attachment-step/AttachmentsStep.tsx';
import type { PrepareAttachment } from '../../src/app/attachment-step/use-attachment-processing.ts';
import type { DraftAttachment, PrepareResult } from '../../src/app/attachments/types.ts';
import { clearAnnouncements } from '../../src/app/a11y/announcer.ts';
import { buildSubmission } from '../../src/app/flow/build-submission.ts';
import { ReviewScreen } from '../../src/app/form/ReviewScreen.tsx';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { testSources } from './app-harness.tsx';

beforeAll(async () => {
  initI18n();
  await i18n.changeLanguage('id');
});

beforeEach(clearAnnouncements);

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await i18n.changeLanguage('id');
});

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Prepares a file as prepareAttachment's contract defines, except for images: jsdom cannot decode
 * or re-encode them, so the type is the declared one and the bytes stay as they are. The
 * SHA-256 is real, and the limits are the domain's own check.
 */
const preparePlainly: PrepareAttachment = async (file, existing, limits): Promise<PrepareResult> => {
  if (!isAttachmentType(file.type)) return { ok: false, problem: { code: 'unsupportedType', file: file.name } };
  // Copied into this realm's Uint8Array: Node's digest rejects jsdom's ArrayBuffer.
  const bytes = Uint8Array.from(new Uint8Array(await file.arrayBuffer()));
  const sha256 = hex(await crypto.subtle.digest('SHA-256', bytes));
  if (existing.some((attachment) => attachment.sha256 === sha256)) return { ok: false, problem: { code: 'duplicate', file: file.name } };
  const [problem] = checkAttachmentLimits([...existing, { name: file.name, size: file.size }], limits);
  if (problem) return { ok: false, problem };
  return { ok: true, attachment: { id: crypto.randomUUID(), name: file.name, type: file.type, size: file.size, sha256, blob: file } };
};

/** Creates a synthetic file of `size` bytes whose content differs by `seed`, so hashes differ. */
function syntheticFile(name: string, type: string, size: number, seed = 1): File {
  const bytes = new Uint8Array(size);
  bytes.fill(seed % 256);
  return new File([bytes], name, { type });
}

const MIB = 1024 * 1024;

/** Renders the step with its attachments in state, as FlowScreens keeps them in the flow state. */
function Harness({ limits, prepare = preparePlainly, offerCamera = true, initial = [] }: { limits?: AttachmentLimits; prepare?: PrepareAttachment; offerCamera?: boolean; initial?: DraftAttachment[] }) {
  const [attachments, setAttachments] = useState<readonly DraftAttachment[]>(initial);
  return (
    <AttachmentsStep
      attachments={attachments}
      limits={limits ?? DEFAULT_ATTACHMENT_LIMITS}
      prepare={prepare}
      offerCamera={offerCamera}
      onAdd={(attachment) => setAttachments((current) => [...current, attachment])}
      onRemove={(id) => setAttachments((current) => current.filter((attachment) => attachment.id !== id))}
    />
  );
}

function fileInput(): HTMLInputElement {
  return screen.getByTestId('attachment-file-input') as HTMLInputElement;
}

function listedNames(): string[] {
  return [...document.querySelectorAll('.attachment__name')].map((name) => name.textContent ?? '');
}

// The accept attribute is not applied, so a test can hand over a file the picker would hide.
const setupUser = () => userEvent.setup({ applyAccept: false });

describe('attachments step', () => {
  it('offers camera and file picker', () => {
    render(<Harness />);
    expect(screen.getByRole('button', { name: 'Ambil foto' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pilih berkas' })).toBeTruthy();
    const camera = screen.getByTestId('attachment-camera-input') as HTMLInputElement;
    expect(camera.accept).toBe('image/*');
    expect(camera.getAttribute('capture')).toBe('environment');
    expect(fileInput().accept).toBe('image/jpeg,image/png,image/webp,application/pdf');
    expect(fileInput().multiple).toBe(true);
    expect(screen.getByText(/Paling banyak 5 berkas, masing-masing sampai 5 MB, semuanya bersama sampai 15 MB/)).toBeTruthy();
    expect(screen.getByText('Belum ada berkas terlampir.')).toBeTruthy();
  });

  it('no camera button where there is no camera', () => {
    render(<Harness offerCamera={false} />);
    expect(screen.queryByRole('button', { name: 'Ambil foto' })).toBeNull();
    expect(screen.queryByTestId('attachment-camera-input')).toBeNull();
  });

  it('lists files with sizes and named remove buttons', async () => {
    render(<Harness />);
    await setupUser().upload(fileInput(), [syntheticFile('foto-jalan.jpg', 'image/jpeg', 2048), syntheticFile('surat.pdf', 'application/pdf', 1.5 * MIB, 2)]);
    await waitFor(() => expect(listedNames()).toEqual(['foto-jalan.jpg', 'surat.pdf']));
    expect(screen.getByText('2 kB')).toBeTruthy();
    expect(screen.getByText('1,5 MB')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hapus foto-jalan.jpg' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hapus surat.pdf' })).toBeTruthy();
    const announcer = document.querySelector('[data-announcer]');
    // Messages that arrive together are spoken together, and the last one names what was attached.
    await waitFor(() => expect(announcer?.textContent).toMatch(/2 berkas dilampirkan: foto-jalan\.jpg dan surat\.pdf\.$/));
  });

  it('sizes follow the language', async () => {
    await i18n.changeLanguage('en');
    render(<Harness />);
    await setupUser().upload(fileInput(), syntheticFile('surat.pdf', 'application/pdf', 1.5 * MIB));
    expect(await screen.findByText('1.5 MB')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove surat.pdf' })).toBeTruthy();
  });

  it('shows progress while preparing', async () => {
    let finish: (result: PrepareResult) => void = () => undefined;
    const pending = new Promise<PrepareResult>((resolve) => {
      finish = resolve;
    });
    const file = syntheticFile('foto-jalan.jpg', 'image/jpeg', 2048);
    render(<Harness prepare={() => pending} />);
    await setupUser().upload(fileInput(), file);

    expect(screen.getByTestId('attachment-progress').textContent).toBe('Memproses foto foto-jalan.jpg… Tunggu sampai selesai sebelum melanjutkan.');
    const announcer = document.querySelector('[data-announcer]');
    await waitFor(() => expect(announcer?.textContent).toBe('Memproses foto foto-jalan.jpg…'));

    expect(screen.getByRole('button', { name: 'Pilih berkas' }).getAttribute('aria-disabled')).toBe('true');

    const prepared = await preparePlainly(file, [], DEFAULT_ATTACHMENT_LIMITS);
    await act(async () => finish(prepared));
    await waitFor(() => expect(screen.queryByTestId('attachment-progress')).toBeNull());
    expect(listedNames()).toEqual(['foto-jalan.jpg']);
  });

  it('a file too large is named with the limit', async () => {
    render(<Harness />);
    const user = setupUser();
    await user.upload(fileInput(), syntheticFile('foto-jalan.jpg', 'image/jpeg', 2048));
    await waitFor(() => expect(listedNames()).toEqual(['foto-jalan.jpg']));

    await user.upload(fileInput(), syntheticFile('besar.jpg', 'image/jpeg', 6 * MIB, 3));
    const problems = await screen.findByTestId('attachment-problems');
    expect(problems.getAttribute('role')).toBe('alert');
    expect(within(problems).getByText('besar.jpg lebih besar dari 5 MB. Pilih berkas yang lebih kecil')).toBeTruthy();
    expect(listedNames()).toEqual(['foto-jalan.jpg']);
  });

  it.each([
    ['too many files', { ...DEFAULT_ATTACHMENT_LIMITS, maxFiles: 1 }, syntheticFile('kedua.png', 'image/png', 100, 5), 'kedua.png tidak dilampirkan karena batasnya 1 berkas. Hapus berkas lain lebih dulu jika ingin menggantinya'],
    ['too much in all', { ...DEFAULT_ATTACHMENT_LIMITS, maxSubmissionBytes: 3000 }, syntheticFile('kedua.png', 'image/png', 2000, 5), 'kedua.png tidak dilampirkan karena semua berkas bersama tidak boleh lebih dari 3 kB. Hapus berkas lain atau pilih berkas yang lebih kecil'],
    ['an unsupported type', DEFAULT_ATTACHMENT_LIMITS, syntheticFile('animasi.gif', 'image/gif', 100, 5), 'animasi.gif bukan foto (JPG, PNG, WebP) atau dokumen PDF. Pilih berkas jenis itu'],
    ['the same file twice', DEFAULT_ATTACHMENT_LIMITS, syntheticFile('salinan.jpg', 'image/jpeg', 2048), 'salinan.jpg sudah dilampirkan'],
  ] as const)('%s keeps what is attached', async (_case, limits, second, message) => {
    render(<Harness limits={limits} />);
    const user = setupUser();
    await user.upload(fileInput(), syntheticFile('foto-jalan.jpg', 'image/jpeg', 2048));
    await waitFor(() => expect(listedNames()).toEqual(['foto-jalan.jpg']));

    await user.upload(fileInput(), second);
    expect(within(await screen.findByTestId('attachment-problems')).getByText(message)).toBeTruthy();
    expect(listedNames()).toEqual(['foto-jalan.jpg']);
  });

  it('removing a file clears the problems', async () => {
    render(<Harness limits={{ ...DEFAULT_ATTACHMENT_LIMITS, maxFiles: 1 }} />);
    const user = setupUser();
    await user.upload(fileInput(), syntheticFile('foto-jalan.jpg', 'image/jpeg', 2048));
    await waitFor(() => expect(listedNames()).toEqual(['foto-jalan.jpg']));
    await user.upload(fileInput(), syntheticFile('kedua.png', 'image/png', 100, 5));
    await screen.findByTestId('attachment-problems');

    await user.click(screen.getByRole('button', { name: 'Hapus foto-jalan.jpg' }));
    expect(screen.queryByTestId('attachment-problems')).toBeNull();
  });

  it('a rejected file leaves no progress message', async () => {
    render(<Harness />);
    await setupUser().upload(fileInput(), syntheticFile('animasi.gif', 'image/gif', 100, 5));
    await screen.findByTestId('attachment-problems');

    expect(screen.queryByTestId('attachment-progress')).toBeNull();
    const announcer = document.querySelector('[data-announcer]');
    // Longer than the announcer's rewrite delay, so a message still waiting would be written by now.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(announcer?.textContent).not.toContain('Memproses');
  });

  it('an error while preparing reads as unreadable', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Harness prepare={() => Promise.reject(new Error('decode failed'))} />);
    await setupUser().upload(fileInput(), syntheticFile('KTP Siti.jpg', 'image/jpeg', 100));
    expect(await screen.findByText('KTP Siti.jpg tidak dapat dibaca. Pilih lagi, atau pilih berkas lain')).toBeTruthy();
    // The name may be personal, so it stays out of the log.
    expect(JSON.stringify(vi.mocked(console.error).mock.calls)).not.toContain('Siti');
  });

  it('remove moves focus and revokes the preview', async () => {
    const created: string[] = [];
    const revoked: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${created.length}-${blob.size}`;
        created.push(url);
        return url;
      },
      revokeObjectURL: (url: string) => void revoked.push(url),
    }));
    const { unmount } = render(<Harness />);
    const user = setupUser();
    await user.upload(fileInput(), [syntheticFile('satu.jpg', 'image/jpeg', 100, 1), syntheticFile('dua.jpg', 'image/jpeg', 100, 2), syntheticFile('surat.pdf', 'application/pdf', 100, 3)]);
    await waitFor(() => expect(listedNames()).toEqual(['satu.jpg', 'dua.jpg', 'surat.pdf']));
    // Images get a thumbnail; the PDF gets a label and no object URL.
    expect(created).toHaveLength(2);
    expect(document.querySelectorAll('img.attachment__preview')).toHaveLength(2);
    expect(document.querySelector('img.attachment__preview')?.getAttribute('alt')).toBe('');

    await user.click(screen.getByRole('button', { name: 'Hapus satu.jpg' }));
    expect(listedNames()).toEqual(['dua.jpg', 'surat.pdf']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Hapus dua.jpg' }));
    // Preact runs an unmounted component's effect clean-up after the next paint.
    await waitFor(() => expect(revoked).toEqual([created[0]]));
    const announcer = document.querySelector('[data-announcer]');
    await waitFor(() => expect(announcer?.textContent).toMatch(/satu\.jpg dihapus dari lampiran\.$/));

    await user.click(screen.getByRole('button', { name: 'Hapus surat.pdf' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Hapus dua.jpg' }));
    await user.click(screen.getByRole('button', { name: 'Hapus dua.jpg' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pilih berkas' }));
    await waitFor(() => expect(revoked).toEqual(created));

    await user.upload(fileInput(), syntheticFile('tiga.jpg', 'image/jpeg', 100, 4));
    await waitFor(() => expect(listedNames()).toEqual(['tiga.jpg']));
    unmount();
    await waitFor(() => expect(revoked).toEqual(created));
  });
});

describe('attachments in the submission', () => {
  const photo: DraftAttachment = {
    id: 'a1',
    name: 'foto-jalan.jpg',
    type: 'image/jpeg',
    size: 2048,
    sha256: 'b'.repeat(64),
    blob: syntheticFile('foto-jalan.jpg', 'image/jpeg', 2048),
  };
  const values = {
    title: 'Lampu jalan mati',
    account: 'Mati sejak seminggu.',
    eventDate: '2026-01-05',
    district: 'Pinang',
    agency: 'DINKES',
    category: 'JALAN',
    anonymous: 'yes',
    confidential: 'no',
  };

  it('review lists files with a change link', async () => {
    const onChangeStep = vi.fn();
    render(
      <ReviewScreen
        definition={complaint}
        draft={values}
        attachments={[photo]}
        sources={testSources}
        errors={[]}
        submitFailure={null}
        pending={false}
        onChange={vi.fn()}
        onChangeStep={onChangeStep}
        onErrorSelect={vi.fn()}
        onSubmit={vi.fn()}
        onBack={vi.fn()}
      />,
    );
    const section = screen.getByRole('region', { name: 'Lampiran' });
    expect(within(section).getByText('foto-jalan.jpg (2 kB)')).toBeTruthy();
    await userEvent.setup().click(within(section).getByRole('link', { name: 'Ubah Berkas' }));
    expect(onChangeStep).toHaveBeenCalledWith(complaint.steps.findIndex((step) => step.attachments));
  });

  it('payload refers to files, receipt names them', () => {
    const { payload, receipt } = buildSubmission(complaint, values, 'id', { deviceId: 'TABLET-TEST-1', channel: 'tablet' }, new Date(), [photo]);
    expect(payload.attachments).toEqual([{ sha256: photo.sha256, name: 'foto-jalan.jpg', type: 'image/jpeg', size: 2048 }]);
    expect(receipt.attachments).toEqual([{ name: 'foto-jalan.jpg', size: 2048 }]);
    expect(JSON.stringify(payload)).not.toContain('"id":"a1"');
  });

  it('no files, no attachment lists', () => {
    const { payload, receipt } = buildSubmission(complaint, values, 'id', { deviceId: 'TABLET-TEST-1', channel: 'tablet' });
    expect(payload.attachments).toBeUndefined();
    expect(receipt.attachments).toBeUndefined();
  });
});
