// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttachmentType } from '../../src/domain/attachments/file-types.ts';
import { prepareAttachment } from '../../src/app/attachments/prepare-attachment.ts';
import type { DraftAttachment, PrepareResult } from '../../src/app/attachments/types.ts';
import { LoketDatabase, setDatabaseForTesting } from '../../src/app/outbox/db.ts';
import { listRecords } from '../../src/app/outbox/outbox.ts';
import { submitSubmission } from '../../src/app/outbox/submit.ts';
import { beginForm, clickNext, currentHeading, renderApp } from './app-harness.tsx';

/**
 * The outbox branch owns prepareAttachment and submitSubmission's attachment handling. Here
 * prepareAttachment takes the declared type and keeps the bytes (jsdom cannot decode images),
 * and submitSubmission runs the real outbox, then reports the last file as not kept, as it
 * does when the device's storage is full. Both stand-ins keep the agreed signatures.
 */
vi.mock('../../src/app/attachments/prepare-attachment.ts', () => ({
  prepareAttachment: vi.fn(async (file: File) => preparedAsIs(file)),
}));

function preparedAsIs(file: File): PrepareResult {
  return {
    ok: true,
    attachment: { id: crypto.randomUUID(), name: file.name, type: file.type as AttachmentType, size: file.size, sha256: 'c'.repeat(64), blob: file },
  };
}

vi.mock('../../src/app/outbox/submit.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/app/outbox/submit.ts')>();
  return {
    ...original,
    submitSubmission: vi.fn(async (...args: Parameters<typeof original.submitSubmission>) => {
      const result = await original.submitSubmission(...args);
      const attachments = (args as unknown[])[3] as DraftAttachment[] | undefined;
      const last = attachments?.at(-1);
      return result.kind === 'queued' && last ? { ...result, droppedFiles: [last.name] } : result;
    }),
  };
});

let databaseCount = 0;

beforeEach(() => {
  databaseCount += 1;
  setDatabaseForTesting(new LoketDatabase(`loket-attachments-flow-test-${databaseCount}`));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setDatabaseForTesting(undefined);
});

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function fillComplaintToAttachments(user: User) {
  await beginForm(user, 'Sampaikan pengaduan');
  await user.type(screen.getByLabelText(/^Judul laporan/), 'Jalan berlubang');
  await user.type(screen.getByLabelText(/^Isi laporan/), 'Lubang besar di depan pasar.');
  await user.type(screen.getByLabelText(/^Tanggal kejadian/), '2026-01-05');
  await clickNext(user);
  await user.selectOptions(screen.getByLabelText(/^Kecamatan/), 'Ciledug');
  await clickNext(user);
  await user.selectOptions(screen.getByLabelText(/^Instansi yang diadukan/), 'DINKES');
  await user.selectOptions(screen.getByLabelText(/^Kategori/), 'JALAN');
  await clickNext(user);
  await user.click(screen.getByRole('radio', { name: 'Tidak, identitas saya boleh diketahui' }));
  await user.click(screen.getByRole('radio', { name: 'Tidak, laporan boleh dipublikasikan' }));
  await clickNext(user);
  await user.type(screen.getByLabelText(/^Nama lengkap/), 'Siti Contoh');
  await clickNext(user);
}

function photo(name: string, seed: number): File {
  return new File([new Uint8Array(3000).fill(seed)], name, { type: 'image/jpeg' });
}

