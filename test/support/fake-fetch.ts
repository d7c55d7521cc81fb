// Fake `fetch` functions for the feed layer: each records its calls, answers
// as the test says, and fails on abort as `fetch` does.

export interface Call {
  readonly url: string;
  readonly init: RequestInit;
}

export type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

/** A fake `fetch` that records its calls and answers with `handler` (a throw becomes a rejection). */
export function fakeFetch(handler: Handler): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fn = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    try {
      return Promise.resolve(handler(url, init));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return { fetch: fn as typeof fetch, calls };
}

/** Never answers; rejects with the signal's reason when `init.signal` aborts, as fetch does. */
export function abortable(init: RequestInit): Promise<never> {
  return new Promise((_, reject) => {
    const signal = init.signal;
    if (!signal) return;
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** A fake `fetch` that answers only when the test says so (and fails on abort, as fetch does). */
export function gatedFetch(): { fetch: typeof fetch; calls: Call[]; answer: (response: Response) => void } {
  let answer: (response: Response) => void = () => undefined;
  const fake = fakeFetch(
    (_url, init) =>
      new Promise<Response>((resolve, reject) => {
        answer = resolve;
        abortable(init).catch(reject);
      }),
  );
  return { ...fake, answer: (response) => answer(response) };
}

/** A JSON answer (status 200 unless `init` says otherwise). */
export function json(value: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(value), {
    status: 200,
    headers: { 'content-type': 'application/json' },
    ...init,
  });
}
