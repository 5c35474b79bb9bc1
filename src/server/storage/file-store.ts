import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { SHA256_HEX } from '../../domain/attachments/file-types.ts';

/** Folder of the attachment files inside the data directory. */
export const FILES_DIR_NAME = 'files';

/**
 * Modes of the folders and files. Attachments are photos of identity cards, letters and the
 * like, personal data under UU 27/2022 (Pelindungan Data Pribadi), so only the server's own
 * user may read them, as with the database. Modes apply on POSIX systems only.
 */
const DIRECTORY_MODE = 0o700;
const FILE_MODE = 0o600;

/** Ending of a file being written; only a complete file gets its final name. */
const TEMPORARY_SUFFIX = '.tmp';

/**
 * Attachment files by content: `<dataDir>/files/<first two hex digits>/<sha256>`. They live
 * outside SQLite so the database stays small enough to back up and copy quickly. A file is
 * written under a temporary name in its final folder, synced, and renamed, so a crash leaves
 * at worst a temporary file and never a partial file under a hash.
 *
 * Callers must pass a hash they computed from the bytes: the store does not hash again.
 *
 * TODO: delete files that no submission references once a retention period is decided; until
 * then an upload whose submission never arrives stays on disk.
 */
export class FileStore {
  readonly #root: string;

  constructor(dataDir: string) {
    this.#root = join(dataDir, FILES_DIR_NAME);
  }

  /** Returns the size in bytes of the stored file, or undefined when none is stored. */
  async size(sha256: string): Promise<number | undefined> {
    try {
      const info = await stat(this.#pathOf(sha256));
      return info.isFile() ? info.size : undefined;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  /** Returns the stored bytes, or undefined when none are stored. */
  async read(sha256: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.#pathOf(sha256));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  /**
   * Stores the bytes under their hash unless a file is stored there already. Returns whether
   * this call wrote the file. Two concurrent calls for one hash may both write it, which is
   * harmless because both renames put the same bytes in place.
   */
  async store(sha256: string, bytes: Uint8Array): Promise<{ created: boolean }> {
    const finalPath = this.#pathOf(sha256);
    if ((await this.size(sha256)) !== undefined) return { created: false };

    const directory = join(this.#root, sha256.slice(0, 2));
    await mkdir(directory, { recursive: true, mode: DIRECTORY_MODE });
    const temporaryPath = join(directory, `${sha256}.${randomUUID()}${TEMPORARY_SUFFIX}`);
    try {
      const handle = await open(temporaryPath, 'wx', FILE_MODE);
      try {
        await handle.writeFile(bytes);
        // The device deletes its copy once the submission is accepted, so the bytes must be
        // on disk before the rename makes them visible.
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporaryPath, finalPath);
    } catch (error) {
      await unlink(temporaryPath).catch(() => undefined);
      throw error;
    }
    await syncDirectory(directory);
    return { created: true };
  }

  /**
   * Deletes temporary files older than `maxAgeMs`, left by a crash or power cut during a
   * write. Younger ones may belong to a write in progress, possibly by another server process
   * on the same data directory. Returns how many were deleted.
   */
  async removeStaleTemporaryFiles(maxAgeMs: number, now = Date.now()): Promise<number> {
    let removed = 0;
    for (const folder of await listOrEmpty(this.#root)) {
      const directory = join(this.#root, folder);
      for (const name of await listOrEmpty(directory)) {
        if (!name.endsWith(TEMPORARY_SUFFIX)) continue;
        const path = join(directory, name);
        try {
          if (now - (await stat(path)).mtimeMs < maxAgeMs) continue;
          await unlink(path);
          removed += 1;
        } catch (error) {
          if (!isMissing(error)) throw error;
        }
      }
    }
    return removed;
  }

  #pathOf(sha256: string): string {
    // The hash becomes a path, so anything but 64 lowercase hex digits could leave the folder.
    if (!SHA256_HEX.test(sha256)) throw new RangeError('A file hash must be 64 lowercase hexadecimal digits');
    return join(this.#root, sha256.slice(0, 2), sha256);
  }
}

/**
 * Syncs a directory, so that a rename in it survives a power cut. A platform that cannot sync
 * a directory rejects the open or the sync with EISDIR, EPERM or EINVAL, and there the rename
 * stays as durable as the file system makes it.
 *
 * NOTE: run on Linux only. Windows is expected to take the EISDIR or EPERM path.
 */
async function syncDirectory(directory: string): Promise<void> {
  let handle;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error;
  } finally {
    await handle?.close();
  }
}

async function listOrEmpty(directory: string): Promise<string[]> {
  try {
    return await readdir(directory);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
