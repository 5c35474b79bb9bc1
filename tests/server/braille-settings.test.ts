// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { DeploymentConfigError, loadDeploymentConfig, parseDeploymentConfig } from '../../src/server/deployment-config.ts';
import { removeTemporaryDirectories } from './test-server.ts';

const FILE_KEYS = {
  body: 'Pemerintah Kota Contoh',
  timeZone: 'Asia/Jakarta',
  timeZoneLabel: 'WIB',
  agencies: [{ code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', role: 'utama' }],
};

afterAll(async () => {
  await removeTemporaryDirectories();
});

function problemsOf(raw: unknown): string {
  try {
    parseDeploymentConfig(raw, 'test.json');
  } catch (error) {
    expect(error).toBeInstanceOf(DeploymentConfigError);
    return (error as Error).message;
  }
  throw new Error('parseDeploymentConfig accepted an invalid config');
}

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
    ['an unknown page size', { pageSize: 'letter' }, '"braille.pageSize" must be one of "brf" (40 cells × 25 lines), "a4" (40 cells × 28 lines), not "letter"'],
    ['a page size in capitals', { pageSize: 'A4' }, '"braille.pageSize" must be one of'],
    ['a page size as cells', { pageSize: { cells: 40, lines: 25 } }, '"braille.pageSize" must be one of'],
    ['braille as a string', 'brf', '"braille" must be an object'],
    ['a misspelt key', { pagesize: 'a4' }, 'unknown key "braille.pagesize" (allowed: pageSize)'],
    ['an embosser in the file', { embosser: true }, 'unknown key "braille.embosser" (allowed: pageSize); the embosser queue is set by the environment variable LOKET_EMBOSSER_QUEUE'],
  ])('rejects %s, naming the key', (_case, braille, expected) => {
    expect(problemsOf({ ...FILE_KEYS, braille })).toContain(expected);
  });
});
