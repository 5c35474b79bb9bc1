// @vitest-environment node
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HolidayCalendarError, loadHolidayCalendars } from '../../src/server/holiday-calendars.ts';
import { createTemporaryDirectory, removeTemporaryDirectories } from './test-server.ts';

const VALID_2026 = {
  year: 2026,
  confirmed: true,
  source: 'Test decree',
  holidays: [
    { date: '2026-01-01', kind: 'libur', name: 'Tahun Baru 2026 Masehi' },
    { date: '2026-03-20', kind: 'cutiBersama', name: 'Cuti bersama Idul Fitri 1447 Hijriah' },
  ],
};

afterAll(async () => {
  await removeTemporaryDirectories();
});

/** Writes each file into a new folder; a string is written as it is, anything else as JSON. */
async function folderWith(files: Record<string, unknown>): Promise<string> {
  const directory = await createTemporaryDirectory('loket-calendar-');
  for (const [name, content] of Object.entries(files)) {
    await writeFile(join(directory, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2), 'utf8');
  }
  return directory;
}

async function problemsOf(files: Record<string, unknown>): Promise<string> {
  const directory = await folderWith(files);
  try {
    loadHolidayCalendars(directory);
  } catch (error) {
    expect(error).toBeInstanceOf(HolidayCalendarError);
    return (error as Error).message;
  }
  throw new Error('loadHolidayCalendars accepted an invalid folder');
}

