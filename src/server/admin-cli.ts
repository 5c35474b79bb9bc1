import { runAdminCommand } from './admin-commands.ts';

/**
 * The administrator's command line: enrolment codes, the device list and revocation, on the
 * database of LOKET_DATA_DIR. Run it from the repository root as `npm run admin -- <command>`
 * after `npm run build:server`; `npm run admin -- --help` lists the commands.
 */
const exitCode = await runAdminCommand(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = exitCode;
