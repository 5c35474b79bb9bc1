import type { Page } from 'playwright-core';
import type { IntakeServer } from './intake-server.ts';
import { STAFF_TOKEN } from './status-api.ts';

/** Creates a one-time enrolment code through the admin API, as an administrator would. */
export async function createEnrolmentCode(server: IntakeServer, label: string): Promise<string> {
  const response = await fetch(`${server.origin}/api/v1/admin/enrolment-codes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${STAFF_TOKEN}` },
    body: JSON.stringify({ label }),
  });
  if (response.status !== 201) throw new Error(`Creating an enrolment code failed with HTTP ${response.status}`);
  return ((await response.json()) as { code: string }).code;
}

/**
 * Enrols the page's device at /setup as staff do, and waits until it holds numbers for the
 * agency the request forms choose (DISKOMINFO, the PPID Utama).
 */
export async function enrolAtSetup(page: Page, server: IntakeServer, label: string): Promise<void> {
  const code = await createEnrolmentCode(server, label);
  await page.goto(`${server.origin}/setup`);
  await page.getByLabel('Kode pendaftaran').fill(code);
  await page.getByLabel('Kiosk layanan').check();
  await page.getByRole('button', { name: 'Daftarkan perangkat' }).click();
  await page.getByRole('definition').filter({ hasText: label }).waitFor();
  await page.getByRole('rowheader', { name: /Dinas Komunikasi dan Informatika/ }).first().waitFor({ timeout: 30_000 });
}
