// Injected time (Kafka's `Time` plus the bit of `Scheduler` storage needs), so that
// segment rolling, retention and flush intervals are testable without sleeping.

export interface Timer {
  cancel(): void;
}

export interface Clock {
  /** Wall-clock milliseconds since the epoch. */
  nowMs(): number;
  /** Runs `fn` once after `delayMs`. Timers never keep the process alive. */
  schedule(delayMs: number, fn: () => void): Timer;
}

// Node turns a delay above 2^31-1 ms into 1 ms; Kafka's "never" is Long.MAX_VALUE.
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

export class SystemClock implements Clock {
  nowMs(): number {
    return Date.now();
  }

  schedule(delayMs: number, fn: () => void): Timer {
    if (delayMs > MAX_TIMER_DELAY_MS) return { cancel: () => {} };
    const handle = setTimeout(fn, Math.max(0, delayMs));
    handle.unref();
    return { cancel: () => clearTimeout(handle) };
  }
}

interface PendingTimer {
  dueMs: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

/** A clock that moves only when told to; `advance` runs due timers in time order. */
export class ManualClock implements Clock {
  #nowMs: number;
  #seq = 0;
  #timers: PendingTimer[] = [];

  constructor(startMs = 1_700_000_000_000) {
    this.#nowMs = startMs;
  }

  nowMs(): number {
    return this.#nowMs;
  }

  schedule(delayMs: number, fn: () => void): Timer {
    const timer: PendingTimer = { dueMs: this.#nowMs + Math.max(0, delayMs), seq: this.#seq++, fn, cancelled: false };
    this.#timers.push(timer);
    return { cancel: () => void (timer.cancelled = true) };
  }

  /** Moves time forward by `ms`, running every timer that falls due (including ones they schedule). */
  advance(ms: number): void {
    const target = this.#nowMs + ms;
    for (;;) {
      this.#timers = this.#timers.filter((t) => !t.cancelled);
      const due = this.#timers
        .filter((t) => t.dueMs <= target)
        .sort((a, b) => a.dueMs - b.dueMs || a.seq - b.seq)[0];
      if (due === undefined) break;
      this.#timers.splice(this.#timers.indexOf(due), 1);
      this.#nowMs = Math.max(this.#nowMs, due.dueMs);
      due.fn();
    }
    this.#nowMs = target;
  }

  /** Number of timers waiting (for tests that check a component stopped its schedule). */
  get pendingTimers(): number {
    return this.#timers.filter((t) => !t.cancelled).length;
  }
}

/** Runs `task` every `periodMs` on `clock` until the returned timer is cancelled. */
export function schedulePeriodic(clock: Clock, periodMs: number, task: () => void): Timer {
  let current: Timer;
  let stopped = false;
  const run = (): void => {
    if (stopped) return;
    try {
      task();
    } finally {
      if (!stopped) current = clock.schedule(periodMs, run);
    }
  };
  current = clock.schedule(periodMs, run);
  return {
    cancel: () => {
      stopped = true;
      current.cancel();
    },
  };
}