describe('loadHolidayCalendars', () => {
  it('loads the shipped calendars', () => {
    const { calendars, warnings } = loadHolidayCalendars('config/calendar');

    expect(calendars.map(({ year, confirmed }) => ({ year, confirmed }))).toEqual([
      { year: 2026, confirmed: true },
      { year: 2027, confirmed: false },
    ]);
    expect(calendars[0]?.holidays.filter((holiday) => holiday.kind === 'libur')).toHaveLength(17);
    expect(calendars[0]?.holidays.filter((holiday) => holiday.kind === 'cutiBersama')).toHaveLength(8);
    expect(warnings).toEqual([expect.stringContaining('2027.json is not confirmed')]);
  });

  it('warns about a missing folder', async () => {
    const missing = join(await createTemporaryDirectory(), 'calendar');

    const { calendars, warnings } = loadHolidayCalendars(missing);

    expect(calendars).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(missing);
    expect(warnings[0]).toContain('estimate');
  });

  it('sorts years and keeps notes', async () => {
    const note = { date: '2027-03-10', kind: 'libur', name: 'Idul Fitri 1448 Hijriah', note: 'Expected date.' };
    const directory = await folderWith({
      '2027.json': { year: 2027, confirmed: false, source: 'Expected dates', holidays: [note] },
      '2026.json': VALID_2026,
    });

    const { calendars } = loadHolidayCalendars(directory);

    expect(calendars.map((calendar) => calendar.year)).toEqual([2026, 2027]);
    expect(calendars[0]?.holidays[0]).toEqual({ date: '2026-01-01', kind: 'libur', name: 'Tahun Baru 2026 Masehi' });
    expect(calendars[1]?.holidays[0]).toEqual(note);
  });

  it('ignores files that are not JSON', async () => {
    const directory = await folderWith({ '2026.json': VALID_2026, 'README.md': '# Kalender' });

    expect(loadHolidayCalendars(directory).calendars).toHaveLength(1);
  });

  it('loads a file saved with a byte order mark', async () => {
    const directory = await folderWith({ '2026.json': `\ufeff${JSON.stringify(VALID_2026)}` });

    expect(loadHolidayCalendars(directory).calendars[0]?.year).toBe(2026);
  });

  const holiday = (fields: Record<string, unknown>) => ({ ...VALID_2026, holidays: [{ date: '2026-05-01', kind: 'libur', name: 'Hari Buruh Internasional', ...fields }] });

  it.each([
    ['a year that is not the file name', { '2026.json': { ...VALID_2026, year: 2025 } }, '2026.json: "year" 2025 does not match the file name'],
    ['a date in another year', { '2026.json': holiday({ date: '2027-01-01' }) }, '2026.json: "holidays[0].date" "2027-01-01" is not in 2026'],
    ['an impossible date', { '2026.json': holiday({ date: '2026-02-30' }) }, '2026.json: "holidays[0].date" "2026-02-30" is not a real calendar date'],
    ['a date in another format', { '2026.json': holiday({ date: '1 Mei 2026' }) }, '2026.json: "holidays[0].date" must be a date written YYYY-MM-DD, not "1 Mei 2026"'],
    ['an unknown kind', { '2026.json': holiday({ kind: 'cuti' }) }, '2026.json: "holidays[0].kind" must be one of libur, cutiBersama, not "cuti"'],
    [
      'a duplicate date',
      { '2026.json': { ...VALID_2026, holidays: [...VALID_2026.holidays, { date: '2026-01-01', kind: 'libur', name: 'Lagi' }] } },
      '2026.json: "holidays[2].date" "2026-01-01" is listed twice',
    ],
    ['a name of the wrong type', { '2026.json': holiday({ name: 17 }) }, '2026.json: "holidays[0].name" must be a non-empty string'],
    ['an empty note', { '2026.json': holiday({ note: '' }) }, '2026.json: "holidays[0].note" must be a non-empty string when present'],
    ['a holiday that is not an object', { '2026.json': { ...VALID_2026, holidays: ['2026-05-01'] } }, '2026.json: "holidays[0]" must be an object'],
    ['holidays that are not an array', { '2026.json': { ...VALID_2026, holidays: { date: '2026-05-01' } } }, '2026.json: "holidays" must be an array'],
    ['confirmed as a string', { '2026.json': { ...VALID_2026, confirmed: 'ya' } }, '2026.json: "confirmed" must be true or false'],
    ['a year as a string', { '2026.json': { ...VALID_2026, year: '2026' } }, '2026.json: "year" must be a whole number such as 2026, not "2026"'],
    ['a missing source', { '2026.json': { ...VALID_2026, source: '' } }, '2026.json: "source" must be a non-empty string'],
    ['a misspelt key', { '2026.json': { ...VALID_2026, confimed: true } }, '2026.json: unknown key "confimed"'],
    ['a misspelt holiday key', { '2026.json': holiday({ nama: 'Buruh' }) }, '2026.json: unknown key "holidays[0].nama"'],
    ['a file not named for a year', { 'kalender-2026.json': VALID_2026 }, 'kalender-2026.json: the file name must be a year such as 2026.json'],
    ['a top level that is an array', { '2026.json': [VALID_2026] }, '2026.json: the calendar must be a JSON object'],
  ])('rejects %s, naming the file', async (_case, files, expected) => {
    expect(await problemsOf(files)).toContain(expected);
  });

  it('locates a JSON syntax error', async () => {
    const message = await problemsOf({ '2026.json': '{\n  "year": 2026\n  "confirmed": true\n}\n' });

    expect(message).toContain('2026.json: Calendar file');
    expect(message).toContain('line 3, column 3');
  });

  it('lists the problems of every file at once', async () => {
    const message = await problemsOf({
      '2026.json': { ...VALID_2026, year: 2025 },
      '2027.json': { ...VALID_2026, year: 2027, confirmed: 'no' },
    });

    expect(message).toMatch(/^Invalid holiday calendars in .*:\n- /);
    expect(message).toContain('2026.json: "year" 2025 does not match the file name');
    expect(message).toContain('2027.json: "holidays[0].date" "2026-01-01" is not in 2027');
    expect(message).toContain('2027.json: "confirmed" must be true or false');
  });

  it('rejects a path that is a file', async () => {
    const directory = await createTemporaryDirectory();
    const file = join(directory, 'calendar');
    await writeFile(file, '');

    expect(() => loadHolidayCalendars(file)).toThrow(/Cannot read holiday calendar folder .*calendar.*LOKET_CALENDAR_DIR/);
  });

  it('rejects an unreadable year file', async () => {
    const directory = await createTemporaryDirectory();
    // A folder with a year's name cannot be read as a file.
    await mkdir(join(directory, '2026.json'));

    expect(() => loadHolidayCalendars(directory)).toThrow(/2026\.json: Cannot read calendar file/);
  });
});
