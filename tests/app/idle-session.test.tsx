// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportActivity } from '../../src/app/session/activity.ts';
import { useIdleTimer } from '../../src/app/session/use-idle-timer.ts';

const IDLE_SECONDS = 120;
const WARNING_SECONDS = 30;

let onTimeout: ReturnType<typeof vi.fn<() => void>>;
let latest: { resetAt: number | null; extend: () => void };

function Probe({ idleSeconds = IDLE_SECONDS }: { idleSeconds?: number }) {
  latest = useIdleTimer({ idleSeconds, warningSeconds: WARNING_SECONDS, onTimeout });
  return <input aria-label="Nama" />;
}

/** Moves the fake clock on inside act(), so the hook's state updates render. */
function pass(seconds: number): void {
  act(() => {
    vi.advanceTimersByTime(seconds * 1000);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  onTimeout = vi.fn<() => void>();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useIdleTimer', () => {
  it.each([
    ['a key press', () => fireEvent.keyDown(document.body, { key: 'a' })],
    ['a touch', () => fireEvent.pointerDown(document.body)],
    ['typing', () => fireEvent.input(document.querySelector('input') as HTMLInputElement)],
    // Browsers fire a page scroll at the document and an element's scroll at the element.
    ['scrolling the page', () => fireEvent.scroll(document)],
    ['scrolling a box', () => fireEvent.scroll(document.querySelector('input') as HTMLInputElement)],
    ['a wheel turn', () => fireEvent.wheel(document.body)],
    ['speech or video', () => reportActivity()],
  ])('counts %s as activity', (_case, trigger) => {
    render(<Probe />);
    pass(80);
    trigger();

    pass(80);
    expect(latest.resetAt).toBeNull();
    pass(10);
    expect(latest.resetAt).not.toBeNull();
  });

  it('warns, then times out once', () => {
    render(<Probe />);
    pass(IDLE_SECONDS - WARNING_SECONDS);
    expect(latest.resetAt).toBe(Date.now() + WARNING_SECONDS * 1000);

    pass(WARNING_SECONDS);
    expect(onTimeout).toHaveBeenCalledTimes(1);
    expect(latest.resetAt).toBeNull();
    pass(IDLE_SECONDS * 2);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('ignores activity reports during the warning', () => {
    render(<Probe />);
    pass(IDLE_SECONDS - WARNING_SECONDS);
    // Speech reading the warning aloud reports activity, and must not dismiss it.
    reportActivity();
    fireEvent.keyDown(document.body, { key: 'Tab' });

    pass(WARNING_SECONDS);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('extend hides the warning and restarts', () => {
    render(<Probe />);
    pass(IDLE_SECONDS - WARNING_SECONDS);
    act(() => latest.extend());
    expect(latest.resetAt).toBeNull();

    pass(IDLE_SECONDS - WARNING_SECONDS - 1);
    expect(latest.resetAt).toBeNull();
    expect(onTimeout).not.toHaveBeenCalled();
  });

  it('uses the shorter time on a receipt', () => {
    const { rerender } = render(<Probe />);
    pass(10);
    rerender(<Probe idleSeconds={60} />);

    pass(19);
    expect(latest.resetAt).toBeNull();
    pass(1);
    expect(latest.resetAt).not.toBeNull();
  });

  it('stops listening when unmounted', () => {
    const { unmount } = render(<Probe />);
    unmount();

    pass(IDLE_SECONDS * 2);
    expect(onTimeout).not.toHaveBeenCalled();
  });
});
