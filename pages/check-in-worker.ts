/**
 * Runs the check of a feed's text in a worker (`check-worker.ts`), so that
 * the page's main thread stays free however large the feed: no task of the
 * page waits for the check. The worker's address is a Trusted Types script
 * URL from the policy `quartier-check-worker` (the page's CSP names it, and
 * `worker-src 'self'`); it accepts only addresses of the page's own origin.
 * Where no worker can start (no policy, no Worker, the script not loaded),
 * the check runs on the page as before.
 */
import { checkFeed } from '../src/checker/check.js';
import { pageCheck, unpackCheck, type PackedCheck, type PageCheck } from './check-transfer.js';

type Reply = { readonly check: PackedCheck } | { readonly fault: string };

/** The part of the Trusted Types API used here (TypeScript's DOM types do not have it yet). */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}
const trustedTypes = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;

function createPolicy(): ScriptUrlPolicy | undefined {
  try {
    return trustedTypes?.createPolicy('quartier-check-worker', {
      createScriptURL: (url: string) => {
        if (new URL(url, location.href).origin !== location.origin) throw new TypeError(`not a worker of this page: ${url}`);
        return url;
      },
    });
  } catch {
    return undefined;
  }
}

const policy = createPolicy();

/**
 * The browser's Worker, given its address as a Trusted Types script URL. Vite
 * builds the worker from the line `new Worker(new URL('./check-worker.ts',
 * import.meta.url), …)` exactly as written below; this class is the `Worker`
 * that line names.
 */
class Worker extends globalThis.Worker {
  constructor(url: URL, options: WorkerOptions) {
    if (trustedTypes && !policy) throw new TypeError('no Trusted Types policy for the worker');
    super((policy ? policy.createScriptURL(url.href) : url.href) as unknown as string, options);
  }
}

/** The check of `text`, made in a worker; rejects with the signal's reason when aborted (the worker is ended). */
export function checkInWorker(text: string, source: string, signal: AbortSignal): Promise<PageCheck> {
  const onPage = (): PageCheck => pageCheck(checkFeed(text, source));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve().then(onPage);
  }
  return new Promise<PageCheck>((resolve, reject) => {
    const end = (): void => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      end();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      end();
      if ('check' in data) resolve(unpackCheck(data.check, text));
      else reject(new Error(`the check failed in its worker: ${data.fault}`));
    };
    // The worker's script did not load or run: the check runs on the page.
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      try {
        resolve(onPage());
      } catch (error) {
        reject(error);
      }
    };
    worker.postMessage({ text, source });
  });
}
