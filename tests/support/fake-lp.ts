import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** What fake-lp.mjs does after recording a call: print a job id as lp does, fail, or never exit. */
export type FakeLpMode = 'print' | 'fail' | 'hang';

export interface FakeLpCall {
  argv: string[];
  pid: number;
  /** The bytes lp read from standard input; absent when it exited without reading. */
  stdin?: Buffer;
}

export interface FakeLp {
  /** Absolute path to give the server as its lp program. */
  command: string;
  /** The calls so far, oldest first. */
  calls(): Promise<FakeLpCall[]>;
}

const FAKE_LP_SCRIPT = resolve(import.meta.dirname, 'fake-lp.mjs');

/**
 * Writes an executable `lp` into `directory` that runs fake-lp.mjs with FAKE_LP_DIR set to
 * that directory and FAKE_LP_MODE to `mode`. `exec` replaces the shell with Node, so a
 * signal sent to the command's pid reaches fake-lp itself.
 */
export async function createFakeLp(directory: string, mode: FakeLpMode = 'print'): Promise<FakeLp> {
  const command = join(directory, 'lp');
  const script = `#!/bin/sh\nFAKE_LP_DIR=${shellQuote(directory)} FAKE_LP_MODE=${mode} exec ${shellQuote(process.execPath)} ${shellQuote(FAKE_LP_SCRIPT)} "$@"\n`;
  await writeFile(command, script);
  await chmod(command, 0o755);
  return { command, calls: () => readCalls(directory) };
}

async function readCalls(directory: string): Promise<FakeLpCall[]> {
  const names = (await readdir(directory)).filter((name) => /^\d+\.json$/.test(name));
  names.sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  return Promise.all(
    names.map(async (name) => {
      const call = JSON.parse(await readFile(join(directory, name), 'utf8')) as FakeLpCall;
      const stdin = await readFile(join(directory, name.replace('.json', '.stdin'))).catch(() => undefined);
      return stdin === undefined ? call : { ...call, stdin };
    }),
  );
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
