import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formDefinitions } from '../../domain/forms/registry.ts';
import { allSignTopics } from '../../domain/sign-language/topics.ts';
import { checkSignContent, SignCheckReadError } from './check-sign-content.ts';
import { formatSignReport, signReportJson } from './format-sign-report.ts';
import { isFault } from './sign-check-finding.ts';
import { createSignCheckTranslators } from './sign-check-translators.ts';

/** Exit codes: 0 no faults (warnings allowed), 1 faults, 2 the folder or manifest cannot be read, or the arguments are invalid. */
export const EXIT_OK = 0;
export const EXIT_FAULTS = 1;
export const EXIT_UNREADABLE = 2;

/** The folder checked when none is named, relative to the working directory. */
export const DEFAULT_CONTENT_FOLDER = 'public/sign-language';

export interface SignCheckContext {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * Runs `npm run sign-language:check -- [FOLDER] [--json] [--list-keys]` and returns its exit
 * code. FOLDER defaults to LOKET_SIGN_LANGUAGE_DIR, as the server reads it, and else to
 * public/sign-language, the content the app ships.
 *
 * npm runs the script in the Loket folder, also for `npm --prefix LOKET run …` from elsewhere,
 * and sets INIT_CWD to the directory the command was typed in. A FOLDER typed on the command
 * line resolves against INIT_CWD, so a relative path starts in the directory it was typed in.
 * The defaults resolve against `cwd`, the Loket folder, as the server resolves them.
 */
export async function runSignCheck(args: readonly string[], context: SignCheckContext): Promise<number> {
  const translators = await createSignCheckTranslators();
  const both = (key: string, values: Record<string, string> = {}): string => `${translators.id(key, values)}\n${translators.en(key, values)}\n`;

  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, 'list-keys': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1] ?? String(args[0]);
    context.stderr(both('signCheck.unknownOption', { option }));
    return EXIT_UNREADABLE;
  }
  const { values, positionals } = parsed;

  if (values.help) {
    context.stdout(`${translators.id('signCheck.usage')}\n\n${translators.en('signCheck.usage')}\n`);
    return EXIT_OK;
  }
  if (values['list-keys']) {
    const keys = allSignTopics(Object.values(formDefinitions));
    context.stdout(values.json ? `${JSON.stringify(keys, null, 2)}\n` : `${keys.join('\n')}\n`);
    return EXIT_OK;
  }
  if (positionals.length > 1) {
    context.stderr(both('signCheck.unknownOption', { option: positionals[1] ?? '' }));
    return EXIT_UNREADABLE;
  }

  const typed = positionals[0];
  const folder =
    typed === undefined ? resolve(context.cwd, context.env.LOKET_SIGN_LANGUAGE_DIR || DEFAULT_CONTENT_FOLDER) : resolve(context.env.INIT_CWD || context.cwd, typed);
  try {
    const report = await checkSignContent(folder);
    context.stdout(values.json ? `${JSON.stringify(signReportJson(report, translators), null, 2)}\n` : formatSignReport(report, translators));
    return report.findings.some(isFault) ? EXIT_FAULTS : EXIT_OK;
  } catch (error) {
    if (!(error instanceof SignCheckReadError)) throw error;
    const key = `signCheck.readErrors.${error.reason}`;
    const message = { id: translators.id(key, { path: error.path, detail: error.detail }), en: translators.en(key, { path: error.path, detail: error.detail }) };
    if (values.json) {
      context.stdout(`${JSON.stringify({ folder, ok: false, error: { code: error.reason, path: error.path, message } }, null, 2)}\n`);
    }
    context.stderr(`${message.id}\n${message.en}\n`);
    return EXIT_UNREADABLE;
  }
}
