import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDeploymentConfig } from './deployment-config.ts';
import { checkDeviceLabel, issueEnrolmentCode, MAX_DEVICE_LABEL_LENGTH } from './enrolment-codes.ts';
import { readServerEnvironment } from './environment.ts';
import type { DeviceWithBlocks, StoredNumberBlock } from './storage/device-store.ts';
import { SQLITE_FILE_NAME } from './storage/sqlite-database.ts';
import { openSqliteStores } from './storage/sqlite-stores.ts';

/** Exit codes of the admin CLI: 0 done, 1 the command failed, 2 the arguments are invalid. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export const ADMIN_USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  enrolment-code --label <text>  Create a one-time code that enrols a kiosk or tablet.
                                 The label (up to ${MAX_DEVICE_LABEL_LENGTH} characters) names the device in lists.
  devices                        List devices with their active and retired number blocks.
  revoke <deviceId>              Revoke a device: its token stops working and its blocks retire.

Options:
  --json                         Print the result as JSON.
  -h, --help                     Show this help.

The database is <LOKET_DATA_DIR>/loket.sqlite (default ./data) and the configuration
LOKET_CONFIG (default config/loket.json), as for the server. It is safe to run while the
server runs.
`;

export interface AdminContext {
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: () => Date;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Runs one admin command on the data directory's database, with the same store code as the
 * server's admin endpoints, and returns the exit code. Errors are written to `stderr`.
 */
export async function runAdminCommand(args: readonly string[], context: AdminContext): Promise<number> {
  let parsed: ReturnType<typeof parseAdminArgs>;
  try {
    parsed = parseAdminArgs(args);
  } catch (error) {
    context.stderr(`${(error as Error).message}\n\n${ADMIN_USAGE}`);
    return EXIT_USAGE;
  }
  if (parsed.help) {
    context.stdout(ADMIN_USAGE);
    return EXIT_OK;
  }

  try {
    return await runParsedCommand(parsed, context);
  } catch (error) {
    context.stderr(`Loket admin ${parsed.command} failed: ${(error as Error).message}\n`);
    return EXIT_FAILED;
  }
}

interface ParsedArgs {
  command: 'enrolment-code' | 'devices' | 'revoke' | 'help';
  label?: string;
  deviceId?: string;
  json: boolean;
  help: boolean;
}

