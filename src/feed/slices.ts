/**
 * Long work on the main thread (reading, checking and indexing a large feed)
 * done in slices: a generator yields between slices, and a caller either runs
 * it through at once or pauses at each yield, so that the page renders and
 * answers input in between. No DOM, no Lit.
 */

/** Resolves in a later task (a macrotask), so that the page can render and answer input in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A pause for work done in slices: a later task once the current one has run
 * for `ms` (40) or more, else at once (a microtask), so that a small feed is
 * worked through without a single wait and a large one never holds the main
 * thread long.
 */
export function breather(): (ms?: number) => Promise<void> {
  let since = performance.now();
  return async (ms = 40) => {
    if (performance.now() - since < ms) return;
    await nextTask();
    since = performance.now();
  };
}

/** Runs work given in slices through at once. */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs work given in slices, calling `pause` between them. */
export async function runInSlices<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
