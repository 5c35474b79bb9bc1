// @vitest-environment node
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/build-server.ts';
import { loadDeploymentConfig, parseDeploymentConfig } from '../../src/server/deployment-config.ts';
import { readServerEnvironment } from '../../src/server/environment.ts';
import { prepareBundledRoot, runBundled, waitForLogLine } from './bundled-server.ts';
import { configProblemsOf } from './config-problems.ts';
import { removeTemporaryDirectories, TEST_CONFIG } from './test-server.ts';

const FILE_KEYS = {
  body: 'Pemerintah Kota Contoh',
  timeZone: 'Asia/Jakarta',
  timeZoneLabel: 'WIB',
  agencies: [{ code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', role: 'utama' }],
};

afterAll(async () => {
  await removeTemporaryDirectories();
});

describe('braille in the deployment config', () => {
  it('reads the shipped page size', () => {
    expect(loadDeploymentConfig('config/loket.json').braille).toEqual({ pageSize: 'brf' });
  });

  it('defaults to the BRF page size', () => {
    expect(parseDeploymentConfig(FILE_KEYS, 'test.json').braille).toEqual({ pageSize: 'brf' });
    expect(parseDeploymentConfig({ ...FILE_KEYS, braille: {} }, 'test.json').braille).toEqual({ pageSize: 'brf' });
  });

  it('keeps the A4 page size', () => {
    expect(parseDeploymentConfig({ ...FILE_KEYS, braille: { pageSize: 'a4' } }, 'test.json').braille).toEqual({ pageSize: 'a4' });
  });

  it.each([
    ['an unknown page size', { pageSize: 'letter' }, '"braille.pageSize" must be one of "brf" (40 cells × 25 lines), "a4" (40 cells × 28 lines), "swellA4" (31 cells × 27 lines), not "letter"'],
    ['a page size in capitals', { pageSize: 'A4' }, '"braille.pageSize" must be one of'],
    ['a page size as cells', { pageSize: { cells: 40, lines: 25 } }, '"braille.pageSize" must be one of'],
    ['braille as a string', 'brf', '"braille" must be an object'],
    ['a misspelt key', { pagesize: 'a4' }, 'unknown key "braille.pagesize" (allowed: pageSize)'],
    ['an embosser in the file', { embosser: true }, 'unknown key "braille.embosser" (allowed: pageSize); the embosser queue is set by the environment variable LOKET_EMBOSSER_QUEUE'],
  ])('rejects %s, naming the key', (_case, braille, expected) => {
    expect(configProblemsOf({ ...FILE_KEYS, braille })).toContain(expected);
  });
});

describe('embosser environment', () => {
  it('reads a queue, a relative lp path and a limit', () => {
    const environment = readServerEnvironment({ LOKET_EMBOSSER_QUEUE: 'Index_Everest-D.V5', LOKET_LP_COMMAND: 'bin/lp', LOKET_PRINT_LIMIT: '3' }, '/srv/loket');

    expect(environment.embosserQueue).toBe('Index_Everest-D.V5');
    expect(environment.lpCommand).toBe('/srv/loket/bin/lp');
    expect(environment.printLimit).toBe(3);
  });

  it.each([
    [{ LOKET_EMBOSSER_QUEUE: 'EMBOSSER; rm -rf /' }, /LOKET_EMBOSSER_QUEUE "EMBOSSER; rm -rf \/" is invalid/],
    [{ LOKET_EMBOSSER_QUEUE: '$(reboot)' }, /LOKET_EMBOSSER_QUEUE "\$\(reboot\)" is invalid/],
    [{ LOKET_EMBOSSER_QUEUE: 'Braille Printer' }, /LOKET_EMBOSSER_QUEUE "Braille Printer" is invalid/],
    [{ LOKET_EMBOSSER_QUEUE: '-oraw' }, /LOKET_EMBOSSER_QUEUE "-oraw" is invalid/],
    [{ LOKET_EMBOSSER_QUEUE: 'E'.repeat(128) }, /LOKET_EMBOSSER_QUEUE "E+" is invalid/],
    [{ LOKET_LP_COMMAND: '/usr/bin/lp\n' }, /LOKET_LP_COMMAND contains a control character/],
    [{ LOKET_PRINT_LIMIT: '0' }, /LOKET_PRINT_LIMIT "0" is invalid/],
    [{ LOKET_PRINT_LIMIT: 'many' }, /LOKET_PRINT_LIMIT "many" is invalid/],
  ])('rejects %o', (env, message) => {
    expect(() => readServerEnvironment(env, '/srv/loket')).toThrow(message);
  });

  it('rejects a bad queue given to buildServer', () => {
    expect(() => buildServer({ config: TEST_CONFIG, dataDir: '/nonexistent', embosserQueue: 'a|b' })).toThrow(/not a valid CUPS queue name/);
  });
});

describe('bundled main.js with braille settings', () => {
  let root: string;

  beforeAll(async () => {
    root = await prepareBundledRoot();
  }, 60_000);

  it('refuses to start with a bad braille.pageSize', async () => {
    const config = join(root, 'config/bad-braille.json');
    await writeFile(config, JSON.stringify({ ...FILE_KEYS, braille: { pageSize: 'letter' } }));

    const running = runBundled(root, 'main.js', { LOKET_CONFIG: config, LOKET_DATA_DIR: 'unused' });
    const [exitCode] = await once(running.child, 'exit');

    expect(exitCode).toBe(1);
    expect(running.stderr()).toContain('"braille.pageSize" must be one of');
  });

  it('refuses to start with a bad embosser queue', async () => {
    const running = runBundled(root, 'main.js', { LOKET_EMBOSSER_QUEUE: 'EMBOSSER;reboot', LOKET_DATA_DIR: 'unused' });
    const [exitCode] = await once(running.child, 'exit');

    expect(exitCode).toBe(1);
    expect(running.stderr()).toContain('LOKET_EMBOSSER_QUEUE "EMBOSSER;reboot" is invalid');
  });

  it('logs the embosser queue at start', async () => {
    const running = runBundled(root, 'main.js', { LOKET_EMBOSSER_QUEUE: 'EMBOSSER', LOKET_DATA_DIR: 'var/data' });
    try {
      const started = await waitForLogLine(running, 'server started');
      const config = (await (await fetch(`http://127.0.0.1:${started.port as number}/api/v1/config`)).json()) as { braille: unknown };

      expect(started.embosserQueue).toBe('EMBOSSER');
      expect(config.braille).toEqual({ pageSize: 'brf', embosser: true });
    } finally {
      running.child.kill('SIGTERM');
    }
    await once(running.child, 'exit');
  });
});
