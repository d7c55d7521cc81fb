/**
 * An element's load: before each update it compares its arguments with the
 * last run's and, when one changed, runs the load again (aborting a run still
 * pending); the element draws from `status`, `value` and `error`. The few
 * lines of `@lit/task` the base element used, without the rest, which the
 * script-tag entry would carry (its size budget).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LoadStatus = 'initial' | 'pending' | 'complete' | 'error';

export class LoadTask<A extends readonly unknown[], T> implements ReactiveController {
  status: LoadStatus = 'initial';
  /** The last finished run's value (`undefined` after an error). */
  value: T | undefined;
  /** The last finished run's error. */
  error: unknown;
  private args: A | undefined;
  private controller: AbortController | undefined;
  private done = Promise.resolve();
  private finish: () => void = () => undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly argsOf: () => A,
    private readonly task: (args: A, signal: AbortSignal) => Promise<T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.argsOf();
    const last = this.args;
    if (!last || args.length !== last.length || args.some((arg, i) => arg !== last[i])) void this.run(args);
  }

  /** Resolves once the run pending now (or the last one) has finished, however it ended. */
  get finished(): Promise<void> {
    return this.done;
  }

  /** Runs the load (again) with the current arguments. */
  async run(args: A = this.argsOf()): Promise<void> {
    this.args = args;
    if (this.status === 'pending') this.controller?.abort();
    else this.done = new Promise((resolve) => (this.finish = resolve));
    const controller = (this.controller = new AbortController());
    this.status = 'pending';
    this.host.requestUpdate();
    let value: T | undefined;
    let error: unknown;
    let failed = false;
    try {
      value = await this.task(args, controller.signal);
    } catch (cause) {
      failed = true;
      error = cause;
    }
    // A later run took over: its result counts, not this one's.
    if (this.controller !== controller) return;
    this.status = failed ? 'error' : 'complete';
    this.value = value;
    this.error = error;
    this.finish();
    this.host.requestUpdate();
  }
}
