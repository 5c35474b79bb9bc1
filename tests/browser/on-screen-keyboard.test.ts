import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { BrowserSession } from './support/browser-session.ts';
import { DISPLAY_MODES, horizontalOverflow, LOCALES, REFLOW_WIDTH_PX, setDisplayMode, setLanguage, smallTargets } from './support/display-modes.ts';
import { focusObscured, keyboardRegion, keyLabelled, tapText } from './support/on-screen-keyboard.ts';
import { beginRequest, fillRequestQuickly, passAttractScreen } from './support/request-form.ts';

// A portrait kiosk screen, launched as a kiosk without a physical keyboard.
const KIOSK_VIEWPORT = { width: 1080, height: 1920 };
let session: BrowserSession;

beforeAll(async () => {
  session = await BrowserSession.open({ viewport: KIOSK_VIEWPORT });
});

afterAll(async () => {
  await session?.close();
});

async function openKiosk(): Promise<Page> {
  const page = await session.context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${session.server.origin}/?channel=kiosk&keyboard=onscreen`);
  await passAttractScreen(page);
  return page;
}

async function keyNames(page: Page): Promise<string[]> {
  return keyboardRegion(page)
    .getByRole('button')
    .evaluateAll((keys) => keys.map((key) => key.getAttribute('aria-label') ?? key.textContent ?? ''));
}

async function keyboardHeight(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.style.getPropertyValue('--keyboard-height'));
}

describe('on-screen keyboard on a kiosk', () => {
  it('opens on a text field only', async () => {
    const page = await openKiosk();
    await beginRequest(page);
    await page.getByLabel('Perorangan').check();
    expect(await keyboardRegion(page).count()).toBe(0);
    expect(await keyboardHeight(page)).toBe('0px');

    await page.getByRole('textbox', { name: /^Nama lengkap/ }).click();
    await keyboardRegion(page).waitFor();
    const box = await keyboardRegion(page).boundingBox();
    if (!box) throw new Error('The keyboard region has no box');
    expect(box.y + box.height).toBeCloseTo(KIOSK_VIEWPORT.height, 0);
    expect(await keyboardHeight(page)).toBe(`${Math.ceil(box.height)}px`);
    expect(await keyboardRegion(page).textContent()).toContain('Nama lengkap');

    // A tap closes the keyboard once the finger lifts, so the tapped control stays in place.
    await page.getByLabel('Kelompok orang').click();
    await keyboardRegion(page).waitFor({ state: 'detached' });
    expect(await page.getByLabel('Kelompok orang').isChecked()).toBe(true);
    expect(await keyboardHeight(page)).toBe('0px');
    await page.close();
  });

  it('closes and reopens by tapping', async () => {
    const page = await openKiosk();
    await beginRequest(page);
    await page.getByLabel('Perorangan').check();
    const name = page.getByRole('textbox', { name: /^Nama lengkap/ });
    await name.click();
    await keyboardRegion(page).getByRole('button', { name: 'Tutup papan ketik' }).click();
    await keyboardRegion(page).waitFor({ state: 'detached' });
    expect(await name.evaluate((element) => element === document.activeElement)).toBe(true);

    await name.click();
    await keyboardRegion(page).waitFor();
    await page.close();
  });

  it('tapped keys fill the field and stay after a step change', async () => {
    const page = await openKiosk();
    await beginRequest(page);
    await page.getByLabel('Perorangan').check();
    const nik = page.getByRole('textbox', { name: /^NIK/ });
    const name = page.getByRole('textbox', { name: /^Nama lengkap/ });
    const occupation = page.getByRole('textbox', { name: /^Pekerjaan/ });

    await nik.click();
    await tapText(page, '3671014501900001');
    await name.click();
    await tapText(page, "Siti Ma'ruf");
    // The caret sits after "Siti": the next letters go there, not at the end.
    await name.evaluate((element: HTMLInputElement) => element.setSelectionRange(4, 4));
    await tapText(page, ' Contoh');
    await occupation.click();
    await tapText(page, 'Guru, RT 003/RW 005');

    expect(await nik.inputValue()).toBe('3671014501900001');
    expect(await name.inputValue()).toBe("Siti Contoh Ma'ruf");
    expect(await occupation.inputValue()).toBe('Guru, RT 003/RW 005');
    // Taps never moved focus away from the field.
    expect(await occupation.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await keyboardRegion(page).textContent()).toContain('Guru, RT 003/RW 005');

    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('heading', { level: 1, name: /Kuasa/ }).waitFor();
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page.getByRole('heading', { level: 1, name: /Data Pemohon/ }).waitFor();
    expect(await nik.inputValue()).toBe('3671014501900001');
    expect(await name.inputValue()).toBe("Siti Contoh Ma'ruf");
    await page.close();
  });

  it('respects the field maxLength', async () => {
    const page = await openKiosk();
    await beginRequest(page);
    await page.getByLabel('Perorangan').check();
    const nik = page.getByRole('textbox', { name: /^NIK/ });
    await nik.evaluate((element: HTMLInputElement) => {
      element.maxLength = 4;
    });
    await nik.click();
    await tapText(page, '367101');
    expect(await nik.inputValue()).toBe('3671');
    await page.close();
  });

  it('digits for NIK, phone pad, e-mail keys', async () => {
    const page = await openKiosk();
    await fillRequestQuickly(page, 'Siti Contoh');
    await page.getByRole('link', { name: 'Ubah Alamat e-mail' }).click();

    await page.getByRole('textbox', { name: /^Alamat e-mail/ }).click();
    const emailKeys = await keyNames(page);
    for (const key of ['Tanda et', '.com', '.go.id', '.co.id', 'Garis bawah', 'Tanda hubung', 'Titik']) expect(emailKeys).toContain(key);
    await tapText(page, 'siti');
    await keyLabelled(page, '@').click();
    await tapText(page, 'contoh');
    await keyLabelled(page, '.go.id').click();
    expect(await page.getByRole('textbox', { name: /^Alamat e-mail/ }).inputValue()).toBe('siti@contoh.go.id');

    await page.getByRole('textbox', { name: /^Nomor telepon/ }).click();
    expect(await keyNames(page)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'Tanda tambah', '0', 'Hapus', 'Tutup papan ketik']);

    await page.getByRole('button', { name: 'Kembali ke pemeriksaan' }).click();
    await page.getByRole('link', { name: 'Ubah NIK' }).click();
    await page.getByRole('textbox', { name: /^NIK/ }).click();
    expect(await keyNames(page)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'Hapus', '0', 'Tutup papan ketik']);
    await page.close();
  });

  it('keeps the focused field above the keyboard', async () => {
    const page = await openKiosk();
    await fillRequestQuickly(page, 'Siti Contoh');
    const failures: string[] = [];
    const check = async (step: string, fields: RegExp[]) => {
      for (const mode of DISPLAY_MODES) {
        await setDisplayMode(page, mode);
        for (const field of fields) {
          // Scrolled to the top first, so a field low on the page starts out under the keyboard.
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.getByRole('textbox', { name: field }).focus();
          await keyboardRegion(page).waitFor();
          const problem = await focusObscured(page);
          if (problem) failures.push(`${step}, ${mode.name}, ${String(field)}: ${problem}`);
        }
      }
    };

    await page.getByRole('link', { name: 'Ubah NIK' }).click();
    await check('applicant', [/^NIK/, /^Pekerjaan/]);
    await page.getByRole('button', { name: 'Kembali ke pemeriksaan' }).click();
    await page.getByRole('link', { name: 'Ubah Alamat', exact: true }).click();
    await check('contact', [/^Alamat \(/, /^Alamat e-mail/]);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('has no axe violations while open', async () => {
    const page = await openKiosk();
    await beginRequest(page);
    await page.getByLabel('Perorangan').check();
    const name = page.getByRole('textbox', { name: /^(Nama lengkap|Full name)/ });
    const failures: string[] = [];
    try {
      for (const locale of LOCALES) {
        await setLanguage(page, locale);
        for (const mode of DISPLAY_MODES) {
          await setDisplayMode(page, mode);
          // The settings buttons took focus and closed the keyboard: open it again.
          await name.click();
          await keyboardRegion(page).waitFor();
          const label = `${locale}, ${mode.name}`;
          failures.push(...(await axeViolations(page, { enhancedContrast: mode.highContrast })).map((failure) => `${label}: ${failure}`));
          failures.push(...(await smallTargets(page)).map((failure) => `${label}: ${failure}`));
        }
      }

      await page.setViewportSize({ width: REFLOW_WIDTH_PX, height: 720 });
      await setDisplayMode(page, DISPLAY_MODES[3] as (typeof DISPLAY_MODES)[number]);
      await name.click();
      await keyboardRegion(page).waitFor();
      failures.push(...(await horizontalOverflow(page)).map((failure) => `320 px: ${failure}`));
      failures.push(...(await smallTargets(page)).map((failure) => `320 px: ${failure}`));
    } finally {
      await page.setViewportSize(KIOSK_VIEWPORT);
    }
    expect(failures).toEqual([]);
    await page.close();
  });
});
