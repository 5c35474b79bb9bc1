import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttachmentMismatchError, listAttachments } from '../../../src/app/outbox/attachment-store.ts';
import { getDatabase } from '../../../src/app/outbox/db.ts';
import { enqueue, getRecord } from '../../../src/app/outbox/outbox.ts';
import { ENROLMENT_KEY } from '../../../src/app/numbering/types.ts';
import { draftAttachment, jpegBytes, pdfBytes, submissionWith } from '../../support/attachments.ts';
import { dropDatabase, useFreshDatabase } from '../../support/fresh-database.ts';

const NUMBERING = { registrationPattern: '{seq}/PPID/{agency}/{series}/{year}', timeZone: 'Asia/Jakarta', series: 'PI' };

/** Makes the attachments table fail the write of the file at `position`, as a full disk would. */
function failFileWrite(position: number, error: Error): void {
  getDatabase().attachments.hook('creating', (_key, row) => {
    if (row.position === position) throw error;
  });
}

beforeEach(() => {
  useFreshDatabase('enqueue-attachments');
});

afterEach(async () => {
  await dropDatabase();
});

describe('enqueue with attachments', () => {
  it('stores each file as a Blob beside the record', async () => {
    const photo = jpegBytes(3_000, 1);
    const drafts = [draftAttachment(photo, 'foto-ktp.jpg'), draftAttachment(pdfBytes(2_000), 'surat-kuasa.pdf', 'application/pdf')];
    const { payload, receipt } = submissionWith(drafts);

    await enqueue(payload, receipt, 1_000, undefined, drafts);

    expect((await getRecord(payload.id))?.payload?.attachments).toEqual(payload.attachments);
    const rows = await listAttachments(payload.id);
    expect(rows.map(({ position, name, type, size, sha256, uploaded }) => ({ position, name, type, size, sha256, uploaded }))).toEqual([
      { position: 0, name: 'foto-ktp.jpg', type: 'image/jpeg', size: 3_000, sha256: drafts[0]?.sha256, uploaded: false },
      { position: 1, name: 'surat-kuasa.pdf', type: 'application/pdf', size: 2_000, sha256: drafts[1]?.sha256, uploaded: false },
    ]);
    expect(rows[0]?.blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await rows[0]!.blob.arrayBuffer())).toEqual(photo);
  });

  it('leaves nothing behind when a file write fails', async () => {
    const drafts = [draftAttachment(jpegBytes(3_000, 2)), draftAttachment(jpegBytes(3_000, 3), 'foto-2.jpg')];
    const { payload, receipt } = submissionWith(drafts);
    failFileWrite(1, new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

    await expect(enqueue(payload, receipt, 1_000, undefined, drafts)).rejects.toMatchObject({ name: 'QuotaExceededError' });

    expect(await getRecord(payload.id)).toBeUndefined();
    expect(await getDatabase().attachments.count()).toBe(0);
  });

  it('takes no block number when a file write fails', async () => {
    const database = getDatabase();
    await database.enrolment.put({ key: ENROLMENT_KEY, deviceId: 'dev-1', label: 'Kiosk lobi', channel: 'kiosk', token: 'device-token-for-tests-only', enrolledAt: 0 });
    await database.blocks.add({ id: 7, agency: 'DINKES', series: 'PI', year: 2026, firstSeq: 41, lastSeq: 43, nextSeq: 41 });
    const drafts = [draftAttachment(jpegBytes(3_000, 4))];
    const { payload, receipt } = submissionWith(drafts);
    failFileWrite(0, new Error('write failed'));

    await expect(enqueue(payload, receipt, Date.now(), NUMBERING, drafts)).rejects.toThrow('write failed');

    expect((await database.blocks.get(7))?.nextSeq).toBe(41);
  });

  it.each([
    { case: 'a missing file', drafts: () => [draftAttachment(jpegBytes(3_000, 5))], handedOver: () => [] },
    {
      case: 'another file',
      drafts: () => [draftAttachment(jpegBytes(3_000, 6))],
      handedOver: () => [draftAttachment(jpegBytes(3_000, 7))],
    },
    {
      case: 'files in another order',
      drafts: () => [draftAttachment(jpegBytes(3_000, 8), 'a.jpg'), draftAttachment(jpegBytes(3_000, 9), 'b.jpg')],
      handedOver: (drafts: ReturnType<typeof draftAttachment>[]) => [...drafts].reverse(),
    },
  ])('rejects $case', async ({ drafts, handedOver }) => {
    const named = drafts();
    const { payload, receipt } = submissionWith(named);

    await expect(enqueue(payload, receipt, 1_000, undefined, handedOver(named))).rejects.toBeInstanceOf(AttachmentMismatchError);
    expect(await getRecord(payload.id)).toBeUndefined();
  });
});
