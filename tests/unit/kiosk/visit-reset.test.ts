import { afterEach, describe, expect, it, vi } from 'vitest';
import { onVisitReset, runVisitResetHandlers } from '../../../src/app/session/visit-reset.ts';

describe('runVisitResetHandlers', () => {
  const removers: (() => void)[] = [];
  afterEach(() => {
    for (const remove of removers.splice(0)) remove();
    vi.useRealTimers();
  });

  it('runs every registered handler, also after one throws', async () => {
    const calls: string[] = [];
    removers.push(onVisitReset(() => void calls.push('speech')));
    removers.push(
      onVisitReset(() => {
        throw new Error('broken');
      }),
    );
    removers.push(onVisitReset(async () => void calls.push('keyboard')));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await runVisitResetHandlers();
    expect(calls.sort()).toEqual(['keyboard', 'speech']);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it('gives up on a handler that never settles', async () => {
    vi.useFakeTimers();
    removers.push(onVisitReset(() => new Promise<void>(() => {})));
    let finished = false;
    const run = runVisitResetHandlers(500).then(() => {
      finished = true;
    });
    await vi.advanceTimersByTimeAsync(499);
    expect(finished).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await run;
    expect(finished).toBe(true);
  });

  it('stops calling a handler once it is removed', async () => {
    const handler = vi.fn();
    onVisitReset(handler)();
    await runVisitResetHandlers();
    expect(handler).not.toHaveBeenCalled();
  });
});
