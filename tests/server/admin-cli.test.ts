// @vitest-environment node
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EnrolmentResponse } from '../../src/domain/numbering.ts';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runAdminCommand } from '../../src/server/admin-commands.ts';
import type { DeviceWithBlocks } from '../../src/server/storage/device-store.ts';
import { openSqliteStores } from '../../src/server/storage/sqlite-stores.ts';
import { exchangeBlocks } from './device-client.ts';
import { createTemporaryDirectory, removeTemporaryDirectories, startTestServer } from './test-server.ts';

const repositoryRoot = resolve(import.meta.dirname, '../..');

afterAll(async () => {
  await removeTemporaryDirectories();
});

interface AdminRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

async function admin(dataDir: string, ...args: string[]): Promise<AdminRun> {
  return adminAt(new Date('2026-03-02T03:00:00Z'), dataDir, ...args);
}

async function adminAt(now: Date, dataDir: string, ...args: string[]): Promise<AdminRun> {
  let stdout = '';
  let stderr = '';
  const exitCode = await runAdminCommand(args, {
    env: { LOKET_DATA_DIR: dataDir },
    cwd: repositoryRoot,
    now: () => now,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { exitCode, stdout, stderr };
}

/** Creates a data folder with the database that a server creates on its first start. */
async function dataDirWithDatabase(): Promise<string> {
  const dataDir = await createTemporaryDirectory();
  await openSqliteStores(dataDir).submissions.close();
  return dataDir;
}

describe('admin CLI', () => {
  it('refuses a folder without a database', async () => {
    const dataDir = await createTemporaryDirectory();

    const run = await admin(dataDir, 'enrolment-code', '--label', 'Kiosk lobi');

    expect(run.exitCode).toBe(EXIT_FAILED);
    expect(run.stderr).toContain(`No Loket database at ${dataDir}/loket.sqlite. Set LOKET_DATA_DIR`);
    expect(existsSync(`${dataDir}/loket.sqlite`)).toBe(false);
  });

  it('refuses a repeated label', async () => {
    const run = await admin(await dataDirWithDatabase(), 'enrolment-code', '--label', 'Kiosk A', '--label', 'Kiosk B');

    expect(run.exitCode).toBe(EXIT_USAGE);
    expect(run.stderr).toContain('--label is given more than once.');
  });

  it('creates a code that enrols a device on the server', async () => {
    const dataDir = await dataDirWithDatabase();
    const created = await admin(dataDir, 'enrolment-code', '--label', 'Kiosk lobi', '--json');
    const { code, label, expiresAt } = JSON.parse(created.stdout) as { code: string; label: string; expiresAt: string };
    const server = await startTestServer({ dataDir, now: () => new Date('2026-03-02T04:00:00Z') });
    try {
      const response = await server.post('/api/v1/devices/enrol', { code, channel: 'kiosk' });

      expect(created.exitCode).toBe(EXIT_OK);
      expect(label).toBe('Kiosk lobi');
      expect(expiresAt).toBe('2026-03-03T03:00:00.000Z');
      expect(response.status).toBe(201);
    } finally {
      await server.close();
    }
  });

  it('prints the code for people without --json', async () => {
    const dataDir = await dataDirWithDatabase();

    const created = await admin(dataDir, 'enrolment-code', '--label', 'Kiosk lobi');

    expect(created.exitCode).toBe(EXIT_OK);
    expect(created.stdout).toMatch(/^Enrolment code for "Kiosk lobi": [A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\n/);
    // 24 hours after 2026-03-02 03:00 UTC, shown in WIB for staff and in UTC for the record.
    expect(created.stdout).toContain('Valid once, until 2026-03-03 10:00 WIB (2026-03-03T03:00:00.000Z).');
  });

  it('lists and revokes devices on the same database as the server', async () => {
    const dataDir = await dataDirWithDatabase();
    const { code } = JSON.parse((await admin(dataDir, 'enrolment-code', '--label', 'Tablet keliling', '--json')).stdout) as { code: string };
    const server = await startTestServer({ dataDir, now: () => new Date('2026-03-02T04:00:00Z') });
    try {
      const device = (await (await server.post('/api/v1/devices/enrol', { code, channel: 'tablet' })).json()) as EnrolmentResponse;
      await exchangeBlocks(server, device.token, []);

      const listed = await admin(dataDir, 'devices', '--json');
      const listedText = await admin(dataDir, 'devices');
      const revoked = await admin(dataDir, 'revoke', device.deviceId);
      const revokedAgain = await adminAt(new Date('2026-03-02T05:00:00Z'), dataDir, 'revoke', device.deviceId);
      const afterRevoke = await server.post('/api/v1/devices/me/blocks', { holdings: [] }, { authorization: `Bearer ${device.token}` });
      const { devices } = JSON.parse((await admin(dataDir, 'devices', '--json')).stdout) as { devices: DeviceWithBlocks[] };

      expect(listed.exitCode).toBe(EXIT_OK);
      expect((JSON.parse(listed.stdout) as { devices: DeviceWithBlocks[] }).devices[0]?.blocks).toHaveLength(9);
      expect(listedText.stdout).toContain(`${device.deviceId}  tablet  "Tablet keliling"`);
      expect(listedText.stdout).toContain('DINKES PI 2026  1-5  used 0, highest seen 0');
      expect(revoked.exitCode).toBe(EXIT_OK);
      expect(revoked.stdout).toContain(`Revoked ${device.deviceId}`);
      expect(revokedAgain.exitCode).toBe(EXIT_OK);
      expect(revokedAgain.stdout).toContain('was already revoked at 2026-03-02T03:00:00.000Z; nothing changed.');
      expect(afterRevoke.status).toBe(401);
      expect(devices[0]?.blocks).toEqual([]);
      expect(devices[0]?.retiredBlocks.map((block) => block.retiredReason)).toEqual(Array(9).fill('revoked'));
    } finally {
      await server.close();
    }
  });

  it('fails with 1 for an unknown device', async () => {
    const dataDir = await dataDirWithDatabase();

    const run = await admin(dataDir, 'revoke', '00000000-0000-4000-8000-000000000000');

    expect(run.exitCode).toBe(EXIT_FAILED);
    expect(run.stderr).toContain('No device has the id "00000000-0000-4000-8000-000000000000"');
  });

  it.each([
    ['no command', [], 'A command is missing.'],
    ['an unknown command', ['enrol'], 'Unknown command "enrol".'],
    ['a code without a label', ['enrolment-code'], 'enrolment-code needs --label'],
    ['an empty label', ['enrolment-code', '--label', ' '], 'enrolment-code needs --label'],
    ['revoke without an id', ['revoke'], 'revoke needs exactly one device id'],
    ['an unknown option', ['devices', '--all'], "Unknown option '--all'"],
    ['a label on another command', ['devices', '--label', 'x'], '--label belongs to enrolment-code'],
  ])('rejects %s with usage and exit code 2', async (_label, args, message) => {
    const dataDir = await dataDirWithDatabase();

    const run = await admin(dataDir, ...args);

    expect(run.exitCode).toBe(EXIT_USAGE);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: npm run admin -- <command> [options]');
    expect(run.stdout).toBe('');
  });

  it('prints the usage for --help', async () => {
    const run = await admin(await createTemporaryDirectory(), '--help');

    expect(run.exitCode).toBe(EXIT_OK);
    expect(run.stdout).toContain('revoke <deviceId>');
  });

  it('names a bad environment variable', async () => {
    let stderr = '';
    const exitCode = await runAdminCommand(['devices'], {
      env: { LOKET_DATA_DIR: await createTemporaryDirectory(), PORT: 'eighty' },
      cwd: repositoryRoot,
      now: () => new Date(),
      stdout: () => {},
      stderr: (text) => (stderr += text),
    });

    expect(exitCode).toBe(EXIT_FAILED);
    expect(stderr).toContain('PORT "eighty" is invalid');
  });
});
