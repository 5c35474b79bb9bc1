import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTimer } from '../../../src/app/session/idle-timer.ts';

const IDLE_MS = 120_000;
const WARNING_MS = 30_000;

let onWarning: ReturnType<typeof vi.fn<(resetAt: number) => void>>;
let onReset: ReturnType<typeof vi.fn<() => void>>;
let timer: IdleTimer;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-02T09:00:00+07:00') });
  onWarning = vi.fn<(resetAt: number) => void>();
  onReset = vi.fn<() => void>();
  timer = new IdleTimer({ idleMs: IDLE_MS, warningMs: WARNING_MS, onWarning, onReset });
});

afterEach(() => {
  timer.stop();
  vi.useRealTimers();
});

describe('IdleTimer', () => {
  it('warns before the reset, then resets', () => {
    timer.start();
    const started = Date.now();

    vi.advanceTimersByTime(IDLE_MS - WARNING_MS - 1);
    expect(onWarning).not.toHaveBeenCalled();

    vi.advanceTimersByTime(1);
    expect(onWarning).toHaveBeenCalledTimes(1);
    expect(onWarning).toHaveBeenCalledWith(started + IDLE_MS);
    expect(timer.currentPhase).toBe('warning');

    vi.advanceTimersByTime(WARNING_MS - 1);
    expect(onReset).not.toHaveBeenCalled();

    vi.advanceTimersByTime(1);
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(timer.currentPhase).toBe('stopped');
  });

  it('activity restarts the quiet time', () => {
    timer.start();
    vi.advanceTimersByTime(80_000);
    timer.recordActivity();

    vi.advanceTimersByTime(80_000);
    expect(onWarning).not.toHaveBeenCalled();

    vi.advanceTimersByTime(10_000);
    expect(onWarning).toHaveBeenCalledTimes(1);
  });

  it('activity during the warning does not dismiss it', () => {
    timer.start();
    vi.advanceTimersByTime(IDLE_MS - WARNING_MS);
    timer.recordActivity();

    vi.advanceTimersByTime(WARNING_MS);
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('extends twelve times in a row', () => {
    timer.start();
    for (let extension = 0; extension < 12; extension += 1) {
      vi.advanceTimersByTime(IDLE_MS - WARNING_MS);
      expect(onWarning).toHaveBeenCalledTimes(extension + 1);
      vi.advanceTimersByTime(WARNING_MS - 1);
      timer.extend();
      expect(timer.currentPhase).toBe('counting');
    }
    expect(onReset).not.toHaveBeenCalled();

    vi.advanceTimersByTime(IDLE_MS);
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('gives the whole warning time after a late timer', () => {
    // A device that slept: when the timeout finally runs, the clock is past the reset time.
    let sleptMs = 0;
    const late = new IdleTimer({ idleMs: IDLE_MS, warningMs: WARNING_MS, onWarning, onReset, now: () => Date.now() + sleptMs });
    late.start();
    sleptMs = IDLE_MS;
    vi.advanceTimersByTime(IDLE_MS - WARNING_MS);

    expect(onWarning).toHaveBeenCalledWith(Date.now() + sleptMs + WARNING_MS);
    expect(onReset).not.toHaveBeenCalled();
    vi.advanceTimersByTime(WARNING_MS);
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('shortens the quiet time on a receipt', () => {
    timer.start();
    vi.advanceTimersByTime(20_000);
    timer.setIdleMs(60_000);

    vi.advanceTimersByTime(9_999);
    expect(onWarning).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onWarning).toHaveBeenCalledTimes(1);
  });

  it('keeps a showing warning when the quiet time changes', () => {
    timer.start();
    vi.advanceTimersByTime(IDLE_MS - WARNING_MS);
    timer.setIdleMs(600_000);

    vi.advanceTimersByTime(WARNING_MS);
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('does nothing after stop', () => {
    timer.start();
    timer.stop();
    timer.extend();

    vi.advanceTimersByTime(IDLE_MS * 2);
    expect(onWarning).not.toHaveBeenCalled();
    expect(onReset).not.toHaveBeenCalled();
  });
});
