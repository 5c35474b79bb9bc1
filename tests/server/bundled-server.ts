import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, cp, mkdir, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { createTemporaryDirectory } from './test-server.ts';

const repositoryRoot = resolve(import.meta.dirname, '../..');

/**
 * Bundles main.ts and admin-cli.ts as `npm run build:server` does, into a temporary copy of
 * the repository layout (dist/server, src/server/openapi.yaml, config, node_modules), so tests
 * run the real bundles without touching the shared dist folder. Returns the copy's root.
 */
export async function prepareBundledRoot(): Promise<string> {
  const root = await createTemporaryDirectory('loket-main-');
  await mkdir(join(root, 'src', 'server'), { recursive: true });
  await mkdir(join(root, 'config'));
  await copyFile(join(repositoryRoot, 'src/server/openapi.yaml'), join(root, 'src/server/openapi.yaml'));
  await copyFile(join(repositoryRoot, 'config/loket.json'), join(root, 'config/loket.json'));
  await cp(join(repositoryRoot, 'config/calendar'), join(root, 'config/calendar'), { recursive: true });
  await symlink(join(repositoryRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  await build({
    entryPoints: { main: join(repositoryRoot, 'src/server/main.ts'), admin: join(repositoryRoot, 'src/server/admin-cli.ts') },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    outdir: join(root, 'dist/server'),
    logLevel: 'silent',
  });
  return root;
}

export interface RunningProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
}

/** Starts `node dist/server/<script>` in `root` with only PATH, PORT=0 and `env` set. */
export function runBundled(root: string, script: 'main.js' | 'admin.js', env: Record<string, string>, args: string[] = []): RunningProcess {
  const child = spawn(process.execPath, [`dist/server/${script}`, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, stdout: () => stdout, stderr: () => stderr };
}

/** Runs the bundled admin CLI to completion and returns its exit code and output. */
export async function runBundledAdmin(root: string, env: Record<string, string>, args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const running = runBundled(root, 'admin.js', env, args);
  const [exitCode] = (await once(running.child, 'exit')) as [number];
  return { exitCode, stdout: running.stdout(), stderr: running.stderr() };
}

/** Waits up to 15 s for a JSON log line with this message and returns it parsed. */
export async function waitForLogLine(running: RunningProcess, message: string): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const line = running
      .stdout()
      .split('\n')
      .filter(Boolean)
      .map((text) => JSON.parse(text) as Record<string, unknown>)
      .find((entry) => entry.msg === message);
    if (line) return line;
    if (running.child.exitCode !== null) break;
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
  throw new Error(`No "${message}" log line. stdout: ${running.stdout()} stderr: ${running.stderr()}`);
}
