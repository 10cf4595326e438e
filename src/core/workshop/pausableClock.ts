/**
 * The clock a workshop's actors run on. XState schedules every delay of an actor system
 * (a timed event's countdown among them) through its clock: pausing this one freezes them all,
 * and resuming gives each exactly the time it had left.
 */
export interface PausableClock {
  setTimeout(fn: (...args: unknown[]) => void, ms: number): number;
  clearTimeout(id: unknown): void;
  pause(): void;
  resume(): void;
  readonly paused: boolean;
}

/** A real clock to drive: the browser's or Node's timers, and what time it is. */
export interface TimerHost {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

interface Pending {
  fn: () => void;
  /** Time left when the timer was last armed. */
  left: number;
  armedAt: number;
  handle: unknown;
}

export function pausableClock(
  host: TimerHost = { now: () => Date.now(), setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as number) },
): PausableClock {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let paused = false;

  const arm = (id: number, p: Pending) => {
    p.armedAt = host.now();
    p.handle = host.setTimeout(() => {
      pending.delete(id);
      p.fn();
    }, p.left);
  };

  return {
    setTimeout(fn, ms) {
      const id = nextId++;
      const p: Pending = { fn: () => fn(), left: Math.max(0, ms), armedAt: host.now(), handle: null };
      pending.set(id, p);
      if (!paused) arm(id, p);
      return id;
    },
    clearTimeout(id) {
      const p = pending.get(id as number);
      if (!p) return;
      if (p.handle !== null) host.clearTimeout(p.handle);
      pending.delete(id as number);
    },
    pause() {
      if (paused) return;
      paused = true;
      const now = host.now();
      for (const p of pending.values()) {
        host.clearTimeout(p.handle);
        p.handle = null;
        p.left = Math.max(0, p.left - (now - p.armedAt));
      }
    },
    resume() {
      if (!paused) return;
      paused = false;
      for (const [id, p] of pending) arm(id, p);
    },
    get paused() {
      return paused;
    },
  };
}
