/**
 * The kiosk's time limit, with no DOM: quiet for `idleMs - warningMs`, then a warning, then
 * the reset. Activity only records a timestamp, so scroll and input events cost nothing. The
 * one pending timeout compares against that timestamp when it fires, and re-arms if activity
 * came in the meantime.
 */
export interface IdleTimerOptions {
  /** Quiet time from the last activity to the reset, in milliseconds. */
  idleMs: number;
  /** How long the warning shows before the reset, in milliseconds. */
  warningMs: number;
  /** Called when the warning begins, with the moment of the reset (same clock as `now`). */
  onWarning: (resetAt: number) => void;
  onReset: () => void;
  now?: () => number;
}

export type IdlePhase = 'stopped' | 'counting' | 'warning';

export class IdleTimer {
  private phase: IdlePhase = 'stopped';
  private lastActivity = 0;
  private resetAt = 0;
  private timeout: ReturnType<typeof setTimeout> | undefined;
  private idleMs: number;
  private readonly now: () => number;

  constructor(private readonly options: IdleTimerOptions) {
    this.idleMs = options.idleMs;
    this.now = options.now ?? Date.now;
  }

  get currentPhase(): IdlePhase {
    return this.phase;
  }

  /** Starts counting from now; also restarts a stopped timer after a reset. */
  start(): void {
    this.lastActivity = this.now();
    this.phase = 'counting';
    this.arm();
  }

  stop(): void {
    clearTimeout(this.timeout);
    this.timeout = undefined;
    this.phase = 'stopped';
  }

  /**
   * Records activity before the warning. While the warning shows, only extend() counts: the
   * speech that reads the warning aloud reports activity too, and must not dismiss it.
   */
  recordActivity(): void {
    if (this.phase === 'counting') this.lastActivity = this.now();
  }

  /** Hides the warning and restarts the whole quiet time: "Saya masih di sini". */
  extend(): void {
    if (this.phase === 'stopped') return;
    this.start();
  }

  /** Changes the quiet time, as between a form and a receipt. A warning already showing keeps its reset time. */
  setIdleMs(idleMs: number): void {
    if (idleMs === this.idleMs) return;
    this.idleMs = idleMs;
    if (this.phase === 'counting') this.arm();
  }

  private arm(): void {
    clearTimeout(this.timeout);
    const due = this.phase === 'warning' ? this.resetAt : this.warningAt();
    this.timeout = setTimeout(() => this.check(), Math.max(0, due - this.now()));
  }

  private warningAt(): number {
    return this.lastActivity + this.idleMs - this.options.warningMs;
  }

  private check(): void {
    const now = this.now();
    if (this.phase === 'counting') {
      if (now < this.warningAt()) {
        this.arm();
        return;
      }
      // Counted from when the warning actually shows, so a timer that fired late (a sleeping
      // or throttled device) still gives the visitor the whole warning time.
      this.phase = 'warning';
      this.resetAt = now + this.options.warningMs;
      this.arm();
      this.options.onWarning(this.resetAt);
    } else if (this.phase === 'warning') {
      if (now < this.resetAt) {
        this.arm();
        return;
      }
      this.stop();
      this.options.onReset();
    }
  }
}
