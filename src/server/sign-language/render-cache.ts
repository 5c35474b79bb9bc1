import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * Remembers which inputs produced each rendered clip, so a second run re-encodes only clips
 * whose text or rendering changed. Encoding all clips takes minutes on two cores. The record
 * lives outside public/, because every file there must be named by the manifest.
 */
export class RenderCache {
  private constructor(
    private readonly path: string,
    /** Entries are keyed by output paths relative to this folder. */
    private readonly root: string,
    private readonly entries: Record<string, { inputs: string; output: string }>,
  ) {}

  /** Reads the record at `path`; a missing or damaged one starts empty, so every clip is encoded. */
  static async load(path: string, root: string): Promise<RenderCache> {
    try {
      return new RenderCache(path, root, JSON.parse(await readFile(path, 'utf8')) as Record<string, { inputs: string; output: string }>);
    } catch {
      return new RenderCache(path, root, {});
    }
  }

  /** A digest of everything that decides a clip's bytes. */
  static fingerprint(inputs: unknown): string {
    return sha256(JSON.stringify(inputs));
  }

  /** Returns true when `outputPath` contains exactly the bytes an earlier run rendered from these inputs. */
  async isFresh(outputPath: string, inputs: string): Promise<boolean> {
    const entry = this.entries[relative(this.root, outputPath)];
    if (!entry || entry.inputs !== inputs) return false;
    try {
      return sha256(await readFile(outputPath)) === entry.output;
    } catch {
      return false;
    }
  }

  async record(outputPath: string, inputs: string): Promise<void> {
    this.entries[relative(this.root, outputPath)] = { inputs, output: sha256(await readFile(outputPath)) };
  }

  async save(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await writeFile(this.path, `${JSON.stringify(this.entries, null, 2)}\n`);
  }
}
