// @vitest-environment node
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_SETTINGS } from '../../src/domain/idle-settings.ts';
import { DEFAULT_REGISTRATION_PATTERN } from '../../src/domain/registration-number.ts';
import { DEFAULT_NUMBER_BLOCK_SETTINGS, DeploymentConfigError, loadDeploymentConfig, parseDeploymentConfig } from '../../src/server/deployment-config.ts';
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
    const warnings: string[] = [];
    const config = loadDeploymentConfig('config/loket.json', { onWarning: (message) => warnings.push(message) });

    expect(config.timeZone).toBe('Asia/Jakarta');
    expect(config.agencies.length).toBeGreaterThan(0);
    expect(config.calendars.map((calendar) => calendar.year)).toEqual([2026, 2027]);
    expect(config.numberBlocks).toEqual(DEFAULT_NUMBER_BLOCK_SETTINGS);
    expect(config.kiosk.idle).toEqual({ formSeconds: 120, receiptSeconds: 60, warningSeconds: 30 });
    expect(warnings).toEqual([expect.stringContaining('2027.json is not confirmed')]);
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
    ['relative public URL', { ...VALID, publicUrl: 'loket.contoh.go.id' }, '"publicUrl" must be an absolute http or https URL'],
    ['public URL with spaces', { ...VALID, publicUrl: ' https://loket.contoh.go.id' }, '"publicUrl" must be an absolute http or https URL without spaces'],
    ['public URL of another scheme', { ...VALID, publicUrl: 'ftp://loket.contoh.go.id' }, '"publicUrl" "ftp://loket.contoh.go.id" must start with https:// or http://'],
    ['public URL with a query', { ...VALID, publicUrl: 'https://loket.contoh.go.id/?kiosk=1' }, 'must not contain a query (?) or a fragment (#)'],
    ['public URL with an empty query', { ...VALID, publicUrl: 'https://loket.contoh.go.id/?' }, 'must not contain a query (?) or a fragment (#)'],
    ['public URL with a fragment', { ...VALID, publicUrl: 'https://loket.contoh.go.id/#status' }, 'must not contain a query (?) or a fragment (#)'],
    ['public URL with a password', { ...VALID, publicUrl: 'https://admin:rahasia@loket.contoh.go.id' }, 'must not contain a user name or password'],
    ['public URL as a number', { ...VALID, publicUrl: 8080 }, '"publicUrl" must be an absolute http or https URL'],
    ['kiosk as a string', { ...VALID, kiosk: 'idle' }, '"kiosk" must be an object'],
    ['a misspelt kiosk key', { ...VALID, kiosk: { idel: {} } }, 'unknown key "kiosk.idel" (allowed: idle)'],
    ['idle as an array', { ...VALID, kiosk: { idle: [120] } }, '"kiosk.idle" must be an object'],
    ['a misspelt idle key', { ...VALID, kiosk: { idle: { formSecond: 120 } } }, 'unknown key "kiosk.idle.formSecond" (allowed: formSeconds, receiptSeconds, warningSeconds)'],
    ['a warning under 20 seconds', { ...VALID, kiosk: { idle: { warningSeconds: 19 } } }, '"kiosk.idle.warningSeconds" must be a whole number of seconds from 20 to 3600, not 19'],
    ['a fractional idle time', { ...VALID, kiosk: { idle: { formSeconds: 90.5 } } }, '"kiosk.idle.formSeconds" must be a whole number of seconds from 1 to 3600, not 90.5'],
    ['an idle time as a string', { ...VALID, kiosk: { idle: { receiptSeconds: '60' } } }, '"kiosk.idle.receiptSeconds" must be a whole number of seconds from 1 to 3600, not "60"'],
    ['an idle time over an hour', { ...VALID, kiosk: { idle: { formSeconds: 3601 } } }, '"kiosk.idle.formSeconds" must be a whole number of seconds from 1 to 3600, not 3601'],
    ['a form time within the warning', { ...VALID, kiosk: { idle: { formSeconds: 30 } } }, '"kiosk.idle.formSeconds" 30 must be greater than "kiosk.idle.warningSeconds" 30'],
    ['a warning longer than the default receipt time', { ...VALID, kiosk: { idle: { warningSeconds: 90 } } }, '"kiosk.idle.receiptSeconds" 60 must be greater than "kiosk.idle.warningSeconds" 90'],
    ['numberBlocks as an array', { ...VALID, numberBlocks: [5, 200] }, '"numberBlocks" must be an object'],
    ['a misspelt number block key', { ...VALID, numberBlocks: { minsize: 5 } }, 'unknown key "numberBlocks.minsize" (allowed: minSize, maxSize,'],
    ['a zero block size', { ...VALID, numberBlocks: { minSize: 0 } }, '"numberBlocks.minSize" must be a whole number of 1 or more, not 0'],
    ['a fractional day count', { ...VALID, numberBlocks: { coverDays: 1.5 } }, '"numberBlocks.coverDays" must be a whole number of 1 or more, not 1.5'],
    ['a count as a string', { ...VALID, numberBlocks: { enrolmentCodeHours: '24' } }, '"numberBlocks.enrolmentCodeHours" must be a whole number of 1 or more, not "24"'],
    ['a zero top-up fraction', { ...VALID, numberBlocks: { topUpFraction: 0 } }, '"numberBlocks.topUpFraction" must be a number greater than 0 and at most 1, not 0'],
    ['a top-up fraction above 1', { ...VALID, numberBlocks: { topUpFraction: 1.5 } }, '"numberBlocks.topUpFraction" must be a number greater than 0 and at most 1, not 1.5'],
    ['minSize above maxSize', { ...VALID, numberBlocks: { minSize: 50, maxSize: 10 } }, '"numberBlocks.minSize" 50 must not exceed "numberBlocks.maxSize" 10'],
    ['minSize above the default maxSize', { ...VALID, numberBlocks: { minSize: 500 } }, '"numberBlocks.minSize" 500 must not exceed "numberBlocks.maxSize" 200'],
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

  it('keeps a public URL with a path', () => {
    expect(parseDeploymentConfig({ ...VALID, publicUrl: 'https://ppid.contoh.go.id/loket' }, 'test.json').publicUrl).toBe('https://ppid.contoh.go.id/loket');
    expect(parseDeploymentConfig(VALID, 'test.json')).not.toHaveProperty('publicUrl');
  });

  it('fills number block settings from the defaults', () => {
    const config = parseDeploymentConfig({ ...VALID, numberBlocks: { maxSize: 50, topUpFraction: 1 } }, 'test.json');

    expect(config.numberBlocks).toEqual({ ...DEFAULT_NUMBER_BLOCK_SETTINGS, maxSize: 50, topUpFraction: 1 });
  });

  it('fills idle settings from the defaults', () => {
    expect(parseDeploymentConfig(VALID, 'test.json').kiosk.idle).toEqual(DEFAULT_IDLE_SETTINGS);
    expect(parseDeploymentConfig({ ...VALID, kiosk: {} }, 'test.json').kiosk.idle).toEqual(DEFAULT_IDLE_SETTINGS);

    const config = parseDeploymentConfig({ ...VALID, kiosk: { idle: { formSeconds: 300, warningSeconds: 45 } } }, 'test.json');

    expect(config.kiosk.idle).toEqual({ formSeconds: 300, receiptSeconds: 60, warningSeconds: 45 });
  });

  it('reads calendars beside the config file', async () => {
    const directory = await createTemporaryDirectory();
    await mkdir(join(directory, 'calendar'));
    await writeFile(join(directory, 'loket.json'), JSON.stringify(VALID));
    await writeFile(join(directory, 'calendar', '2026.json'), JSON.stringify({ year: 2026, confirmed: true, source: 'Test decree', holidays: [] }));

    expect(loadDeploymentConfig(join(directory, 'loket.json')).calendars).toEqual([{ year: 2026, confirmed: true, source: 'Test decree', holidays: [] }]);
  });

  it('reads calendars from calendarDir', async () => {
    const directory = await createTemporaryDirectory();
    await writeFile(join(directory, 'loket.json'), JSON.stringify(VALID));

    expect(loadDeploymentConfig(join(directory, 'loket.json'), { calendarDir: 'config/calendar' }).calendars).toHaveLength(2);
  });

  it('warns once about a missing calendar folder', async () => {
    const directory = await createTemporaryDirectory();
    await writeFile(join(directory, 'loket.json'), JSON.stringify(VALID));
    const warnings: string[] = [];

    const config = loadDeploymentConfig(join(directory, 'loket.json'), { onWarning: (message) => warnings.push(message) });

    expect(config.calendars).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining(`${join(directory, 'calendar')} does not exist`)]);
  });

  it('reports an invalid calendar as a config error', async () => {
    const directory = await createTemporaryDirectory();
    await mkdir(join(directory, 'calendar'));
    await writeFile(join(directory, 'loket.json'), JSON.stringify(VALID));
    await writeFile(join(directory, 'calendar', '2026.json'), JSON.stringify({ year: 2027, confirmed: true, source: 'Test decree', holidays: [] }));

    expect(() => loadDeploymentConfig(join(directory, 'loket.json'))).toThrow(DeploymentConfigError);
    expect(() => loadDeploymentConfig(join(directory, 'loket.json'))).toThrow('2026.json: "year" 2027 does not match the file name');
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
