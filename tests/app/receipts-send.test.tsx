// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReceiptsScreen } from '../../src/app/receipt/ReceiptsScreen.tsx';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { testConfig } from './app-harness.tsx';

beforeEach(async () => {
  initI18n();
  await i18n.changeLanguage('id');
});

afterEach(() => cleanup());

function renderList(online: boolean, onSendNow: () => Promise<{ sent: number; waiting: number }>) {
  render(<ReceiptsScreen records={[]} online={online} config={testConfig} onOpen={() => undefined} onBack={() => undefined} onSendNow={onSendNow} />);
  return userEvent.setup();
}

function announcerText(): string {
  return document.querySelector('[data-announcer]')?.textContent ?? '';
}

describe('Kirim sekarang', () => {
  it('announces how many were sent', async () => {
    const onSendNow = vi.fn(async () => ({ sent: 2, waiting: 1 }));
    const user = renderList(true, onSendNow);

    await user.click(screen.getByRole('button', { name: 'Kirim sekarang' }));
    expect(onSendNow).toHaveBeenCalledOnce();
    await waitFor(() => expect(announcerText()).toContain('Terkirim: 2. Masih menunggu: 1.'));
  });

  it('does not try while offline', async () => {
    const onSendNow = vi.fn(async () => ({ sent: 0, waiting: 1 }));
    const user = renderList(false, onSendNow);

    await user.click(screen.getByRole('button', { name: 'Kirim sekarang' }));
    expect(onSendNow).not.toHaveBeenCalled();
    await waitFor(() => expect(announcerText()).toContain('tidak tersambung ke internet'));
  });
});
