#!/usr/bin/env node
// Makes sure a Chromium for the browser tests exists and prints which one and how it was found.
// Order: CHROMIUM_PATH, a Chromium already on the machine, Debian's `chromium` package (needs
// root and apt-get), then Playwright's own download (which some networks block).
// Other tests need Debian tools, which this installs with apt-get where they are missing.
// poppler-utils reads the printed receipt's PDF, and liblouis-bin checks the braille table
// against liblouis. libxml2-utils with libbrailleutils-java validate PEF files against the
// PEF 2008-1 schema inside the brailleutils jar.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function found() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
    process.exit(1);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = hasCommand('apt-get');
let aptUpdated = false;

/** Installs a Debian package with apt-get (through sudo -n when not root); false when that failed. */
function aptInstall(name) {
  if (!hasApt) return false;
  const [command, ...prefix] = [...(isRoot ? [] : ['sudo', '-n']), 'apt-get'];
  aptUpdated ||= run(command, [...prefix, 'update']);
  return aptUpdated && run(command, [...prefix, 'install', '-y', '--no-install-recommends', name]);
}

const BRAILLEUTILS_JAR = '/usr/share/java/brailleUtils-core.jar';
const TOOLS = [
  { present: () => hasCommand('pdftotext'), pkg: 'poppler-utils', missing: 'No pdftotext for the printed-receipt test. Install poppler-utils (Debian) or poppler (Homebrew), which provide pdfinfo, pdftotext and pdftoppm.' },
  { present: () => hasCommand('lou_translate'), pkg: 'liblouis-bin', missing: 'No lou_translate for the braille table test. Install liblouis-bin (Debian) or liblouis (Homebrew).' },
  { present: () => hasCommand('xmllint'), pkg: 'libxml2-utils', missing: 'No xmllint for the PEF schema test. Install libxml2-utils (Debian) or libxml2 (Homebrew).' },
  { present: () => existsSync(process.env.BRAILLEUTILS_JAR ?? BRAILLEUTILS_JAR), pkg: 'libbrailleutils-java', missing: `No PEF schema for the PEF test. Install libbrailleutils-java (Debian), or set BRAILLEUTILS_JAR to a brailleUtils-core jar.` },
];

for (const tool of TOOLS) {
  if (tool.present()) continue;
  console.log(`Installing Debian's ${tool.pkg} package for the tests.`);
  if (!aptInstall(tool.pkg) || !tool.present()) {
    console.error(tool.missing);
    process.exit(1);
  }
}

let path = found();
if (path) {
  console.log(`Browser tests will use ${path}.`);
  process.exit(0);
}

if (hasApt) {
  console.log('No Chromium found; installing Debian\'s chromium package.');
  if (aptInstall('chromium')) path = found();
}

if (!path) {
  console.log('Trying Playwright\'s Chromium download instead.');
  if (run('npx', ['--no-install', 'playwright-core', 'install', 'chromium'])) {
    const { chromium } = await import('playwright-core');
    const downloaded = chromium.executablePath();
    if (existsSync(downloaded)) path = downloaded;
  }
}

if (!path) {
  console.error('No Chromium for the browser tests. Install Chromium and set CHROMIUM_PATH to its executable.');
  process.exit(1);
}
console.log(`Browser tests will use ${path}.`);
try {
  console.log(execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
} catch {
  // The version line is informative only.
}
