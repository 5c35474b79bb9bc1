// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readServerEnvironment } from '../../src/server/environment.ts';

describe('server environment', () => {
  it('has loopback and repository-relative defaults', () => {
    expect(readServerEnvironment({}, '/srv/loket')).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/srv/loket/data',
      configPath: '/srv/loket/config/loket.json',
      calendarDir: '/srv/loket/config/calendar',
      bodyLimit: 262_144,
      staticDir: '/srv/loket/dist/app',
      signLanguageDir: undefined,
      staffToken: undefined,
      logLevel: 'info',
      lookupLimit: 30,
      embosserQueue: undefined,
      lpCommand: 'lp',
      printLimit: 20,
    });
  });

  it('reads every variable', () => {
    const environment = readServerEnvironment(
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        LOKET_DATA_DIR: '/var/lib/loket',
        LOKET_CONFIG: 'site.json',
        LOKET_CALENDAR_DIR: '/etc/loket/kalender',
        LOKET_BODY_LIMIT: '1000',
        LOKET_STATIC_DIR: 'public',
        LOKET_SIGN_LANGUAGE_DIR: 'isyarat',
        LOKET_STAFF_TOKEN: 'secret-secret-secret',
        LOKET_LOG_LEVEL: 'warn',
        LOKET_LOOKUP_LIMIT: '5',
        LOKET_EMBOSSER_QUEUE: 'EMBOSSER',
        LOKET_LP_COMMAND: '/usr/local/bin/lp',
        LOKET_PRINT_LIMIT: '4',
      },
      '/srv/loket',
    );

    expect(environment).toEqual({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/var/lib/loket',
      configPath: '/srv/loket/site.json',
      calendarDir: '/etc/loket/kalender',
      bodyLimit: 1000,
      staticDir: '/srv/loket/public',
      signLanguageDir: '/srv/loket/isyarat',
      staffToken: 'secret-secret-secret',
      logLevel: 'warn',
      lookupLimit: 5,
      embosserQueue: 'EMBOSSER',
      lpCommand: '/usr/local/bin/lp',
      printLimit: 4,
    });
  });

  it('looks for calendars beside a configured config file', () => {
    expect(readServerEnvironment({ LOKET_CONFIG: '/etc/loket/loket.json' }, '/srv/loket').calendarDir).toBe('/etc/loket/calendar');
  });

  it.each([
    [{ PORT: '80a' }, /PORT "80a" is invalid/],
    [{ PORT: '70000' }, /PORT "70000" is invalid/],
    [{ LOKET_BODY_LIMIT: '0' }, /LOKET_BODY_LIMIT "0" is invalid/],
    [{ LOKET_BODY_LIMIT: '-5' }, /LOKET_BODY_LIMIT "-5" is invalid/],
    [{ LOKET_LOG_LEVEL: 'verbose' }, /LOKET_LOG_LEVEL "verbose" is invalid/],
    [{ LOKET_LOOKUP_LIMIT: '0' }, /LOKET_LOOKUP_LIMIT "0" is invalid/],
  ])('rejects %o', (env, message) => {
    expect(() => readServerEnvironment(env, '/srv/loket')).toThrow(message);
  });
});
