// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, cp, mkdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionAccepted } from '../../src/domain/submission.ts';
import { createPayload, createTemporaryDirectory, removeTemporaryDirectories } from './test-server.ts';

const repositoryRoot = resolve(import.meta.dirname, '../..');
let root: string;

/**
 * Bundles main.ts as `npm run build:server` does, into a temporary copy of the repository
 * layout (dist/server, src/server/openapi.yaml, config with its calendars, node_modules), so the test runs the
 * real bundle without touching the shared dist folder.
 */
beforeAll(async () => {
  root = await createTemporaryDirectory('loket-main-');
  await mkdir(join(root, 'src', 'server'), { recursive: true });
  await mkdir(join(root, 'config'));
  await copyFile(join(repositoryRoot, 'src/server/openapi.yaml'), join(root, 'src/server/openapi.yaml'));
  await copyFile(join(repositoryRoot, 'config/loket.json'), join(root, 'config/loket.json'));
  await cp(join(repositoryRoot, 'config/calendar'), join(root, 'config/calendar'), { recursive: true });
  await symlink(join(repositoryRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  await build({
    entryPoints: [join(repositoryRoot, 'src/server/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    outfile: join(root, 'dist/server/main.js'),
    logLevel: 'silent',
  });
}, 60_000);

afterAll(async () => {
  await removeTemporaryDirectories();
});

interface RunningProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
}

function runMain(env: Record<string, string>): RunningProcess {
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, stdout: () => stdout, stderr: () => stderr };
}

async function waitForLogLine(running: RunningProcess, message: string): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const line = running
      .stdout()
      .split('\n')
      .filter(Boolean)
      .map((text) => JSON.parse(text) as Record<string, unknown>)
      .find((entry) => entry.msg === message);
    if (line) return line;
    if (running.child.exitCode !== null) break;
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
  throw new Error(`No "${message}" log line. stdout: ${running.stdout()} stderr: ${running.stderr()}`);
}

describe('bundled main.js', () => {
  it('starts, serves, and stops on SIGTERM', async () => {
    const running = runMain({ LOKET_DATA_DIR: 'var/data' });
    try {
      const started = await waitForLogLine(running, 'server started');
      const baseUrl = `http://127.0.0.1:${started.port as number}`;

      const config = await fetch(`${baseUrl}/api/v1/config`);
      const openApi = await fetch(`${baseUrl}/api/v1/openapi.yaml`);

      expect(started.host).toBe('127.0.0.1');
      expect(started.dataDir).toBe(join(root, 'var/data'));
      expect(started.calendarYears).toEqual([2026, 2027]);
      expect(running.stdout()).toContain('Holiday calendar 2027.json is not confirmed');
      expect(config.status).toBe(200);
      expect(openApi.status).toBe(200);
      expect((await stat(join(root, 'var/data/loket.sqlite'))).isFile()).toBe(true);
    } finally {
      running.child.kill('SIGTERM');
    }
    const [exitCode] = await once(running.child, 'exit');

    expect(exitCode).toBe(0);
    await waitForLogLine(running, 'server stopping');
    await waitForLogLine(running, 'server stopped');
  });

  it('numbers without gaps or collisions across two processes on one data directory', async () => {
    const first = runMain({ LOKET_DATA_DIR: 'shared-data' });
    const second = runMain({ LOKET_DATA_DIR: 'shared-data' });
    try {
      const ports = await Promise.all([first, second].map(async (running) => (await waitForLogLine(running, 'server started')).port as number));
      const requests = Array.from({ length: 60 }, (_, index) =>
        fetch(`http://127.0.0.1:${ports[index % 2]}/api/v1/submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(createPayload()),
        }),
      );
      const responses = await Promise.all(requests);
      const numbers = (await Promise.all(responses.map((response) => response.json()))).map(
        (answer) => Number((answer as SubmissionAccepted).registrationNumber.split('/')[0]),
      );

      expect(responses.map((response) => response.status)).toEqual(Array(60).fill(201));
      expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
    } finally {
      first.child.kill('SIGTERM');
      second.child.kill('SIGTERM');
    }
    await Promise.all([once(first.child, 'exit'), once(second.child, 'exit')]);
  });

  it('refuses to start with an invalid config, naming the key', async () => {
    const invalidConfig = join(root, 'config/invalid.json');
    await writeFile(invalidConfig, JSON.stringify({ body: 'Kota', timeZone: 'Asia/Jakarta', timeZoneLabel: 'WIB', agencies: [] }));

    const running = runMain({ LOKET_CONFIG: invalidConfig, LOKET_DATA_DIR: 'unused' });
    const [exitCode] = await once(running.child, 'exit');

    expect(exitCode).toBe(1);
    expect(running.stderr()).toContain('"agencies" must be a non-empty array');
  });
});
