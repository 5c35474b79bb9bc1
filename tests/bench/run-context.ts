import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** Paths whose uncommitted changes alter what the bench measures. */
const BUILD_INPUTS = ['src', 'public', 'config', 'index.html', 'vite.config.ts', 'pwa-assets.config.ts', 'package.json', 'package-lock.json'];

/**
 * Describes the machine, with the 1-minute load average before the run. A value well above
 * zero means other processes were using the CPU, which makes the timings slower and noisier.
 */
export function describeMachine(): string {
  const cpus = os.cpus();
  const memoryGiB = (os.totalmem() / 2 ** 30).toFixed(1);
  let distribution = '';
  try {
    distribution = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {
    // Not Linux, or no os-release: the kernel line below still names the OS.
  }
  const kernel = `${os.type()} ${os.release()} ${os.arch()}`;
  const system = distribution ? `${distribution} (${kernel})` : kernel;
  const load = os.loadavg()[0]!.toFixed(2);
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${memoryGiB} GiB RAM, ${system}; 1-minute load average ${load} before the run`;
}

/** Names the commit, and any uncommitted change to the files the build reads. */
export function describeCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--', ...BUILD_INPUTS], { encoding: 'utf8' });
    const changed = status
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => line.slice(3));
    if (changed.length === 0) return `commit ${commit}`;
    const listed = changed.slice(0, 5).map((path) => `\`${path}\``);
    if (changed.length > 5) listed.push(`${changed.length - 5} more`);
    return `commit ${commit} with uncommitted changes to ${listed.join(', ')}`;
  } catch {
    return 'commit unknown (not a git checkout)';
  }
}
