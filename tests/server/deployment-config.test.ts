// @vitest-environment node
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_REGISTRATION_PATTERN } from '../../src/domain/registration-number.ts';
import { DeploymentConfigError, loadDeploymentConfig, parseDeploymentConfig } from '../../src/server/deployment-config.ts';
import { createTemporaryDirectory, removeTemporaryDirectories } from './test-server.ts';

const VALID = {
  body: 'Pemerintah Kota Contoh',
  timeZone: 'Asia/Jakarta',
  timeZoneLabel: 'WIB',
  registrationPattern: '{seq}/PPID/{agency}/{series}/{year}',
  agencies: [
    { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', role: 'utama' },
    { code: 'KEC-BENDA', name: 'Kecamatan Benda', nameEn: 'Benda District', role: 'pelaksana' },
  ],
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

describe('deployment config', () => {
  it('loads the shipped config/loket.json', () => {
    const config = loadDeploymentConfig('config/loket.json');

    expect(config.timeZone).toBe('Asia/Jakarta');
    expect(config.agencies.length).toBeGreaterThan(0);
  });

  it('defaults the registration pattern', () => {
    const { registrationPattern: _omitted, ...withoutPattern } = VALID;

    expect(parseDeploymentConfig(withoutPattern, 'test.json').registrationPattern).toBe(DEFAULT_REGISTRATION_PATTERN);
  });

  it.each([
    ['empty agencies', { ...VALID, agencies: [] }, '"agencies" must be a non-empty array'],
    ['lowercase code', { ...VALID, agencies: [{ code: 'dinkes', name: 'Dinas Kesehatan', role: 'pelaksana' }] }, '"agencies[0].code" must match'],
    ['slash in code', { ...VALID, agencies: [{ code: 'A/B', name: 'Dinas', role: 'pelaksana' }] }, '"agencies[0].code" must match'],
    ['duplicate code', { ...VALID, agencies: [...VALID.agencies, { code: 'DISKOMINFO', name: 'Lagi', role: 'pelaksana' }] }, '"agencies[2].code" "DISKOMINFO" is used by an earlier agency'],
    ['unknown role', { ...VALID, agencies: [{ code: 'DINKES', name: 'Dinas Kesehatan', role: 'boss' }] }, '"agencies[0].role" must be one of utama, pelaksana'],
    ['missing name', { ...VALID, agencies: [{ code: 'DINKES', role: 'pelaksana' }] }, '"agencies[0].name" must be a non-empty string'],
    ['unknown time zone', { ...VALID, timeZone: 'Asia/Atlantis' }, '"timeZone" "Asia/Atlantis" is not an IANA time zone'],
    ['pattern without year', { ...VALID, registrationPattern: '{seq}/{agency}/{series}' }, '"registrationPattern": Registration pattern "{seq}/{agency}/{series}" lacks {year}'],
    ['misspelled key', { ...VALID, timezone: 'Asia/Jakarta' }, 'unknown key "timezone"'],
    ['missing body', { ...VALID, body: '' }, '"body" must be a non-empty string'],
    ['not an object', [VALID], 'the top level must be a JSON object'],
  ])('rejects %s, naming the key', (_case, raw, expected) => {
    expect(problemsOf(raw)).toContain(expected);
  });

  it('names the file in the message', () => {
    expect(problemsOf({ ...VALID, agencies: [] })).toMatch(/^Invalid config test\.json:/);
  });

  it('reports unreadable files and invalid JSON', async () => {
    const directory = await createTemporaryDirectory();
    const broken = join(directory, 'broken.json');
    await writeFile(broken, '{"body": ');

    expect(() => loadDeploymentConfig(join(directory, 'missing.json'))).toThrow(/Cannot read config file .*missing\.json.*LOKET_CONFIG/);
    expect(() => loadDeploymentConfig(broken)).toThrow(/broken\.json is not valid JSON/);
  });
});
