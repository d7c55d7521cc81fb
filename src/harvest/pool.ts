/**
 * Runs jobs with a limit on how many run at once, and politeness per host:
 * at most `perHost` requests to one host at a time, and at least
 * `hostIntervalMs` between the starts of two requests to it. Jobs for a busy
 * host wait without holding a slot, so one slow server does not stall the
 * others.
 */
export interface PoolOptions {
  /** Jobs running at once, over all hosts. */
  readonly concurrency: number;
  /** Jobs running at once against one host. */
  readonly perHost: number;
  /** Least time between two starts against one host. */
  readonly hostIntervalMs: number;
  /** The clock and timer (tests pass their own). */
  readonly now?: () => number;
}

export interface PoolJob<T> {
  readonly host: string;
  run(): Promise<T>;
}

interface HostState {
  running: number;
  lastStart: number;
}

/** Runs every job; resolves with their results in order (a job that throws gives its error as the result). */
export function runPool<T>(jobs: readonly PoolJob<T>[], options: PoolOptions): Promise<Array<T | { readonly poolError: unknown }>> {
  const now = options.now ?? Date.now;
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const perHost = Math.max(1, Math.floor(options.perHost));
  const results: Array<T | { poolError: unknown }> = new Array(jobs.length);
  const hosts = new Map<string, HostState>();
  const waiting: number[] = jobs.map((_, i) => i);
  let running = 0;
  let done = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  return new Promise((resolve) => {
    if (!jobs.length) {
      resolve(results);
      return;
    }
    const host = (name: string): HostState => {
      let state = hosts.get(name);
      if (!state) hosts.set(name, (state = { running: 0, lastStart: -Infinity }));
      return state;
    };
    const pump = (): void => {
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
      }
      let soonest = Infinity;
      for (let w = 0; w < waiting.length && running < concurrency;) {
        const index = waiting[w]!;
        const h = host(jobs[index]!.host);
        const wait = h.lastStart + options.hostIntervalMs - now();
        if (h.running >= perHost || wait > 0) {
          if (wait > 0 && h.running < perHost) soonest = Math.min(soonest, wait);
          w++;
          continue;
        }
        waiting.splice(w, 1);
        start(index, h);
      }
      if (waiting.length && running < concurrency && soonest < Infinity) timer = setTimeout(pump, soonest);
    };
    const start = (index: number, h: HostState): void => {
      running++;
      h.running++;
      h.lastStart = now();
      const finish = (result: T | { poolError: unknown }): void => {
        results[index] = result;
        running--;
        h.running--;
        if (++done === jobs.length) resolve(results);
        else pump();
      };
      let promise: Promise<T>;
      try {
        promise = jobs[index]!.run();
      } catch (error) {
        promise = Promise.reject(error);
      }
      promise.then(finish, (poolError: unknown) => finish({ poolError }));
    };
    pump();
  });
}
