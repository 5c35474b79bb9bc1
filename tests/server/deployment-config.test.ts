// @vitest-environment node
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_ATTACHMENT_LIMITS } from '../../src/domain/attachments/limits.ts';
import { DEFAULT_IDLE_SETTINGS } from '../../src/domain/idle-settings.ts';
import { DEFAULT_REGISTRATION_PATTERN } from '../../src/domain/registration-number.ts';
import { DEFAULT_NUMBER_BLOCK_SETTINGS, DeploymentConfigError, loadDeploymentConfig, parseDeploymentConfig } from '../../src/server/deployment-config.ts';
import { configProblemsOf } from './config-problems.ts';
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
  complaintCategories: [
    { code: 'JALAN', name: 'Jalan dan jembatan', nameEn: 'Roads and bridges' },
    { code: 'LAINNYA', name: 'Lainnya' },
  ],
  districts: [
    { name: 'Benda', villages: ['Belendung', 'Benda'] },
    { name: 'Cipondoh', villages: ['Cipondoh', 'Petir'] },
  ],
};

const [JALAN, LAINNYA] = VALID.complaintCategories;
const [BENDA, CIPONDOH] = VALID.districts;

afterAll(async () => {
  await removeTemporaryDirectories();
});

describe('deployment config', () => {
  it('loads the shipped config/loket.json', () => {
    const warnings: string[] = [];
    const config = loadDeploymentConfig('config/loket.json', { onWarning: (message) => warnings.push(message) });

    expect(config.timeZone).toBe('Asia/Jakarta');
    expect(config.agencies.length).toBeGreaterThan(0);
    expect(config.calendars.map((calendar) => calendar.year)).toEqual([2026, 2027]);
    expect(config.numberBlocks).toEqual(DEFAULT_NUMBER_BLOCK_SETTINGS);
    expect(config.kiosk.idle).toEqual({ formSeconds: 120, receiptSeconds: 60, warningSeconds: 30 });
    expect(config.attachments).toEqual(DEFAULT_ATTACHMENT_LIMITS);
    expect(config.complaintCategories.length).toBeGreaterThan(0);
    expect(config.districts.map((district) => district.name)).toHaveLength(13);
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
    ['attachments as an array', { ...VALID, attachments: [5] }, '"attachments" must be an object'],
    ['a misspelt attachment key', { ...VALID, attachments: { maxfiles: 5 } }, 'unknown key "attachments.maxfiles" (allowed: maxFiles, maxFileBytes, maxSubmissionBytes, imageMaxPixels, imageQuality)'],
    ['zero files', { ...VALID, attachments: { maxFiles: 0 } }, '"attachments.maxFiles" must be a whole number of 1 or more, not 0'],
    ['a fractional file size', { ...VALID, attachments: { maxFileBytes: 1024.5 } }, '"attachments.maxFileBytes" must be a whole number of 1 or more, not 1024.5'],
    ['a submission size as a string', { ...VALID, attachments: { maxSubmissionBytes: '15MB' } }, '"attachments.maxSubmissionBytes" must be a whole number of 1 or more, not "15MB"'],
    ['a file limit above the submission limit', { ...VALID, attachments: { maxFileBytes: 2000, maxSubmissionBytes: 1000 } }, '"attachments.maxFileBytes" 2000 must not exceed "attachments.maxSubmissionBytes" 1000'],
    ['a file limit above the default submission limit', { ...VALID, attachments: { maxFileBytes: 20_000_000 } }, '"attachments.maxFileBytes" 20000000 must not exceed "attachments.maxSubmissionBytes" 15728640'],
    ['images under 320 pixels', { ...VALID, attachments: { imageMaxPixels: 319 } }, '"attachments.imageMaxPixels" must be a whole number of pixels from 320 to 8000, not 319'],
    ['images over 8000 pixels', { ...VALID, attachments: { imageMaxPixels: 8001 } }, '"attachments.imageMaxPixels" must be a whole number of pixels from 320 to 8000, not 8001'],
    ['a zero image quality', { ...VALID, attachments: { imageQuality: 0 } }, '"attachments.imageQuality" must be a number greater than 0 and at most 1, not 0'],
    ['an image quality in percent', { ...VALID, attachments: { imageQuality: 80 } }, '"attachments.imageQuality" must be a number greater than 0 and at most 1, not 80'],
    ['an image quality as a string', { ...VALID, attachments: { imageQuality: '0.8' } }, '"attachments.imageQuality" must be a number greater than 0 and at most 1, not "0.8"'],
    ['categories as an object', { ...VALID, complaintCategories: { JALAN: 'Jalan' } }, '"complaintCategories" must be an array'],
    ['a category as a string', { ...VALID, complaintCategories: ['JALAN'] }, '"complaintCategories[0]" must be an object'],
    ['a lowercase category code', { ...VALID, complaintCategories: [{ code: 'jalan', name: 'Jalan' }] }, '"complaintCategories[0].code" must match /^[A-Z0-9-]+$/'],
    ['a category code with a space', { ...VALID, complaintCategories: [{ code: 'JALAN RAYA', name: 'Jalan' }] }, '"complaintCategories[0].code" must match'],
    ['a duplicate category code', { ...VALID, complaintCategories: [JALAN, LAINNYA, { code: 'JALAN', name: 'Jalan lagi' }] }, '"complaintCategories[2].code" "JALAN" is used by an earlier category; codes must be unique'],
    ['a category without a name', { ...VALID, complaintCategories: [{ code: 'JALAN', name: ' ' }] }, '"complaintCategories[0].name" must be a non-empty string'],
    ['an empty English category name', { ...VALID, complaintCategories: [{ ...JALAN, nameEn: '' }] }, '"complaintCategories[0].nameEn" must be a non-empty string when present'],
    ['a misspelt category key', { ...VALID, complaintCategories: [{ ...JALAN, nama: 'Jalan' }] }, 'unknown key "complaintCategories[0].nama" (allowed: code, name, nameEn)'],
    ['districts as an object', { ...VALID, districts: { Benda: ['Benda'] } }, '"districts" must be an array'],
    ['a district as a string', { ...VALID, districts: ['Benda'] }, '"districts[0]" must be an object'],
    ['a district without a name', { ...VALID, districts: [{ villages: ['Benda'] }] }, '"districts[0].name" must be a non-empty string without leading or trailing spaces'],
    ['a district name with a trailing space', { ...VALID, districts: [{ name: 'Benda ', villages: ['Benda'] }] }, '"districts[0].name" must be a non-empty string without leading or trailing spaces'],
    ['a duplicate district', { ...VALID, districts: [BENDA, CIPONDOH, { name: 'Benda', villages: ['Pajang'] }] }, '"districts[2].name" "Benda" is used by an earlier district; names must be unique'],
    ['a district without villages', { ...VALID, districts: [{ name: 'Benda', villages: [] }] }, '"districts[0].villages" must be a non-empty array of kelurahan names'],
    ['villages as a string', { ...VALID, districts: [{ name: 'Benda', villages: 'Benda, Pajang' }] }, '"districts[0].villages" must be a non-empty array of kelurahan names'],
    ['an empty village name', { ...VALID, districts: [BENDA, { name: 'Cipondoh', villages: ['Petir', ''] }] }, '"districts[1].villages[1]" must be a non-empty string without leading or trailing spaces'],
    ['a village as a number', { ...VALID, districts: [{ name: 'Benda', villages: [3671] }] }, '"districts[0].villages[0]" must be a non-empty string without leading or trailing spaces'],
    ['a padded village name', { ...VALID, districts: [{ name: 'Benda', villages: [' Pajang'] }] }, '"districts[0].villages[0]" must be a non-empty string without leading or trailing spaces'],
    ['a village listed twice', { ...VALID, districts: [{ name: 'Benda', villages: ['Pajang', 'Benda', 'Pajang'] }] }, '"districts[0].villages[2]" "Pajang" is listed earlier in the same district; names must be unique'],
    ['a misspelt district key', { ...VALID, districts: [{ ...BENDA, kelurahan: ['Benda'] }] }, 'unknown key "districts[0].kelurahan" (allowed: name, villages)'],
  ])('rejects %s, naming the key', (_case, raw, expected) => {
    expect(configProblemsOf(raw)).toContain(expected);
  });

  it('lists every problem of one file', () => {
    const message = configProblemsOf({
      ...VALID,
      attachments: { maxFiles: 0, imageQuality: 2 },
      complaintCategories: [{ code: 'x', name: '' }],
      districts: [{ name: 'Benda', villages: [] }],
    });

    expect(message).toContain('"attachments.maxFiles"');
    expect(message).toContain('"attachments.imageQuality"');
    expect(message).toContain('"complaintCategories[0].code"');
    expect(message).toContain('"complaintCategories[0].name"');
    expect(message).toContain('"districts[0].villages"');
  });

  it('fills attachment limits from the defaults', () => {
    expect(parseDeploymentConfig(VALID, 'test.json').attachments).toEqual(DEFAULT_ATTACHMENT_LIMITS);

    const config = parseDeploymentConfig({ ...VALID, attachments: { maxFiles: 3, imageQuality: 1 } }, 'test.json');

    expect(config.attachments).toEqual({ ...DEFAULT_ATTACHMENT_LIMITS, maxFiles: 3, imageQuality: 1 });
  });

  it('accepts a file limit equal to the submission limit', () => {
    const config = parseDeploymentConfig({ ...VALID, attachments: { maxFileBytes: 1000, maxSubmissionBytes: 1000 } }, 'test.json');

    expect(config.attachments.maxFileBytes).toBe(1000);
  });

  it('keeps categories and districts as written', () => {
    const config = parseDeploymentConfig(VALID, 'test.json');

    expect(config.complaintCategories).toEqual(VALID.complaintCategories);
    expect(config.districts).toEqual(VALID.districts);
  });

  it('allows a village named like a district', () => {
    // Kota Tangerang has a kelurahan Cipondoh in the kecamatan Cipondoh, and a kelurahan Jatiuwung in Cibodas.
    const districts = [CIPONDOH, { name: 'Cibodas', villages: ['Cibodas', 'Jatiuwung'] }, { name: 'Jatiuwung', villages: ['Gandasari'] }];

    expect(parseDeploymentConfig({ ...VALID, districts }, 'test.json').districts).toEqual(districts);
  });

  it('defaults missing lists to empty', () => {
    const { complaintCategories: _categories, districts: _districts, ...withoutLists } = VALID;
    const config = parseDeploymentConfig(withoutLists, 'test.json');

    expect(config.complaintCategories).toEqual([]);
    expect(config.districts).toEqual([]);
  });

  it('warns when complaints lack their lists', async () => {
    const directory = await createTemporaryDirectory();
    await mkdir(join(directory, 'calendar'));
    const { complaintCategories: _categories, ...withoutCategories } = VALID;
    await writeFile(join(directory, 'loket.json'), JSON.stringify({ ...withoutCategories, districts: [] }));
    const warnings: string[] = [];

    loadDeploymentConfig(join(directory, 'loket.json'), { onWarning: (message) => warnings.push(message) });

    expect(warnings).toEqual([expect.stringContaining('lists no complaintCategories and no districts, so no complaint (pengaduan) can be filed')]);
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
    expect(configProblemsOf({ ...VALID, agencies: [] })).toMatch(/^Invalid config test\.json:/);
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
