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
    ['only retired agencies', { ...VALID, agencies: VALID.agencies.map((agency) => ({ ...agency, retired: true })) }, 'at least one agency that is not retired'],
    ['retired as a string', { ...VALID, agencies: [{ ...VALID.agencies[0], retired: 'yes' }] }, '"agencies[0].retired" must be true or false'],
  ])('rejects %s, naming the key', (_case, raw, expected) => {
    expect(problemsOf(raw)).toContain(expected);
  });

  it('keeps retired only when true', () => {
    const config = parseDeploymentConfig(
      {
        ...VALID,
        agencies: [
          { code: 'DINKES', name: 'Dinas Kesehatan', role: 'pelaksana', retired: true },
          { code: 'DINSOS', name: 'Dinas Sosial', role: 'pelaksana', retired: false },
        ],
      },
      'test.json',
    );

    expect(config.agencies).toEqual([
      { code: 'DINKES', name: 'Dinas Kesehatan', role: 'pelaksana', retired: true },
      { code: 'DINSOS', name: 'Dinas Sosial', role: 'pelaksana' },
    ]);
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

  it('loads a file saved with a byte order mark', async () => {
    const directory = await createTemporaryDirectory();
    const path = join(directory, 'notepad.json');
    await writeFile(path, `\ufeff${JSON.stringify(VALID, null, 2)}`, 'utf8');

    expect(loadDeploymentConfig(path).body).toBe(VALID.body);
  });

  it('locates a JSON syntax error by line and column', async () => {
    const directory = await createTemporaryDirectory();
    const path = join(directory, 'missing-comma.json');
    await writeFile(path, '{\n  "body": "Pemerintah Kota Contoh"\n  "timeZone": "Asia/Jakarta"\n}\n');

    let message = '';
    try {
      loadDeploymentConfig(path);
    } catch (error) {
      message = (error as Error).message;
    }

    expect(message).toContain(path);
    expect(message).toContain('line 3, column 3');
    expect(message).toMatch(/comma/);
  });
});
