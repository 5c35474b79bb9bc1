#!/usr/bin/env node
// A stand-in for CUPS's `lp` in server tests. It records each call in FAKE_LP_DIR as
// `<n>.json` (argv and pid) and `<n>.stdin` (the bytes received), then acts by FAKE_LP_MODE:
// `print` (default) prints lp's request-id line, `fail` exits 1 with lp's error for an
// unknown queue, and `hang` never exits.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const directory = process.env.FAKE_LP_DIR;
const mode = process.env.FAKE_LP_MODE ?? 'print';
if (!directory) {
  process.stderr.write('fake-lp: FAKE_LP_DIR is not set\n');
  process.exit(2);
}

const argv = process.argv.slice(2);
const callNumber = readdirSync(directory).filter((name) => name.endsWith('.json')).length + 1;
writeFileSync(join(directory, `${callNumber}.json`), JSON.stringify({ argv, pid: process.pid }));

// Real lp checks the destination before it reads standard input, so a failing call leaves
// the data unread, which is what makes the server's write fail with EPIPE.
if (mode === 'fail') {
  process.stderr.write('lp: Error - The printer or class does not exist.\n');
  process.exit(1);
}

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  writeFileSync(join(directory, `${callNumber}.stdin`), Buffer.concat(chunks));
  if (mode === 'hang') {
    // Keeps the process alive until a signal ends it.
    setInterval(() => {}, 60_000);
    return;
  }
  const queue = argv[argv.indexOf('-d') + 1];
  process.stdout.write(`request id is ${queue}-${callNumber} (1 file(s))\n`);
});