function parseAdminArgs(args: readonly string[]): ParsedArgs {
  let values: { label?: string; json?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...args],
      options: { label: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  // parseArgs keeps the last of repeated options silently; a second label is more likely a slip.
  if (args.filter((arg) => arg === '--label' || arg.startsWith('--label=')).length > 1) throw new UsageError('--label is given more than once.');
  const json = values.json === true;
  const [command, ...rest] = positionals;
  if (values.help === true || command === 'help') return { command: 'help', json, help: true };
  if (command === undefined) throw new UsageError('A command is missing.');

  if (command === 'enrolment-code') {
    if (rest.length > 0) throw new UsageError(`enrolment-code takes no arguments besides --label; got "${rest.join(' ')}".`);
    const labelError = checkDeviceLabel(values.label);
    if (labelError === 'required') throw new UsageError('enrolment-code needs --label "<text>", such as --label "Kiosk lobi Diskominfo".');
    if (labelError === 'tooLong') throw new UsageError(`The label is longer than ${MAX_DEVICE_LABEL_LENGTH} characters.`);
    if (labelError) throw new UsageError('The label contains control or bidirectional characters. Use plain text.');
    return { command, label: values.label, json, help: false };
  }
  if (values.label !== undefined) throw new UsageError(`--label belongs to enrolment-code, not to ${command}.`);
  if (command === 'devices') {
    if (rest.length > 0) throw new UsageError(`devices takes no arguments; got "${rest.join(' ')}".`);
    return { command, json, help: false };
  }
  if (command === 'revoke') {
    if (rest.length !== 1) throw new UsageError('revoke needs exactly one device id, as `npm run admin -- devices` lists them.');
    return { command, deviceId: rest[0], json, help: false };
  }
  throw new UsageError(`Unknown command "${command}".`);
}

async function runParsedCommand(parsed: ParsedArgs, context: AdminContext): Promise<number> {
  const environment = readServerEnvironment(context.env, context.cwd);
  // Read the configuration before opening the database, so a bad file changes nothing.
  const config = parsed.command === 'enrolment-code' ? loadDeploymentConfig(environment.configPath) : undefined;
  // The server creates the database on its first start. A missing file here means the wrong
  // folder, and a code created in a new database there would never work on the server.
  const databasePath = join(environment.dataDir, SQLITE_FILE_NAME);
  if (!existsSync(databasePath)) {
    context.stderr(`No Loket database at ${databasePath}. Set LOKET_DATA_DIR to the intake server's data folder, or start the server once to create it.\n`);
    return EXIT_FAILED;
  }
  const stores = openSqliteStores(environment.dataDir);
  try {
    if (parsed.command === 'enrolment-code' && config) {
      const issued = await issueEnrolmentCode(stores.devices, parsed.label as string, context.now(), config.numberBlocks.enrolmentCodeHours);
      context.stdout(
        parsed.json
          ? `${JSON.stringify(issued)}\n`
          : `Enrolment code for "${issued.label}": ${issued.code}\nValid once, until ${localTime(issued.expiresAt, config)} (${issued.expiresAt}). Type it on the device's setup screen.\n`,
      );
      return EXIT_OK;
    }

    if (parsed.command === 'devices') {
      const devices = await stores.devices.listDevices();
      context.stdout(parsed.json ? `${JSON.stringify({ devices })}\n` : formatDevices(devices));
      return EXIT_OK;
    }

    const revokedAt = context.now().toISOString();
    const device = await stores.devices.revokeDevice(parsed.deviceId as string, revokedAt);
    if (!device) {
      context.stderr(`No device has the id "${parsed.deviceId}". List the ids with: npm run admin -- devices\n`);
      return EXIT_FAILED;
    }
    // The store keeps the first revocation time, so an earlier time means nothing changed now.
    const already = device.revokedAt !== revokedAt;
    const text = already
      ? `${device.id} ("${device.label}") was already revoked at ${device.revokedAt}; nothing changed.\n`
      : `Revoked ${device.id} ("${device.label}") at ${device.revokedAt}; its blocks are retired.\n`;
    context.stdout(parsed.json ? `${JSON.stringify(device)}\n` : text);
    return EXIT_OK;
  } finally {
    await stores.submissions.close();
  }
}

function formatDevices(devices: readonly DeviceWithBlocks[]): string {
  if (devices.length === 0) return 'No devices are enrolled. Create a code with: npm run admin -- enrolment-code --label "<text>"\n';
  const lines: string[] = [];
  for (const device of devices) {
    const state = device.revokedAt === null ? 'active' : `revoked ${device.revokedAt}`;
    lines.push(`${device.id}  ${device.channel}  "${device.label}"  enrolled ${device.enrolledAt}  last seen ${device.lastSeenAt ?? 'never'}  ${state}`);
    for (const block of device.blocks) lines.push(`  block ${formatBlock(block)}`);
    for (const block of device.retiredBlocks) lines.push(`  retired block ${formatBlock(block)}  ${block.retiredReason} ${block.retiredAt}`);
  }
  return `${lines.join('\n')}\n`;
}

function formatBlock(block: StoredNumberBlock): string {
  return `${block.id}  ${block.agency} ${block.series} ${block.year}  ${block.firstSeq}-${block.lastSeq}  used ${block.used}, highest seen ${block.highestSeenSeq}`;
}

/** Formats an instant in the deployment's time zone for staff, such as `2026-03-03 10:00 WIB`. */
function localTime(iso: string, zone: { timeZone: string; timeZoneLabel: string }): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${zone.timeZoneLabel}`;
}
