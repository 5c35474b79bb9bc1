// @vitest-environment node
import { once } from 'node:events';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionAccepted } from '../../src/domain/submission.ts';
import { prepareBundledRoot, runBundled, waitForLogLine, type RunningProcess } from './bundled-server.ts';
import { createPayload, removeTemporaryDirectories } from './test-server.ts';

let root: string;

beforeAll(async () => {
  root = await prepareBundledRoot();
}, 60_000);

afterAll(async () => {
  await removeTemporaryDirectories();
});

function runMain(env: Record<string, string>): RunningProcess {
  return runBundled(root, 'main.js', env);
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

  it('stops on SIGTERM with a request stalled in flight', async () => {
    const running = runMain({ LOKET_DATA_DIR: 'var/data' });
    let socket: Socket | undefined;
    try {
      const started = await waitForLogLine(running, 'server started');
      // A POST whose body never arrives keeps a request in flight until its connection closes.
      socket = connect(started.port as number, '127.0.0.1');
      await once(socket, 'connect');
      socket.write('POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
      running.child.kill('SIGTERM');
      const [exitCode] = await once(running.child, 'exit');

      expect(exitCode).toBe(0);
      // NOTE: SIGTERM can reach the server before the partial request, and then the client socket
      // may see no close (seen on Linux loopback), so only the server's own stop is asserted.
      await waitForLogLine(running, 'server stopped');
    } finally {
      socket?.destroy();
      if (running.child.exitCode === null) running.child.kill('SIGKILL');
    }
  }, 30_000);

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

  it('serves LOKET_SIGN_LANGUAGE_DIR and logs the folder', async () => {
    await mkdir(join(root, 'isyarat'), { recursive: true });
    await writeFile(join(root, 'isyarat', 'manifest.json'), '{"format":"loket-sign-language/1","languages":{}}');
    const running = runMain({ LOKET_DATA_DIR: 'sign-data', LOKET_SIGN_LANGUAGE_DIR: 'isyarat' });
    try {
      const serving = await waitForLogLine(running, 'serving sign-language content');
      const started = await waitForLogLine(running, 'server started');
      const manifest = await fetch(`http://127.0.0.1:${started.port as number}/sign-language/manifest.json`);

      expect(serving.signLanguageDir).toBe(join(root, 'isyarat'));
      expect(serving.from).toBe('LOKET_SIGN_LANGUAGE_DIR');
      expect(manifest.status).toBe(200);
      expect(await manifest.json()).toEqual({ format: 'loket-sign-language/1', languages: {} });
    } finally {
      running.child.kill('SIGTERM');
    }
    await once(running.child, 'exit');
  });

  it('refuses to start when LOKET_SIGN_LANGUAGE_DIR is missing', async () => {
    const running = runMain({ LOKET_DATA_DIR: 'unused', LOKET_SIGN_LANGUAGE_DIR: 'no-such-folder' });
    const [exitCode] = await once(running.child, 'exit');

    expect(exitCode).toBe(1);
    expect(running.stderr()).toContain(`LOKET_SIGN_LANGUAGE_DIR ${join(root, 'no-such-folder')} is not a folder`);
  });
});
