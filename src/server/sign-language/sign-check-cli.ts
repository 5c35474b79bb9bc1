import { runSignCheck } from './run-sign-check.ts';

/**
 * The content checker's command line: `npm run sign-language:check -- [FOLDER]`, run from the
 * repository root through tsx, so it needs no build. `--help` lists the options.
 */
process.exitCode = await runSignCheck(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