describe('attachments through the flow', () => {
  it('travel to the review, the outbox and the receipt', async () => {
    const { user } = await renderApp();
    await fillComplaintToAttachments(user);
    expect(currentHeading().textContent).toContain('Lampiran');

    const upload = userEvent.setup({ applyAccept: false });
    await upload.upload(screen.getByTestId('attachment-file-input') as HTMLInputElement, [photo('lubang-1.jpg', 1), photo('lubang-2.jpg', 2)]);
    await screen.findByRole('button', { name: 'Hapus lubang-2.jpg' });
    await clickNext(user);

    const section = screen.getByRole('region', { name: 'Lampiran' });
    expect(within(section).getByText('lubang-1.jpg (3 kB)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kirim pengaduan' }));
    await screen.findByText('Kode sementara');

    const [, , , attachments] = vi.mocked(submitSubmission).mock.calls.at(-1) as unknown as [unknown, unknown, unknown, DraftAttachment[]];
    expect(attachments.map((attachment) => attachment.name)).toEqual(['lubang-1.jpg', 'lubang-2.jpg']);
    const [record] = await listRecords();
    expect(record?.payload?.attachments?.map((attachment) => attachment.name)).toEqual(['lubang-1.jpg', 'lubang-2.jpg']);
    expect(record?.receipt.attachments).toEqual([
      { name: 'lubang-1.jpg', size: 3000 },
      { name: 'lubang-2.jpg', size: 3000 },
    ]);

    expect(within(screen.getByTestId('receipt-attachments')).getByText('lubang-1.jpg')).toBeTruthy();
    expect(screen.getByTestId('receipt-dropped-files').textContent).toContain('tidak ikut tersimpan: lubang-2.jpg.');
  });

  it('are kept when Lanjut is pressed during processing', async () => {
    const { user } = await renderApp();
    await fillComplaintToAttachments(user);
    let finish: () => void = () => undefined;
    vi.mocked(prepareAttachment).mockImplementationOnce(
      (file) =>
        new Promise((resolve) => {
          finish = () => resolve(preparedAsIs(file));
        }),
    );
    const upload = userEvent.setup({ applyAccept: false });
    await upload.upload(screen.getByTestId('attachment-file-input') as HTMLInputElement, photo('lubang-1.jpg', 1));
    await screen.findByTestId('attachment-progress');

    const next = screen.getByRole('button', { name: 'Lanjut' });
    await user.click(next);
    expect(currentHeading().textContent).toContain('Lampiran');
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(next);

    finish();
    await screen.findByRole('region', { name: 'Lampiran' });
    expect(within(screen.getByRole('region', { name: 'Lampiran' })).getByText('lubang-1.jpg (3 kB)')).toBeTruthy();
  });

  it('hold Lanjut when a file is rejected', async () => {
    const { user } = await renderApp();
    await fillComplaintToAttachments(user);
    let finish: () => void = () => undefined;
    vi.mocked(prepareAttachment).mockImplementationOnce(
      (file) =>
        new Promise((resolve) => {
          finish = () => resolve({ ok: false, problem: { code: 'unreadable', file: file.name } });
        }),
    );
    const upload = userEvent.setup({ applyAccept: false });
    await upload.upload(screen.getByTestId('attachment-file-input') as HTMLInputElement, photo('rusak.jpg', 1));
    await screen.findByTestId('attachment-progress');
    await clickNext(user);

    finish();
    await screen.findByTestId('attachment-problems');
    expect(currentHeading().textContent).toContain('Lampiran');
    expect(screen.getByRole('button', { name: 'Lanjut' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('are kept when going back and forth', async () => {
    const { user } = await renderApp();
    await fillComplaintToAttachments(user);
    const upload = userEvent.setup({ applyAccept: false });
    await upload.upload(screen.getByTestId('attachment-file-input') as HTMLInputElement, photo('lubang-1.jpg', 1));
    await screen.findByRole('button', { name: 'Hapus lubang-1.jpg' });

    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    await clickNext(user);
    expect(screen.getByRole('button', { name: 'Hapus lubang-1.jpg' })).toBeTruthy();
  });

  it('are cleared by starting again', async () => {
    const { user } = await renderApp();
    await fillComplaintToAttachments(user);
    const upload = userEvent.setup({ applyAccept: false });
    await upload.upload(screen.getByTestId('attachment-file-input') as HTMLInputElement, photo('lubang-1.jpg', 1));
    await screen.findByRole('button', { name: 'Hapus lubang-1.jpg' });

    for (let step = 0; step < 7; step += 1) await user.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(currentHeading().textContent).toContain('Layanan Informasi Publik');
    await user.click(screen.getByRole('button', { name: 'Mulai baru dan hapus isian' }));
    // With neither answers nor files left, the chooser warns of nothing and the start offers "Mulai".
    expect(screen.queryByText(/Anda sudah mulai mengisi/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(screen.getByRole('button', { name: 'Mulai' })).toBeTruthy();
  });
});
