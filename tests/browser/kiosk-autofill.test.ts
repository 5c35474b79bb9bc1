import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserProfile } from './support/chromium.ts';
import { IntakeServer } from './support/intake-server.ts';
import { fillRequestQuickly } from './support/request-form.ts';

let server: IntakeServer;

beforeAll(async () => {
  server = await IntakeServer.create();
  await server.start();
});

afterAll(async () => {
  await server.remove();
});

/**
 * Files a request on a fresh profile launched with `?channel=<channel>`, closes the browser,
 * and returns the values Chromium saved for autofill suggestions in the profile's Web Data.
 */
async function savedAutofillValues(channel: 'kiosk' | 'web'): Promise<string[]> {
  const profile = await BrowserProfile.create();
  try {
    const context = await profile.launch();
    const page = await context.newPage();
    await page.goto(`${server.origin}/?channel=${channel}`);
    await fillRequestQuickly(page, 'Rahasia Contoh');
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tanda bukti permohonan' }).waitFor();
    await context.close();

    const webData = join(profile.directory, 'Default', 'Web Data');
    if (!existsSync(webData)) return [];
    const database = new Database(webData, { readonly: true });
    try {
      return (database.prepare('SELECT value FROM autofill').all() as { value: string }[]).map((row) => row.value);
    } finally {
      database.close();
    }
  } finally {
    await profile.remove();
  }
}

describe('browser autofill', () => {
  it('keeps nothing a kiosk visitor typed', async () => {
    // On a phone Chromium saves the answers for its owner, which shows the check can see them.
    expect(await savedAutofillValues('web')).toContain('Rahasia Contoh');

    const onKiosk = await savedAutofillValues('kiosk');
    for (const typed of ['Rahasia Contoh', 'Jl. Percobaan No. 7, Karawaci', '0857 1111 2222', 'Salinan laporan keuangan tahun 2025.']) {
      expect(onKiosk).not.toContain(typed);
    }
  });
});
