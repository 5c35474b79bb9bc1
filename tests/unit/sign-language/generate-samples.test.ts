import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('npm run sign-language:samples', () => {
  let binDir: string;

  beforeEach(async () => {
    // A PATH holding only node: tsx starts, and the generator finds no ffmpeg.
    binDir = await mkdtemp(join(tmpdir(), 'loket-no-ffmpeg-'));
    await symlink(process.execPath, join(binDir, 'node'));
  });

  afterEach(async () => {
    await rm(binDir, { recursive: true, force: true });
  });

  it('explains a missing ffmpeg in both languages', async () => {
    const failure = await run(join(ROOT, 'node_modules/.bin/tsx'), ['src/server/sign-language/generate-samples.ts'], {
      cwd: ROOT,
      env: { PATH: binDir },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('ffmpeg tidak ditemukan');
    expect(failure?.stderr).toContain('ffmpeg was not found');
  });
});
